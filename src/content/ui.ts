// The words of the app's controls (ui.json), for every page. Small on purpose: it ships in the main package.
import uiJson from './ui.json'
import type { InterfaceWords } from './types'

export const ui = uiJson as InterfaceWords

/** A template's {name} places filled in: fill('下一部分：{heading}', { heading: '要点' }) is "下一部分：要点". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => (name in values ? String(values[name]) : place))
}

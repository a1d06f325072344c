// Templates' {name} places, filled in. Its own module, without content, so that the content check can use the
// sentences built with it (findingText.ts) without reading ui.json, which may be the very file being checked.

/** A template's {name} places filled in: fill('下一部分：{heading}', { heading: '要点' }) is "下一部分：要点". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => (name in values ? String(values[name]) : place))
}

// In-page helpers every probe uses. All probe code runs inside the page: ./index.ts injects it once per document
// (page.addScriptTag) as the source of these install functions, so they can use nothing from out here but types.
import type { SpacingReport, TapTarget, ContrastSample, OverflowReport, TextLayoutReport } from '../types'

export interface PageProbes {
  /** The element to measure: `scope` if given and present, else the shown Taro page. */
  root(scope: string | null): Element
  /** A short CSS-like path naming the element in failure messages: div.tiny-button, main.page > div:nth-of-type(3). */
  label(el: Element): string
  tapTargets(scope: string | null): TapTarget[]
  overflow(scope: string | null): OverflowReport
  textLayout(scope: string | null): TextLayoutReport
  spacing(scope: string | null): SpacingReport
  contrast(scope: string | null): ContrastSample[]
}

export type ProbeName = Exclude<keyof PageProbes, 'root' | 'label'>

export interface ProbeWindow {
  __probes: PageProbes
}

export function installShared(): void {
  const page = (): Element | null => document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page')
  const root = (scope: string | null): Element => (scope ? document.querySelector(scope) : null) ?? page() ?? document.body
  const label = (el: Element): string => {
    const stop = page() ?? document.body
    const parts: string[] = []
    let node: Element | null = el
    while (node && node !== stop && parts.length < 3) {
      const current: Element = node
      const classes = Array.from(current.classList).filter((name) => !/^taro_|^hydrated$/.test(name))
      const parent = current.parentElement
      const sameTag = parent ? Array.from(parent.children).filter((c) => c.tagName === current.tagName) : []
      const twins = sameTag.filter((c) => c.className === current.className)
      const nth = twins.length > 1 ? `:nth-of-type(${sameTag.indexOf(current) + 1})` : ''
      parts.unshift(`${current.tagName.toLowerCase()}${classes.map((name) => `.${name}`).join('')}${nth}`)
      if (classes.length) break
      node = parent
    }
    return parts.join(' > ')
  }
  ;(window as unknown as { __probes: Partial<PageProbes> }).__probes = { root, label }
}

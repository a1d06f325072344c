// In-page probe of line and paragraph spacing (MIIT's large-type rules; the limits are passed in from ../config).
import type { SpacingReport } from '../types'
import type { ProbeWindow } from './shared'

export function installSpacingProbe(minLine: number, minParagraph: number): void {
  const probes = (window as unknown as ProbeWindow).__probes
  const { root, label } = probes
  const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true })

  /** The tops of the lines of text inside `container` (one per line, in order), measured on the text itself. */
  const lineTops = (container: Node): number[] => {
    const tops: number[] = []
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.textContent ?? '').trim()) continue
      range.selectNodeContents(node)
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width <= 0.5 || rect.height <= 0.5) continue
        // Fragments of one line start within a pixel of each other (inline boxes of different sizes aside).
        if (!tops.some((top) => Math.abs(top - rect.top) < 2)) tops.push(rect.top)
      }
    }
    return tops.sort((a, b) => a - b)
  }
  /** Line spacing of an element's text: from line to line when it wraps, else its computed line height. */
  const lineSpacingOf = (el: Element, tops: number[]): number => {
    if (tops.length >= 2) return tops[1] - tops[0]
    const cs = getComputedStyle(el)
    return cs.lineHeight === 'normal' ? parseFloat(cs.fontSize) * 1.2 : parseFloat(cs.lineHeight)
  }
  const round = (value: number) => Math.round(value * 10) / 10
  // A text block: shown as a block (flex items are blockified) and holding text only in inline content.
  const isTextBlock = (el: Element): boolean => {
    if (!visible(el) || getComputedStyle(el).display.startsWith('inline')) return false
    if (!(el.textContent ?? '').trim()) return false
    return Array.from(el.querySelectorAll('*')).every((child) => getComputedStyle(child).display.startsWith('inline') || !(child.textContent ?? '').trim())
  }

  probes.spacing = (scope: string | null): SpacingReport => {
    const report: SpacingReport = { measuredText: 0, measuredParagraphs: 0, tightLines: [], tightParagraphs: [] }
    const blocks = Array.from(root(scope).querySelectorAll('*')).filter(isTextBlock)
    for (const el of blocks) {
      const tops = lineTops(el)
      if (!tops.length) continue
      const fontSize = parseFloat(getComputedStyle(el).fontSize)
      const lineSpacing = lineSpacingOf(el, tops)
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)
      report.measuredText++
      if (lineSpacing < minLine * fontSize - 0.5) {
        report.tightLines.push({ selector: label(el), text, fontSize, lineSpacing: round(lineSpacing) })
      }
      // Paragraph spacing matters where a paragraph wraps: the next one, in the same type, must start visibly apart.
      const next = el.nextElementSibling
      if (tops.length < 2 || !next || !blocks.includes(next)) continue
      if (Math.abs(parseFloat(getComputedStyle(next).fontSize) - fontSize) > 0.5) continue
      const nextTops = lineTops(next)
      if (!nextTops.length) continue
      report.measuredParagraphs++
      const paragraphSpacing = nextTops[0] - tops[tops.length - 1]
      if (paragraphSpacing < minParagraph * lineSpacing - 0.5) {
        report.tightParagraphs.push({ selector: label(el), text, lineSpacing: round(lineSpacing), paragraphSpacing: round(paragraphSpacing) })
      }
    }
    return report
  }
}

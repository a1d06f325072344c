// Failure messages: one line per offending element, with what was measured.
import type { AxeViolation, ContrastSample, OverflowReport, SpacingReport, TapTarget, TextLayoutReport } from './types'

export function formatTapTargets(targets: TapTarget[]): string {
  return targets.map((t) => `  ${t.selector} "${t.text}": ${t.width}x${t.height} px`).join('\n')
}

export function formatOverflow(o: OverflowReport): string {
  return [
    `  document scrollWidth ${o.scrollWidth} px, screen width ${o.width} px (innerWidth ${o.innerWidth}); ` +
    `.taro_page scrollWidth ${o.pageScrollWidth} px, clientWidth ${o.pageClientWidth} px`,
    ...o.offenders.map((x) => `  ${x.selector}${x.text ? ` "${x.text}"` : ''}: right edge at ${x.right} px (width ${x.width})`)
  ].join('\n')
}

export function formatTextLayout(t: TextLayoutReport): string {
  return [
    ...t.overlaps.map((o) => `  overlap: ${o.a} "${o.textA}" and ${o.b} "${o.textB}" (${o.width}x${o.height} px)`),
    ...t.squeezed.map((q) => `  squeezed: ${q.selector} "${q.text}" in ${q.lines} lines, widest ${q.widest} px (font ${q.fontSize})`),
    ...t.clipped.map((c) => `  cut off: ${c.selector} "${c.text}" by ${c.clippedBy} (${c.hiddenPx} px hidden)`)
  ].join('\n')
}

export function formatSpacing(s: SpacingReport): string {
  return [
    ...s.tightLines.map((l) => `  line spacing: ${l.selector} "${l.text}": ${l.lineSpacing} px for a ${l.fontSize} px font`),
    ...s.tightParagraphs.map((p) => `  paragraph spacing: after ${p.selector} "${p.text}": ${p.paragraphSpacing} px, line spacing ${p.lineSpacing} px`)
  ].join('\n')
}

export function formatContrast(samples: ContrastSample[]): string {
  return samples
    .map((s) => `  ${s.selector} "${s.text}": ${s.ratio}:1 (${s.color} on ${s.background}` +
      `${s.backgroundImage ? ', gradient/image' : ''}; ${s.fontSize} weight ${s.fontWeight})`)
    .join('\n')
}

export function formatAxe(violations: AxeViolation[]): string {
  return violations
    .map((v) => `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
      v.nodes.slice(0, 8).map((n) => `    ${n.target}\n      ${n.summary}\n      ${n.html}`).join('\n') +
      (v.nodes.length > 8 ? `\n    ... and ${v.nodes.length - 8} more` : ''))
    .join('\n')
}

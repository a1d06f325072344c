// The decision aid (decide.json), read only by pages/decide, so that it is bundled with that page and not in the
// main package. Its numbers are findings.json entries, never retyped.
import decideJson from './decide.json'
import { findFindings } from './findings'
import { uniqueSources } from './sources'
import type { Decide, Finding, GridCell, Source } from './types'

export const decisionAid = decideJson as Decide

export interface GridCellContent extends Omit<GridCell, 'findings'> {
  findings: Finding[]
}

export function gridCellContent(cell: GridCell): GridCellContent {
  return { ...cell, findings: findFindings(cell.findings) }
}

export function pictureFinding(findingId: string): Finding | undefined {
  return findFindings([findingId])[0]
}

/** Every source the aid cites, each once, for its "about" section. */
export function decisionAidSources(): Source[] {
  const { decision, grid, pictures, trials, process, doctors, certainty, recruiting } = decisionAid
  const cells = grid.rows.flatMap((row) => [row.hsct, row.standard].map(gridCellContent))
  return uniqueSources([
    ...decision.paragraphs.flatMap((paragraph) => paragraph.sources),
    ...cells.flatMap((cell) => [...cell.sources, ...cell.findings.flatMap((finding) => finding.sources)]),
    ...pictures.arrays.flatMap((array) => pictureFinding(array.findingId)?.sources ?? []),
    ...trials.trials.flatMap((trial) => trial.sources),
    ...trials.singleGroup.sources,
    ...process.sources,
    ...doctors.sources,
    ...certainty.paragraphs.flatMap((paragraph) => paragraph.sources),
    ...recruiting.paragraphs.flatMap((paragraph) => paragraph.sources),
    ...recruiting.rules.flatMap((rule) => rule.sources)
  ])
}

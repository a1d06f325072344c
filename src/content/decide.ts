// The decision aid (decide.json), read only by pages/decide, so that it is bundled with that page and not in the
// main package. Its numbers are findings.json entries, never retyped.
import type { DecideSection } from '@/routes'
import decideJson from './decide.json'
import metaJson from './meta.json'
import { findFindings } from './findings'
import { uniqueSources } from './sources'
import type { Decide, Meta, Source } from './types'

/** The aid's title lives in meta.json, which home also reads: one home for it that keeps the aid out of the main package. */
export const decisionAid = { ...(decideJson as Decide), title: (metaJson as Meta).decisionAidTitle }

/** Each part's heading, by its public name (?section=…). */
export const partHeadings: Record<DecideSection, string> = {
  decision: decisionAid.decision.heading,
  'key-points': decisionAid.keyPoints.heading,
  options: decisionAid.options.heading,
  grid: decisionAid.grid.heading,
  values: decisionAid.values.heading,
  'next-step': decisionAid.nextStep.heading,
  questions: decisionAid.questions.heading,
  trials: decisionAid.trials.heading,
  process: decisionAid.process.heading,
  doctors: decisionAid.doctors.heading,
  certainty: decisionAid.certainty.heading,
  china: decisionAid.china.heading,
  recruiting: decisionAid.recruiting.heading,
  about: decisionAid.about.heading
}

const paragraphSources = (paragraphs: { sources: Source[] }[]) => paragraphs.flatMap((paragraph) => paragraph.sources)
const findingSources = (ids: string[]) => findFindings(ids).flatMap((finding) => finding.sources)

/** Every source the aid cites, each once, for its "about" part. */
export function decisionAidSources(): Source[] {
  const { decision, keyPoints, options, grid, nextStep, questions, trials, process, doctors, certainty, china, recruiting } = decisionAid
  return uniqueSources([
    ...paragraphSources([...decision.paragraphs, ...decision.timing.paragraphs]),
    ...findingSources([...keyPoints.pictures.map((picture) => picture.findingId), ...keyPoints.today.findings]),
    ...paragraphSources(keyPoints.today.paragraphs),
    ...options.choices.flatMap((choice) => choice.aspects.flatMap((aspect) => [...paragraphSources(aspect.paragraphs), ...findingSources(aspect.findings)])),
    ...grid.rows.flatMap((row) => [...findingSources(row.findings), ...[row.hsct, row.standard].flatMap((cell) => [...cell.sources, ...findingSources(cell.findings)])]),
    ...paragraphSources([...nextStep.timing.paragraphs, ...nextStep.next.paragraphs]),
    ...nextStep.check.questions.flatMap((question) => findingSources(question.findings)),
    ...findingSources(questions.summary.keyFindings),
    ...trials.trials.flatMap((trial) => [...trial.sources, ...trial.rows.flatMap((row) => findingSources(row.findings))]),
    ...trials.singleGroup.sources,
    ...process.sources,
    ...doctors.sources,
    ...paragraphSources(certainty.paragraphs),
    ...paragraphSources([...china.paragraphs, ...china.rules.paragraphs]),
    ...china.checks.sources,
    ...paragraphSources(recruiting.paragraphs),
    ...recruiting.trials.flatMap((trial) => [...trial.status.sources, ...paragraphSources(trial.paragraphs)])
  ])
}

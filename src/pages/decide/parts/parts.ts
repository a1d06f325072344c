// The aid as one list of parts: each public part name (src/routes.ts) and the component that shows it. Its heading is
// its content's heading (decide.json, under the name in camelCase), its step number its place on the core path.
// Adding a part: its file here, one line below, its words in decide.json and schema.ts, its name in routes.ts.
import type { ComponentType } from 'react'
import type { Decide } from '@/content'
import { partHeading } from '@/content/decide'
import { fill, ui } from '@/content/ui'
import { DECIDE_CORE, isCoreSection, type DecideSection } from '@/routes'
import type { DecisionNotesState } from '../notes'
import { About } from './About'
import { Certainty } from './Certainty'
import { Decision } from './Decision'
import { China, Doctors, Process, Trials } from './Details'
import { Grid } from './Grid'
import { KeyPoints } from './KeyPoints'
import { NextStepPart } from './NextStep'
import { Options } from './Options'
import { Practical } from './Practical'
import { QuestionsPart } from './Questions'
import { Recruiting } from './Recruiting'
import { ValuesPart } from './Values'

/** What every part is given: the aid's content, the reader's notes, and a way to open another part. */
export interface PartProps {
  aid: Decide
  notes: DecisionNotesState
  go: (section: DecideSection) => void
}

export type Part = ComponentType<PartProps>

export const PARTS = {
  decision: Decision,
  'key-points': KeyPoints,
  options: Options,
  grid: Grid,
  values: ValuesPart,
  'next-step': NextStepPart,
  questions: QuestionsPart,
  trials: Trials,
  process: Process,
  practical: Practical,
  doctors: Doctors,
  certainty: Certainty,
  china: China,
  recruiting: Recruiting,
  about: About
} satisfies Record<DecideSection, Part>

/** A core part's step number (1 to 7), or undefined for a detail. */
export function stepNumber(section: DecideSection): number | undefined {
  return isCoreSection(section) ? (DECIDE_CORE as readonly string[]).indexOf(section) + 1 : undefined
}

/** "第3步：两种选择各是什么样" on the core path; a detail says it may be skipped. */
export function partTitle(section: DecideSection, aid: Decide): string {
  const step = stepNumber(section)
  const heading = partHeading(section)
  return step ? fill(ui.decide.step, { step, heading }) : fill(ui.decide.detail, { details: aid.detailsHeading, heading })
}

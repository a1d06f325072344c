// Plain-language phrases built from a trial's structured fields, shared by the list and the trial page. The wording
// is in trial-pages.json (facts); the filters' words in ui.json (trials).
import { trialPages } from './trialPages'
import type { Trial, TrialStatusNow } from './types'
import { fill, ui } from './ui'

export type StatusFilter = 'all' | 'ended' | 'unfinished'

const { facts: words } = trialPages

// "尚未结束", not "进行中": a trial that has not finished may still take no one (none of the four recruits).
export const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: ui.trials.all },
  { value: 'ended', label: ui.trials.ended },
  { value: 'unfinished', label: ui.trials.unfinished }
]

/** Filters on today's status (a patient must not go looking for a trial that closed years ago). */
export function matchesFilter(filter: StatusFilter, status: Pick<TrialStatusNow, 'endedNow'>): boolean {
  if (filter === 'all') return true
  return (filter === 'ended') === status.endedNow
}

/** The brochure's numbers, then (where the latest record gives one) how many took part in the end. */
export function enrollmentText({ enrollment }: Trial, status?: Pick<TrialStatusNow, 'enrolled' | 'recordName'>): string {
  const { enrolled, randomized, planned } = enrollment
  const parts: string[] = []
  // The brochure does not say that the randomised patients were part of those enrolled: never join them with 其中,
  // and never let the larger number stand alone as the trial's size.
  if (randomized) parts.push(fill(words.randomized, { count: randomized }) + (enrolled ? fill(words.alsoEnrolled, { count: enrolled }) : ''))
  else if (enrolled) parts.push(fill(words.enrolled, { count: enrolled }))
  if (planned) parts.push(fill(words.planned, { count: planned }))
  const brochure = parts.join('；')
  return status?.enrolled ? fill(words.withRecord, { brochure, record: status.recordName, count: status.enrolled }) : brochure
}

/** The timeline's size beside a bar, e.g. "75名随机分组", "156名", "160名（计划）". */
export function headcountText({ enrollment }: Trial): string | undefined {
  if (enrollment.randomized) return fill(words.headcountRandomized, { count: enrollment.randomized })
  if (enrollment.enrolled) return fill(words.headcount, { count: enrollment.enrolled })
  return enrollment.planned ? fill(words.headcountPlanned, { count: enrollment.planned }) : undefined
}

export function yearsText(trial: Trial): string {
  const corrected = trial.endYearInBrochure ? fill(words.endYearInBrochure, { year: trial.endYearInBrochure }) : ''
  return fill(words.years, { start: trial.startYear, end: trial.endYear }) + corrected + (trial.endYearPlanned ? words.endYearPlanned : '')
}

export function placeText(trial: Trial): string {
  return [trial.region, trial.sites].filter(Boolean).join(' · ') || words.noPlace
}

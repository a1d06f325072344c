// Plain-language phrases built from a trial's structured fields, shared by the list and the trial page.
import type { Trial, TrialStatus, TrialUpdate } from './types'

export type StatusFilter = 'all' | 'ended' | 'ongoing'

export const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'ended', label: '已结束' },
  { value: 'ongoing', label: '进行中' }
]

const ENDED: TrialStatus[] = ['completed', 'analysing']

/**
 * Filters on today's status where the app checked what became of the trial (a patient must not go looking for a
 * trial that closed years ago), else on the brochure's status of December 2016.
 */
export function matchesFilter(trial: Trial, filter: StatusFilter, update?: Pick<TrialUpdate, 'endedNow'>): boolean {
  if (filter === 'all') return true
  const ended = update ? update.endedNow : ENDED.includes(trial.status)
  return (filter === 'ended') === ended
}

export function enrollmentText({ enrollment }: Trial): string {
  const parts: string[] = []
  if (enrollment.enrolled) parts.push(`${enrollment.enrolled}名患者`)
  // The brochure does not say that the randomised patients were part of those enrolled: never join them with 其中.
  if (enrollment.randomized) parts.push(`${enrollment.randomized}例随机分组`)
  if (enrollment.planned) parts.push(`计划招募${enrollment.planned}名`)
  return parts.join('；')
}

/** The number the timeline shows beside a bar: people enrolled, or planned when none are reported yet. */
export function headcount({ enrollment }: Trial): number | undefined {
  return enrollment.enrolled ?? enrollment.planned
}

export function yearsText(trial: Trial): string {
  return `${trial.startYear}—${trial.endYear}年${trial.endYearPlanned ? '（计划）' : ''}`
}

export function placeText(trial: Trial): string {
  return [trial.region, trial.sites].filter(Boolean).join(' · ') || '手册未写明地区'
}

// Plain-language phrases built from a trial's structured fields, shared by the list and the trial page.
import type { Trial, TrialStatusNow } from './types'

export type StatusFilter = 'all' | 'ended' | 'unfinished'

// "尚未结束", not "进行中": a trial that has not finished may still take no one (none of the four recruits).
export const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'ended', label: '已结束' },
  { value: 'unfinished', label: '尚未结束' }
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
  if (randomized) parts.push(`${randomized}例随机分组${enrolled ? `（手册另写“共招募${enrolled}位”，未说明两者的关系）` : ''}`)
  else if (enrolled) parts.push(`${enrolled}名患者`)
  if (planned) parts.push(`计划招募${planned}名`)
  const brochure = parts.join('；')
  return status?.enrolled ? `手册：${brochure}；${status.recordName}：实际${status.enrolled}名` : brochure
}

/** The timeline's size beside a bar, e.g. "75名随机分组", "156名", "160名（计划）". */
export function headcountText({ enrollment }: Trial): string | undefined {
  if (enrollment.randomized) return `${enrollment.randomized}名随机分组`
  if (enrollment.enrolled) return `${enrollment.enrolled}名`
  return enrollment.planned ? `${enrollment.planned}名（计划）` : undefined
}

export function yearsText(trial: Trial): string {
  const corrected = trial.endYearInBrochure ? `（手册写作${trial.endYearInBrochure}年）` : ''
  return `${trial.startYear}—${trial.endYear}年${corrected}${trial.endYearPlanned ? '（计划）' : ''}`
}

export function placeText(trial: Trial): string {
  return [trial.region, trial.sites].filter(Boolean).join(' · ') || '手册未写明地区'
}

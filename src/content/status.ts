// A trial's status in words, dated by the record it was read from. Only a record under 12 months old may speak for
// today ("现在"); an older one says what it showed and when, so that a reader never takes a 2024 record for today.
// The wording is in trial-pages.json (status); when a record is fresh is in dates.ts, which the content check reads too.
import { isRecordFresh } from './dates'
import { trialPages } from './trialPages'
import type { RecordedStatus } from './types'
import { fill } from './ui'

const { status: words } = trialPages

/** "2025-01-07" → "2025年1月7日"; "2014-06" → "2014年6月". */
export function recordDateText(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return day ? fill(words.day, { year, month, day }) : fill(words.month, { year, month })
}

/** E.g. "ClinicalTrials.gov 注册记录（2025年1月7日）显示：已完成" or, from a recent record, "现在：正在招募（…）". */
export function statusText(status: RecordedStatus, today: Date = new Date()): string {
  const record = fill(words.record, { name: status.recordName, date: recordDateText(status.recordDate) })
  return fill(isRecordFresh(status.recordDate, today) ? words.fresh : words.old, { status: status.text, record })
}

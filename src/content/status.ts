// A trial's status in words, dated by the record it was read from. Only a record under 12 months old may speak for
// today ("现在"); an older one says what it showed and when, so that a reader never takes a 2024 record for today.
import type { RecordedStatus } from './types'

const STATUS_FRESH_MONTHS = 12

/** "2025-01-07" → "2025年1月7日"; "2014-06" → "2014年6月". */
export function recordDateText(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day ? `${day}日` : ''}`
}

/** The day `months` months before `today`, as YYYY-MM-DD (UTC, as content dates are). */
export function monthsBefore(today: Date, months: number): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate())).toISOString().slice(0, 10)
}

/** Whether the record is recent enough to stand for today's status (a month-only date counts from its last day). */
export function isRecordFresh(recordDate: string, today: Date): boolean {
  const lastDay = recordDate.length === 7 ? `${recordDate}-31` : recordDate
  return lastDay >= monthsBefore(today, STATUS_FRESH_MONTHS)
}

/** E.g. "ClinicalTrials.gov 注册记录（2025年1月7日）显示：已完成" or, from a recent record, "现在：正在招募（…）". */
export function statusText(status: RecordedStatus, today: Date = new Date()): string {
  const record = `${status.recordName}（${recordDateText(status.recordDate)}）`
  return isRecordFresh(status.recordDate, today) ? `现在：${status.text}（据${record}）` : `${record}显示：${status.text}`
}

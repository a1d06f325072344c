/** The most recent of some YYYY-MM-DD dates (they sort as text). */
export function latestDate(dates: string[]): string {
  return [...dates].sort().reverse()[0]
}

const STATUS_FRESH_MONTHS = 12

/** The day `months` months before `today`, as YYYY-MM-DD (UTC, as content dates are). */
export function monthsBefore(today: Date, months: number): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate())).toISOString().slice(0, 10)
}

/** Whether a status record is recent enough to stand for today's status (a month-only date counts from its last day). */
export function isRecordFresh(recordDate: string, today: Date): boolean {
  const lastDay = recordDate.length === 7 ? `${recordDate}-31` : recordDate
  return lastDay >= monthsBefore(today, STATUS_FRESH_MONTHS)
}

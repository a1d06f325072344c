/** The most recent of some YYYY-MM-DD dates (they sort as text). */
export function latestDate(dates: string[]): string {
  return [...dates].sort().reverse()[0]
}

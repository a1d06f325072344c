// Dates due for a new check: additions, findings, corrections and the decision aid last checked too long ago.
import type { ContentFileName } from '../../src/content/schema'
import type { Parsed } from './rules'
import { jsonPath, type JsonPath } from './source'

export interface StaleEntry {
  file: string
  /** The JSON path of the date, e.g. trials[1].checkedAt. */
  path: string
  checkedAt: string
}

type Dated = Pick<Parsed, 'since-brochure.json' | 'corrections.json' | 'findings.json' | 'decide.json'>

interface CheckDate {
  file: ContentFileName
  path: JsonPath
  checkedAt: string
}

/** Every check date of the content, with where it stands. */
function checkDates(parsed: Dated): CheckDate[] {
  const dated: CheckDate[] = []
  const since = parsed['since-brochure.json']
  since?.trials.forEach((trial, index) => dated.push({ file: 'since-brochure.json', path: ['trials', index, 'checkedAt'], checkedAt: trial.checkedAt }))
  if (since) {
    dated.push({ file: 'since-brochure.json', path: ['guidelines', 'checkedAt'], checkedAt: since.guidelines.checkedAt })
    dated.push({ file: 'since-brochure.json', path: ['harms', 'checkedAt'], checkedAt: since.harms.checkedAt })
  }
  const findings = parsed['findings.json']
  if (findings) dated.push({ file: 'findings.json', path: ['checkedAt'], checkedAt: findings.checkedAt })
  const aid = parsed['decide.json']
  if (aid) dated.push({ file: 'decide.json', path: ['checkedAt'], checkedAt: aid.checkedAt })
  parsed['corrections.json']?.corrections.forEach((correction, index) => {
    dated.push({ file: 'corrections.json', path: ['corrections', index, 'checkedAt'], checkedAt: correction.checkedAt })
  })
  return dated
}

/** The check dates more than `months` months before `today`, each with the path of its field. */
export function dueDates(parsed: Dated, today: Date, months = 12): CheckDate[] {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()))
  const limitText = limit.toISOString().slice(0, 10)
  return checkDates(parsed).filter((entry) => entry.checkedAt < limitText)
}

/** The same, with the paths written out (pure, for content:check and its tests). */
export function staleEntries(parsed: Dated, today: Date, months = 12): StaleEntry[] {
  return dueDates(parsed, today, months).map((entry) => ({ ...entry, path: jsonPath(entry.path) }))
}

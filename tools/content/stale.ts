// Dates due for a new check: additions, findings, corrections and the decision aid last checked too long ago.
import type { ContentFileName } from '../../src/content/schema'
import { isRecordFresh, monthsBefore } from '../../src/content/dates'
import type { Parsed } from './rules'
import { jsonPath, type JsonPath } from './source'

export interface StaleEntry {
  file: string
  /** The JSON path of the date, e.g. trials[1].checkedAt. */
  path: string
  checkedAt: string
}

/** Of findings.json only its check date is due, whatever else the file holds. */
type Dated = Pick<Parsed, 'since-brochure.json' | 'corrections.json' | 'decide.json'> & { 'findings.json'?: Pick<NonNullable<Parsed['findings.json']>, 'checkedAt'> }

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
  const limit = monthsBefore(today, months)
  return checkDates(parsed).filter((entry) => entry.checkedAt < limit)
}

/** The same, with the paths written out (pure, for content:check and its tests). */
export function staleEntries(parsed: Dated, today: Date, months = 12): StaleEntry[] {
  return dueDates(parsed, today, months).map((entry) => ({ ...entry, path: jsonPath(entry.path) }))
}

interface RecordDate {
  file: ContentFileName
  path: JsonPath
  recordDate: string
}

/**
 * Statuses that can still change (a trial not yet over) whose record is more than 12 months older than `today`:
 * the pages no longer call them today's (现在), and the status is due to be read again from a newer record. An ended
 * trial's status stays true, so its old record is no warning (the pages still date it).
 */
export function dueRecords(parsed: Pick<Parsed, 'since-brochure.json' | 'decide.json'>, today: Date): RecordDate[] {
  const dated: RecordDate[] = []
  parsed['since-brochure.json']?.trials.forEach((trial, index) => {
    if (!trial.status.endedNow) dated.push({ file: 'since-brochure.json', path: ['trials', index, 'status', 'recordDate'], recordDate: trial.status.recordDate })
  })
  parsed['decide.json']?.recruiting.trials.forEach((trial, index) => {
    dated.push({ file: 'decide.json', path: ['recruiting', 'trials', index, 'status', 'recordDate'], recordDate: trial.status.recordDate })
  })
  return dated.filter((entry) => !isRecordFresh(entry.recordDate, today))
}

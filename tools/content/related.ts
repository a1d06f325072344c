// Texts to reread when a trial's status changes: the other texts that speak of the same trial, checked before the
// record the status is read from. A text checked before that record existed cannot know what it says, so it may
// still tell the old story (a headline saying no results were published, the aid's paragraph on the trial). Dates
// decide, not a stored copy of the old status: nothing to keep in step, and the list stays until each text's check
// date is moved past the record's, which the volunteer does after rereading it.
import type { ContentFileName } from '../../src/content/schema'
import { collectStrings, type Parsed } from './rules'
import type { JsonPath } from './source'

export interface RelatedText {
  file: ContentFileName
  /** The text's path. */
  path: JsonPath
  /** The check date that covers it, and where that date is written (to move it on once the text is reread). */
  checkedAt: string
  checkedAtPath: JsonPath
}

export interface StatusToReread {
  trial: string
  /** Where the status's record date is: the warning stands there. */
  path: JsonPath
  recordDate: string
  texts: RelatedText[]
}

/** Keys that are not prose that speaks of a trial: citations and ids. */
const NOT_PROSE = new Set(['sources', 'id', 'trialId', 'findingId', 'findings', 'status'])

/** The trial's acronym as a word: STAT, but not the STAT in STATUS. */
const mentions = (acronym: string) => new RegExp(`(?<![A-Za-z])${acronym}(?![A-Za-z])`)

interface Covered {
  file: ContentFileName
  value: unknown
  path: JsonPath
  checkedAt: string
  checkedAtPath: JsonPath
}

/** Each block of the app's own texts with the check date that covers it. */
function coveredBlocks(parsed: Parsed): Covered[] {
  const blocks: Covered[] = []
  const since = parsed['since-brochure.json']
  since?.trials.forEach((trial, index) => {
    blocks.push({ file: 'since-brochure.json', value: { headline: trial.headline, entries: trial.entries }, path: ['trials', index], checkedAt: trial.checkedAt, checkedAtPath: ['trials', index, 'checkedAt'] })
  })
  for (const block of ['guidelines', 'harms'] as const) {
    if (since) blocks.push({ file: 'since-brochure.json', value: since[block], path: [block], checkedAt: since[block].checkedAt, checkedAtPath: [block, 'checkedAt'] })
  }
  parsed['corrections.json']?.corrections.forEach((correction, index) => {
    blocks.push({ file: 'corrections.json', value: { text: correction.text }, path: ['corrections', index], checkedAt: correction.checkedAt, checkedAtPath: ['corrections', index, 'checkedAt'] })
  })
  const findings = parsed['findings.json']
  if (findings) blocks.push({ file: 'findings.json', value: findings.findings, path: ['findings'], checkedAt: findings.checkedAt, checkedAtPath: ['checkedAt'] })
  const aid = parsed['decide.json']
  if (aid) blocks.push({ file: 'decide.json', value: aid, path: [], checkedAt: aid.checkedAt, checkedAtPath: ['checkedAt'] })
  return blocks
}

/** For each trial status read from a record newer than some text on that trial was checked: those texts. */
export function statusesToReread(parsed: Parsed): StatusToReread[] {
  const since = parsed['since-brochure.json']
  const trials = parsed['trials.json']?.trials
  if (!since || !trials) return []
  const blocks = coveredBlocks(parsed)
  return since.trials.flatMap((update, index) => {
    const trial = trials.find((entry) => entry.id === update.trialId)
    if (!trial) return []
    const { recordDate } = update.status
    const named = mentions(trial.acronym)
    const texts: RelatedText[] = []
    for (const block of blocks.filter((entry) => entry.checkedAt < recordDate)) {
      const own = block.file === 'since-brochure.json' && block.path[0] === 'trials' && block.path[1] === index
      collectStrings(block.value, [], (path, text) => {
        // The value of a trial's own block is rebuilt as { headline, entries }: its paths are those of the file.
        if (own || named.test(text) || text.includes(trial.nameZh)) texts.push({ file: block.file, path: [...block.path, ...path], checkedAt: block.checkedAt, checkedAtPath: block.checkedAtPath })
      }, NOT_PROSE)
    }
    return texts.length > 0 ? [{ trial: trial.acronym, path: ['trials', index, 'status', 'recordDate'], recordDate, texts }] : []
  })
}

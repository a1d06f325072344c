// What the content says, read through src/content's modules, for the tests that check it reaches the reader: the
// organization edits all of it (the README's "测试读取哪些内容"), so tests read it here instead of writing it down.
import { explainer, trials } from '@/content'
import { statusesCheckedAt, trialToday, type TrialToday } from '@/content/additions'
import { correctionsFor, correctionsLabel } from '@/content/corrections'
import { recordDateText } from '@/content/status'
import { trialPages } from '@/content/trialPages'
import { fill, ui } from '@/content/ui'
import type { Correction } from '@/content'

export const compact = (text: string) => text.replace(/\s+/g, '')

/** What since-brochure.json says of a trial today: its status, the date it was checked, its results. */
export function today(id: string): TrialToday {
  const found = trialToday(id)
  if (!found) throw new Error(`src/content/since-brochure.json has no entry for the trial ${id}`)
  return found
}

/**
 * What every page that shows a trial's status must show of since-brochure.json's record: the status in its words,
 * and the record it was read from, with its date (written as recordDateText writes it).
 */
export function statusWords(id: string): string[] {
  const { text, recordName, recordDate } = today(id).status
  return [text, recordName, recordDateText(recordDate)]
}

/** The brochure's sentences as the content holds them (hsct.json paragraphs, trials.json brochureText). */
const contentSentences = [...explainer.sections.flatMap((section) => section.paragraphs), ...trials.flatMap((trial) => trial.brochureText)]

/** The corrections and notes of corrections.json on the brochure sentence that holds `sentence` (as tests/support/brochure.ts cuts it). */
export function correctionsOn(sentence: string): Correction[] {
  return contentSentences.filter((text) => compact(text).includes(sentence)).flatMap(correctionsFor)
}

/** The one correction or note of corrections.json on a brochure sentence (with `citing`, the one that cites that source). */
export function correctionOf(sentence: string | undefined, citing?: string): Correction {
  const cites = (correction: Correction) => !citing || correction.sources.some((source) => source.citation.includes(citing))
  const found = sentence ? correctionsOn(sentence).filter(cites) : []
  if (found.length !== 1) throw new Error(`Expected one correction or note of "${sentence}"${citing ? ` citing ${citing}` : ''} in src/content/corrections.json, found ${found.length}`)
  return found[0]
}

/** The label the page puts above a correction or note: its kind (ui.json), corrections.json's label and its check date. */
export const correctionLabel = (correction: Correction): string =>
  fill(ui.corrections.label, { kind: ui.corrections[correction.kind], label: correctionsLabel, date: correction.checkedAt })

/** What the trial list must say first: which of the brochure's trials recruit today (none, when last checked), dated. */
export function trialsRecruitingText(): string {
  const recruiting = trials.filter((trial) => today(trial.id).status.recruitingNow).map((trial) => trial.acronym)
  const date = statusesCheckedAt()
  return recruiting.length === 0 ? fill(trialPages.list.noneRecruiting, { date }) : fill(trialPages.list.recruiting, { acronyms: recruiting.join('、'), date })
}

/** The label of a trial page's first block: since-brochure.json's heading and check date, marked as the app's. */
export function trialNowLabel(id: string): string {
  const { heading, checkedAt } = today(id)
  return fill(trialPages.trial.nowLabel, { heading, date: checkedAt })
}

/** What the trial list's filters say they filter on: today's status, with the date the app checked it. */
export function filterGroupLabel(): string {
  return fill(ui.trials.filterBy, { basis: fill(trialPages.list.filterBasis, { date: statusesCheckedAt() }) })
}

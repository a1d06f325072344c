// What the app added since the brochure (since-brochure.json): read only by subpackage pages, so it is bundled with
// them, not in the main package (see index.ts). Today's status, the trials' results with their harms and the harms
// block are safety content, shown in every build; the rest answers undefined when the organization hides additions.
import { settings } from '@/settings'
import { correctionsCheckedAt } from './corrections'
import { latestDate } from './dates'
import { findFindings, findingsCheckedAt } from './findings'
import { trials } from './index'
import sinceBrochureJson from './since-brochure.json'
import type { Finding, SinceBrochure, SourcedBlock, SourcedText, Trial, TrialStatusNow } from './types'

const sinceBrochure = sinceBrochureJson as SinceBrochure

/** The app's label and heading on everything it added since the brochure. */
const additionsLabel = { heading: sinceBrochure.heading, label: sinceBrochure.label }

export interface TrialToday {
  heading: string
  label: string
  checkedAt: string
  status: TrialStatusNow
  /** Its results, benefits and harms side by side in the same form. */
  findings: Finding[]
}

/**
 * Today's status of a trial and its results, benefits beside harms. Safety content: shown in every build, also when
 * the organization hides the other additions (a reader must never take a closed trial for one that recruits, nor
 * read of a benefit without its harms).
 */
export function trialToday(id: string): TrialToday | undefined {
  const update = sinceBrochure.trials.find((entry) => entry.trialId === id)
  return update && { ...additionsLabel, checkedAt: update.checkedAt, status: update.status, findings: findFindings(update.findings) }
}

export interface TrialMore {
  heading: string
  label: string
  checkedAt: string
  headline: SourcedText
  entries: SourcedText[]
}

/** The rest of what the app added about a trial since the brochure, or undefined when the organization hides additions. */
export function updateForTrial(id: string): TrialMore | undefined {
  if (!settings.showUpdatesSinceBrochure) return undefined
  const update = sinceBrochure.trials.find((entry) => entry.trialId === id)
  return update && {
    ...additionsLabel,
    checkedAt: update.checkedAt,
    headline: update.headline,
    entries: update.entries
  }
}

export function guidelinesUpdate(): (SourcedBlock & { label: string }) | undefined {
  if (!settings.showUpdatesSinceBrochure) return undefined
  return { ...sinceBrochure.guidelines, label: sinceBrochure.label }
}

/** What transplantation costs (deaths, relapse, fertility …): safety content, in every build. */
export function harms(): SourcedBlock & { label: string; findings: Finding[] } {
  return { ...sinceBrochure.harms, label: sinceBrochure.label, findings: findFindings(sinceBrochure.harms.findings) }
}

/** When the trials' statuses were last checked, for labels such as the list's filter. */
export function statusesCheckedAt(): string {
  return latestDate(sinceBrochure.trials.map((trial) => trial.checkedAt))
}

/** The brochure's trials that recruit today (none did when last checked). */
export function trialsRecruitingNow(): Trial[] {
  return trials.filter((trial) => trialToday(trial.id)?.status.recruitingNow)
}

/** The latest check date of everything the app added or corrected, for the footer of pages that show such content. */
export function additionsCheckedAt(): string {
  return latestDate([statusesCheckedAt(), sinceBrochure.harms.checkedAt, sinceBrochure.guidelines.checkedAt, correctionsCheckedAt(), findingsCheckedAt])
}

// Typed access to the bundled content: the only module that reads the JSON files.
// The files are validated at build time (see validate.ts), so the casts below are checked, not hoped.
import { settings } from '@/settings'
import aboutJson from './about.json'
import correctionsJson from './corrections.json'
import explainerJson from './hsct.json'
import glossaryJson from './glossary.json'
import metaJson from './meta.json'
import organizationJson from './organization.json'
import sinceBrochureJson from './since-brochure.json'
import trialsJson from './trials.json'
import type {
  About, Correction, CorrectionsContent, Explainer, Finding, Glossary, GlossaryTerm, Meta, Organization, SinceBrochure, SourcedBlock, SourcedText,
  Trial, TrialsContent, TrialStatusNow
} from './types'
import { findFindings, findingsCheckedAt } from './findings'

export type * from './types'

export const meta = metaJson as Meta
export const explainer = explainerJson as Explainer
export const glossary = glossaryJson as Glossary
export const organization = organizationJson as Organization
export const trialsContent = trialsJson as TrialsContent
export const trials: Trial[] = [...trialsContent.trials].sort((a, b) => a.startYear - b.startYear)

export const about = aboutJson as About

const sinceBrochure = sinceBrochureJson as SinceBrochure
const correctionsContent = correctionsJson as CorrectionsContent

/** The app's label on every correction and note, e.g. 勘误 · 本小程序. */
export const correctionsLabel = correctionsContent.label

/**
 * The app's corrections of one brochure sentence. Corrections are shown in every build, also when the organization
 * hides the other additions: the brochure must never be shown with a known error uncorrected.
 */
export function correctionsFor(sentence: string): Correction[] {
  return correctionsContent.corrections.filter((correction) => correction.target === sentence)
}

/** The most recent of some YYYY-MM-DD dates (they sort as text). */
export function latestDate(dates: string[]): string {
  return [...dates].sort().reverse()[0]
}

/** When the corrections were checked, for the about page. */
export function correctionsCheckedAt(): string {
  return latestDate(correctionsContent.corrections.map((correction) => correction.checkedAt))
}

export function findTrial(id: string | undefined): Trial | undefined {
  return trials.find((trial) => trial.id === id)
}

export function neighbouringTrials(id: string): { previous?: Trial; next?: Trial } {
  const index = trials.findIndex((trial) => trial.id === id)
  return { previous: trials[index - 1], next: trials[index + 1] }
}

export function findTerm(id: string | undefined): GlossaryTerm | undefined {
  return glossary.terms.find((term) => term.id === id)
}

export function findSection(id: string | undefined) {
  return explainer.sections.find((section) => section.id === id)
}

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
  laterFindings: Finding[]
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
    laterFindings: findFindings(update.laterFindings),
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

/** Whether any trial of the brochure recruits today (none did when last checked). */
export function trialsRecruitingNow(): Trial[] {
  return trials.filter((trial) => trialToday(trial.id)?.status.recruitingNow)
}

/** The latest check date of everything the app added or corrected, for the footer of pages that show such content. */
export function additionsCheckedAt(): string {
  return latestDate([statusesCheckedAt(), sinceBrochure.harms.checkedAt, sinceBrochure.guidelines.checkedAt, correctionsCheckedAt(), findingsCheckedAt])
}

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
  About, Correction, CorrectionsContent, Explainer, Glossary, GlossaryTerm, Meta, Organization, SinceBrochure, SourcedBlock, Trial,
  TrialsContent, TrialUpdate
} from './types'

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
function latest(dates: string[]): string {
  return [...dates].sort().reverse()[0]
}

/** When the corrections were checked, for the about page. */
export function correctionsCheckedAt(): string {
  return latest(correctionsContent.corrections.map((correction) => correction.checkedAt))
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

/** What the app added about a trial since the brochure, or undefined when the organization hides additions. */
export function updateForTrial(id: string): (TrialUpdate & { heading: string; label: string }) | undefined {
  if (!settings.showUpdatesSinceBrochure) return undefined
  const update = sinceBrochure.trials.find((entry) => entry.trialId === id)
  return update && { ...update, heading: sinceBrochure.heading, label: sinceBrochure.label }
}

export function guidelinesUpdate(): (SourcedBlock & { label: string }) | undefined {
  if (!settings.showUpdatesSinceBrochure) return undefined
  return { ...sinceBrochure.guidelines, label: sinceBrochure.label }
}

/** What transplantation costs (deaths, relapse, fertility …), or undefined when the organization hides additions. */
export function harmsUpdate(): (SourcedBlock & { label: string }) | undefined {
  if (!settings.showUpdatesSinceBrochure) return undefined
  return { ...sinceBrochure.harms, label: sinceBrochure.label }
}

/** The check date of the trial updates, for labels such as the list's filter (the latest of them). */
export function updatesCheckedAt(): string | undefined {
  if (!settings.showUpdatesSinceBrochure) return undefined
  return latest(sinceBrochure.trials.map((trial) => trial.checkedAt))
}

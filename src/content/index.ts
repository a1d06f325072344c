// Typed access to the bundled content: the only module that reads the JSON files.
// The files are validated at build time (see validate.ts), so the casts below are checked, not hoped.
import { settings } from '@/settings'
import explainerJson from './hsct.json'
import glossaryJson from './glossary.json'
import metaJson from './meta.json'
import organizationJson from './organization.json'
import sinceBrochureJson from './since-brochure.json'
import trialsJson from './trials.json'
import type {
  Explainer, Glossary, GuidelinesUpdate, Meta, Organization, SinceBrochure, Trial, TrialsContent, TrialUpdate
} from './types'

export type * from './types'

export const meta = metaJson as Meta
export const explainer = explainerJson as Explainer
export const glossary = glossaryJson as Glossary
export const organization = organizationJson as Organization
export const trialsContent = trialsJson as TrialsContent
export const trials: Trial[] = [...trialsContent.trials].sort((a, b) => a.startYear - b.startYear)

const sinceBrochure = sinceBrochureJson as SinceBrochure

export function findTrial(id: string | undefined): Trial | undefined {
  return trials.find((trial) => trial.id === id)
}

export function neighbouringTrials(id: string): { previous?: Trial; next?: Trial } {
  const index = trials.findIndex((trial) => trial.id === id)
  return { previous: trials[index - 1], next: trials[index + 1] }
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

export function guidelinesUpdate(): (GuidelinesUpdate & { label: string }) | undefined {
  if (!settings.showUpdatesSinceBrochure) return undefined
  return { ...sinceBrochure.guidelines, label: sinceBrochure.label }
}

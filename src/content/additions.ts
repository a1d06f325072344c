// What the app added since the brochure (since-brochure.json): read only by subpackage pages, so it is bundled
// with them, not in the main package (see index.ts). Every accessor answers undefined when the organization hides
// the additions.
import { settings } from '@/settings'
import { latestDate } from './dates'
import sinceBrochureJson from './since-brochure.json'
import type { SinceBrochure, SourcedBlock, TrialUpdate } from './types'

const sinceBrochure = sinceBrochureJson as SinceBrochure

/** What the app added about a trial since the brochure. */
export function updateForTrial(id: string): (TrialUpdate & { heading: string; label: string }) | undefined {
  if (!settings.showUpdatesSinceBrochure) return undefined
  const update = sinceBrochure.trials.find((entry) => entry.trialId === id)
  return update && { ...update, heading: sinceBrochure.heading, label: sinceBrochure.label }
}

export function guidelinesUpdate(): (SourcedBlock & { label: string }) | undefined {
  if (!settings.showUpdatesSinceBrochure) return undefined
  return { ...sinceBrochure.guidelines, label: sinceBrochure.label }
}

/** What transplantation costs (deaths, relapse, fertility …). */
export function harmsUpdate(): (SourcedBlock & { label: string }) | undefined {
  if (!settings.showUpdatesSinceBrochure) return undefined
  return { ...sinceBrochure.harms, label: sinceBrochure.label }
}

/** The check date of the trial updates, for labels such as the list's filter (the latest of them). */
export function updatesCheckedAt(): string | undefined {
  if (!settings.showUpdatesSinceBrochure) return undefined
  return latestDate(sinceBrochure.trials.map((trial) => trial.checkedAt))
}

// Typed access to the brochure's content for the subpackage pages (the main package reads frame.ts instead, so that
// these files stay out of it). Content that only one subpackage page reads has its own module beside this one
// (additions.ts, corrections.ts, about.ts, glossary.ts, decide.ts), so that it is bundled with that page.
// The files are validated at build time (see validate.ts), so the casts below are checked, not hoped.
import explainerJson from './hsct.json'
import organizationJson from './organization.json'
import trialsJson from './trials.json'
import type { Explainer, Organization, Trial, TrialsContent } from './types'

export type * from './types'
export { homeGlossary, meta } from './frame'

export const explainer = explainerJson as Explainer
export const organization = organizationJson as Organization
export const trialsContent = trialsJson as TrialsContent
export const trials: Trial[] = [...trialsContent.trials].sort((a, b) => a.startYear - b.startYear)

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

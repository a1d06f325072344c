// Typed access to the content that the home page and every page's frame (PageShell, the term sheet) read: it ships
// in the main package. Content that only subpackage pages read has its own module beside this one (additions.ts,
// corrections.ts, about.ts, glossary.ts), so that it is bundled with those pages instead; never re-export it from here.
// The home page's notes beside the brochure's title come from titleNotes.ts (computed at build time).
// The files are validated at build time (see validate.ts), so the casts below are checked, not hoped.
import explainerJson from './hsct.json'
import metaJson from './meta.json'
import organizationJson from './organization.json'
import trialsJson from './trials.json'
import type { Explainer, Meta, Organization, Trial, TrialsContent } from './types'

export type * from './types'
export { homeGlossary } from './homeGlossary'

export const meta = metaJson as Meta
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

// What the home page shows or checks of the brochure's trials and sections, and of the organization: the build ships
// this module's value, not its code (config/loaders/build-time-value.js), so that trials.json, hsct.json and
// organization.json stay out of the main package.
import explainerJson from './hsct.json'
import organizationJson from './organization.json'
import trialsJson from './trials.json'
import type { Explainer, Organization, TrialsContent } from './types'

const trials = [...(trialsJson as TrialsContent).trials].sort((a, b) => a.startYear - b.startYear)
const explainer = explainerJson as Explainer

export const homeFacts = {
  /** For a QR code's scene: the trials and sections a code may name. */
  trialIds: trials.map((trial) => trial.id),
  sectionIds: explainer.sections.map((section) => section.id),
  /** The trials' names in the order of their start, for the entry to the trial list. */
  trialAcronyms: trials.map((trial) => trial.acronym),
  lead: explainer.lead,
  organizationShortName: (organizationJson as Organization).shortName
}

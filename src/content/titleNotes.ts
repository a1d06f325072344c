// The app's notes on the brochure's title (corrections.json entries whose target is meta.json's brochure.title), for
// the home page, which is in the main package. Plain JSON values, so that the build ships them instead of this
// module's code (config/index.ts lists it in BUILD_TIME_MODULES): corrections.json stays out of the main package.
import correctionsJson from './corrections.json'
import metaJson from './meta.json'
import type { Correction, CorrectionsContent, Meta } from './types'

const corrections = correctionsJson as CorrectionsContent

export const titleNotes: Correction[] = corrections.corrections.filter((correction) => correction.target === (metaJson as Meta).brochure.title)
export const titleNotesLabel: string = corrections.label

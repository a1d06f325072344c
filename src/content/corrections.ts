// The app's corrections of the brochure (corrections.json). The home page shows the notes on the brochure's title
// beside it (components/ExperimentalNote), so this file ships in the main package: the brochure's title is never
// shown without them.
import correctionsJson from './corrections.json'
import { latestDate } from './dates'
import type { Correction, CorrectionsContent } from './types'

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

/** When the corrections were checked, for the about page. */
export function correctionsCheckedAt(): string {
  return latestDate(correctionsContent.corrections.map((correction) => correction.checkedAt))
}

// The app's corrections of the brochure (corrections.json), for the subpackage pages. The home page reads only the
// notes on the brochure's title, through titleNotes.ts.
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

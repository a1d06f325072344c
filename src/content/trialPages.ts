// The app's own words on the trial pages (trial-pages.json): only subpackage pages read them, so they are bundled
// with those pages and not in the main package (see index.ts).
import trialPagesJson from './trial-pages.json'
import type { TrialPages } from './types'

export const trialPages = trialPagesJson as TrialPages

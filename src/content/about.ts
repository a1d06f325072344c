// The about page's text (about.json): only that subpackage page reads it, so it is bundled there (see index.ts).
import aboutJson from './about.json'
import type { About } from './types'

export const about = aboutJson as About

// The glossary's terms that the home page's own text uses (the brochure's note that the treatment is experimental, and
// the app's dated notes beside the brochure's title), so that the main package, which every reader waits for, carries these few rather than the whole glossary.
// The build ships this module's value, not its code (config/loaders/build-time-value.js): glossary.json itself stays
// out of the main package, and volunteers keep editing the one glossary.json.
import glossaryJson from './glossary.json'
import metaJson from './meta.json'
import { markTerms } from './terms'
import { titleNotes } from './titleNotes'
import type { Glossary, Meta } from './types'

const glossary = glossaryJson as Glossary
const { termIds } = markTerms([(metaJson as Meta).experimentalNote, ...titleNotes.map((note) => note.text)], glossary.terms)

export const homeGlossary: Glossary = { ...glossary, terms: glossary.terms.filter((term) => termIds.includes(term.id)) }

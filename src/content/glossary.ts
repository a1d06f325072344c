// The whole glossary (glossary.json), for the subpackage pages: each registers it with the term sheet
// (knowTerms in src/components/TermText). Never import it from src/content/index.ts or the main package: the home page
// carries only its own terms (homeGlossary.ts).
import glossaryJson from './glossary.json'
import type { Glossary } from './types'

export const glossary = glossaryJson as Glossary

// The decision aid (decide.json), read only by pages/decide, so that it is bundled with that page and not in the
// main package. Its numbers are findings.json entries, never retyped.
import type { DecideSection } from '@/routes'
import decideJson from './decide.json'
import metaJson from './meta.json'
import { partContentKey } from './decideParts'
import { findFindings } from './findings'
import { contentReferences } from './references'
import { uniqueSources } from './sources'
import type { Decide, Meta, Source } from './types'

/** The aid's title lives in meta.json, which home also reads: one home for it that keeps the aid out of the main package. */
export const decisionAid = { ...(decideJson as Decide), title: (metaJson as Meta).decisionAidTitle }

/** A part's heading, by its public name (?section=…); a part whose content has no heading does not compile. */
export function partHeading(section: DecideSection): string {
  return decisionAid[partContentKey(section)].heading
}

/** Every source the aid cites, each once: its own, and those of every finding it names, wherever in the aid. */
export function decisionAidSources(): Source[] {
  const { sources, findings } = contentReferences(decisionAid)
  return uniqueSources([
    ...sources.map((entry) => entry.source),
    ...findFindings(findings.map((entry) => entry.id)).flatMap((finding) => finding.sources)
  ])
}

// Where content names its sources and its findings, found by walking it: every `sources` list and every finding id
// (`findings`, `keyFindings`, `findingId`) wherever it stands. The decision aid's list of sources and the content
// check's finding links both use this walk, so a part added to decide.json cannot be left out of either silently.
import type { Source } from './types'

export type ContentPath = (string | number)[]

/** Keys whose value is a list of findings.json ids. */
export const FINDING_LIST_KEYS: ReadonlySet<string> = new Set(['findings', 'keyFindings'])
/** Keys whose value is one findings.json id. */
export const FINDING_ID_KEYS: ReadonlySet<string> = new Set(['findingId'])
export const SOURCES_KEY = 'sources'

export interface ContentReferences {
  sources: { path: ContentPath; source: Source }[]
  findings: { path: ContentPath; id: string }[]
}

/** Every source and finding id in `value`, in the order they stand, each with its path. */
export function contentReferences(value: unknown, path: ContentPath = [], found: ContentReferences = { sources: [], findings: [] }): ContentReferences {
  if (Array.isArray(value)) value.forEach((item, index) => contentReferences(item, [...path, index], found))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = [...path, key]
      if (key === SOURCES_KEY && Array.isArray(item)) item.forEach((source: Source, index) => found.sources.push({ path: [...at, index], source }))
      else if (FINDING_LIST_KEYS.has(key) && Array.isArray(item)) {
        item.forEach((id, index) => typeof id === 'string' && found.findings.push({ path: [...at, index], id }))
      } else if (FINDING_ID_KEYS.has(key) && typeof item === 'string') found.findings.push({ path: at, id: item })
      else contentReferences(item, at, found)
    }
  }
  return found
}

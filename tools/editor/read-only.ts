// The brochure's own text, which the editor shows but never changes (README, “对照事实”): the 2016 brochure is the
// organization's published text; an addition or a correction is written beside it (corrections.json, since-brochure.json).
// A place is a path whose "*" stands for every item of a list. Any other field, also a new one, is editable.
// A correction's `target` is not typed but chosen from the brochure's sentences (see brochureChoices in server.ts).
import type { ContentFileName } from '../../src/content/schema'
import { sameJson, type Json } from './json-text'

type Place = string[]

/** The trials' brochure record: every field the brochure gave (yearsLabel and results.label are the app's words). */
const TRIAL_RECORD = [
  'id', 'acronym', 'nameZh', 'nameEn', 'region', 'sites', 'design', 'comparator', 'population', 'diseaseDurationMaxYears',
  'treatmentMonths', 'enrollment', 'followUpMonths', 'startYear', 'endYear', 'endYearInBrochure', 'endYearPlanned',
  'dataCollectionYear', 'status', 'statusLabel', 'treatmentRelatedMortalityPercent', 'treatmentRelatedDeaths', 'brochureText'
]

export const READ_ONLY: Partial<Record<ContentFileName, Place[]>> = {
  'hsct.json': [['title'], ['sections', '*', 'paragraphs']],
  'trials.json': [...TRIAL_RECORD.map((field) => ['trials', '*', field]), ['trials', '*', 'results', 'year'], ['trials', '*', 'results', 'month']],
  'meta.json': [['brochure'], ['contentDate'], ['translationNote']]
}

/** Lists of the brochure's parts: no part may be added, removed or moved. */
const FIXED_LISTS: Partial<Record<ContentFileName, Place[]>> = {
  'hsct.json': [['sections']],
  'trials.json': [['trials']]
}

type UiSchema = { [key: string]: UiSchema | boolean | Record<string, boolean> }

/** The node of `uiSchema` for `place`, made where missing ("*" is a list's `items`). */
function nodeAt(uiSchema: UiSchema, place: Place): UiSchema {
  return place.reduce((node, key) => {
    const name = key === '*' ? 'items' : key
    return (node[name] ??= {}) as UiSchema
  }, uiSchema)
}

/** The form's uiSchema for `file`: the brochure's text read-only, its lists fixed. */
export function uiSchemaFor(file: ContentFileName): UiSchema {
  const uiSchema: UiSchema = {}
  for (const place of READ_ONLY[file] ?? []) nodeAt(uiSchema, place)['ui:readonly'] = true
  for (const place of FIXED_LISTS[file] ?? []) nodeAt(uiSchema, place)['ui:options'] = { addable: false, removable: false, orderable: false }
  return uiSchema
}

/** The values at `place` in `data`, each with its JSON path (e.g. sections[2].paragraphs). */
function valuesAt(data: unknown, place: Place, path = ''): Array<{ path: string; value: unknown }> {
  if (place.length === 0) return [{ path, value: data }]
  const [key, ...rest] = place
  if (key === '*') return Array.isArray(data) ? data.flatMap((item, index) => valuesAt(item, rest, `${path}[${index}]`)) : []
  const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined
  return valuesAt(value, rest, path ? `${path}.${key}` : key)
}

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : undefined)

/**
 * The JSON paths of the brochure's text that differ between `before` and `after`: a read-only value, or the length
 * of a fixed list (its items stay in place, so read-only values are compared index by index).
 */
export function readOnlyChanges(file: ContentFileName, before: unknown, after: unknown): string[] {
  const lists = (FIXED_LISTS[file] ?? []).flatMap((place) => {
    const [old, now] = [valuesAt(before, place)[0], valuesAt(after, place)[0]]
    return lengthOf(old.value) === lengthOf(now.value) ? [] : [now.path]
  })
  const values = (READ_ONLY[file] ?? []).flatMap((place) => {
    const old = valuesAt(before, place)
    return valuesAt(after, place).filter((entry, index) => !sameJson(entry.value as Json, old[index]?.value as Json)).map((entry) => entry.path)
  })
  return [...lists, ...values]
}

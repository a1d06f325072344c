// A content file rewritten with new data in the formatting it has: only the values that changed are replaced
// (jsonc-parser's modify), so a file whose lists keep one item per line (organization.json's contacts) keeps them
// so, and the diff a maintainer reviews shows only the edit. New parts are written with 2-space indent, Chinese
// unescaped, and the file ends with a newline, as every content file does.
import { applyEdits, modify, type JSONPath } from 'jsonc-parser'

const FORMATTING = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const isObject = (value: Json): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value)

interface Change {
  path: JSONPath
  /** undefined: removed */
  value: Json | undefined
  /** A new item of a list, inserted at the last index of `path`. */
  insert?: boolean
}

/** The same JSON, whatever the order of each object's keys (a form writes them in the schema's order). */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]))
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]))
  }
  return a === b
}

/**
 * The places where `after` differs from `before`, as small as they can be, in an order that can be applied. Keys
 * keep the file's order; a new key goes after the others.
 */
function changes(before: Json, after: Json, path: JSONPath = []): Change[] {
  if (sameJson(before, after)) return []
  if (Array.isArray(before) && Array.isArray(after)) {
    const common = Math.min(before.length, after.length)
    const changed = after.slice(0, common).flatMap((item, index) => changes(before[index], item, [...path, index]))
    const added = after.slice(common).map((item, index) => ({ path: [...path, common + index], value: item, insert: true }))
    // From the end, so that each index still names the item it meant.
    const removed = before.slice(common).map((_item, index) => ({ path: [...path, before.length - 1 - index], value: undefined }))
    return [...changed, ...added, ...removed]
  }
  if (isObject(before) && isObject(after)) {
    const removed = Object.keys(before).filter((key) => !(key in after)).map((key) => ({ path: [...path, key], value: undefined }))
    const kept = Object.keys(before).filter((key) => key in after).flatMap((key) => changes(before[key], after[key], [...path, key]))
    const added = Object.keys(after).filter((key) => !(key in before)).map((key) => ({ path: [...path, key], value: after[key] }))
    return [...removed, ...kept, ...added]
  }
  return [{ path, value: after }]
}

/**
 * `file` (a content file's text) with its data replaced by `data`, keeping the formatting of everything unchanged.
 * Line ends stay what they were (git on Windows may check files out with CRLF); a byte-order mark is dropped.
 */
export function rewriteJson(file: string, data: unknown): string {
  const after = data as Json
  const crlf = file.includes('\r\n')
  const text = file.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')
  const rewritten = changes(JSON.parse(text) as Json, after).reduce(
    (current, { path, value, insert }) => path.length === 0
      ? `${JSON.stringify(value, null, 2)}\n`
      : applyEdits(current, modify(current, path, value, { ...FORMATTING, isArrayInsertion: insert })),
    text
  )
  // The edits are checked, not trusted: anything else is written the way JSON.stringify writes it.
  const result = rewritten.endsWith('\n') ? rewritten : `${rewritten}\n`
  const checked = sameJson(JSON.parse(result) as Json, after) ? result : `${JSON.stringify(after, null, 2)}\n`
  return crlf ? checked.replace(/\n/g, '\r\n') : checked
}

// A content file's text and where things are in it: line and column of an offset, the node at a JSON path, and
// the line itself with a caret under the place to change, as the content check shows them.
import { findNodeAtLocation, type Node } from 'jsonc-parser'

export type JsonPath = (string | number)[]

/** The path as developers write it: trials[2].enrollment.planned. */
export function jsonPath(path: JsonPath): string {
  return path.reduce<string>((written, key) => (typeof key === 'number' ? `${written}[${key}]` : written ? `${written}.${key}` : key), '')
}

export interface Position {
  /** 1-based. */
  line: number
  /** 1-based, in characters (as editors count them). */
  column: number
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: offset - lineStart + 1 }
}

/**
 * Where a problem at `path` is shown: the value there or, `at: 'key'`, the field's name (an unknown field). A field
 * that is missing is shown at the opening brace of the nearest object that exists.
 */
export function offsetOfPath(tree: Node | undefined, path: JsonPath, at: 'value' | 'key' = 'value'): { offset: number; length: number } {
  if (!tree) return { offset: 0, length: 0 }
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = findNodeAtLocation(tree, path.slice(0, depth))
    if (!node) continue
    const property = node.parent?.type === 'property' ? node.parent : undefined
    const target = at === 'key' && depth === path.length && property ? property.children![0] : node
    return target.type === 'object' || target.type === 'array' ? { offset: target.offset, length: 1 } : { offset: target.offset, length: target.length }
  }
  return { offset: 0, length: 0 }
}

/** How many terminal columns a character takes: Chinese characters and full-width punctuation take two. */
function width(char: string): number {
  const code = char.codePointAt(0) ?? 0
  const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1faff) || (code >= 0x20000 && code <= 0x3fffd)
  return wide ? 2 : 1
}

const widthOf = (text: string) => [...text].reduce((sum, char) => sum + width(char), 0)

/** Terminal columns of a line shown whole; a longer one (content lines hold whole paragraphs) is cut around the caret. */
const SHOWN_WHOLE = 100
/** Columns kept after the caret when the line is cut. */
const SHOWN_AROUND = 40
/** The carets under a long value stop here: they show where it starts. */
const MARKED_MAX = 20

/**
 * The line that holds `offset`, numbered, with carets under `length` characters from it:
 *     12 |     "planned": "160"
 *        |                ^^^^^
 * A long line is cut around the caret (… marks the cuts); wide characters count twice, so the caret stays under
 * its character in a terminal.
 */
export function excerpt(text: string, offset: number, length = 1): string {
  const { line, column } = positionAt(text, offset)
  const chars = [...text.split('\n')[line - 1].replace(/\r$/, '')]
  // Columns count UTF-16 units; the index counts characters (they differ for the rare ones outside the BMP).
  const index = [...text.slice(offset - column + 1, offset)].length
  let start = 0
  let end = chars.length
  if (widthOf(chars.join('')) > SHOWN_WHOLE) {
    // Up to SHOWN_AROUND columns after the caret, the rest of SHOWN_WHOLE before it, then whatever is left after it.
    const after = Math.min(SHOWN_AROUND, widthOf(chars.slice(index).join('')))
    start = index
    for (let shown = 0; start > 0 && shown + width(chars[start - 1]) <= SHOWN_WHOLE - after;) shown += width(chars[--start])
    const before = widthOf(chars.slice(start, index).join(''))
    end = index
    for (let shown = 0; end < chars.length && shown + width(chars[end]) <= SHOWN_WHOLE - before;) shown += width(chars[end++])
  }
  const head = start > 0 ? '…' : ''
  const shownLine = head + chars.slice(start, end).join('') + (end < chars.length ? '…' : '')
  const caretAt = widthOf(head + chars.slice(start, index).join(''))
  const marked = [...text.slice(offset, offset + Math.max(length, 1))].length
  const caretWidth = Math.min(MARKED_MAX, Math.max(1, widthOf(chars.slice(index, Math.min(end, index + marked)).join(''))))
  const gutter = String(line)
  return `${gutter} | ${shownLine}\n${' '.repeat(gutter.length)} | ${' '.repeat(caretAt)}${'^'.repeat(caretWidth)}`
}

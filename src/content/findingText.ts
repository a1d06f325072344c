// The studies' results as a patient can read them: every figure with its group, its time frame and how it was
// counted, both groups in the same form, as natural frequencies ("100人中约10人"), and whether a difference is clear,
// said the same way for every comparison. Pure, so that the validator can check an icon array's marks against the
// very number the page states.
import type { ComparisonFinding, Finding, GroupResult } from './types'

/** How a randomised trial counted: plain words, and the warning that goes with counting only those who finished. */
const ANALYSIS_TEXT: Record<NonNullable<ComparisonFinding['analysis']>, string> = {
  itt: '所有参加的人都算',
  'per-protocol': '只算完成治疗的人，可能让移植显得更好'
}

const GROUP_NAME = { transplant: '移植组', control: '环磷酰胺组' } as const

/** Below this group size "100人中约…" would suggest a precision the study does not have. */
const MIN_GROUP_FOR_PER_HUNDRED = 30

const DIFFERENCE_TEXT: Record<Exclude<NonNullable<ComparisonFinding['difference']>['verdict'], 'mixed'>, string> = {
  clear: '两组的差别明确，不太可能只是碰巧。',
  unclear: '两组的差别可能只是碰巧。',
  unchecked: '两组的差别是否明确，本小程序没有核实。'
}

/** Said beside a harm the control group cannot have (a death from a transplant it did not have). */
const CONTROL_CANNOT_HAVE_IT = '环磷酰胺组没有做移植，这一项一定是0。要公平比较，请看同一时期任何原因的死亡。'

export type Group = keyof typeof GROUP_NAME

export function groupName(group: Group): string {
  return GROUP_NAME[group]
}

/** How many of 100 people a group's result stands for (what an icon array marks); undefined without a group size. */
export function perHundred(result: GroupResult): number | undefined {
  if (result.percent !== undefined) return Math.round(result.percent)
  return result.count !== undefined && result.of !== undefined ? Math.round((result.count / result.of) * 100) : undefined
}

/** A group's result as a natural frequency, "100人中约10人" ("100人中0人" where none). */
function perHundredText(result: GroupResult): string {
  const share = perHundred(result) ?? 0
  return `100人中${share === 0 ? '' : '约'}${share}人`
}

/** One group's result without its name, e.g. "79人中8人（100人中约10人）", "100人中约79人", "100对中约67对", "3人". */
export function resultText(result: GroupResult, unit: Finding['unit']): string {
  const note = result.note ? `（${result.note}）` : ''
  const what = result.what ?? ''
  if (unit === 'comparisons') return `100对中约${perHundred(result) ?? 0}对`
  if (result.percent !== undefined) return `${perHundredText(result)}${what}${note}`
  const { count = 0, of } = result
  if (of === undefined) return `${count}人${what}${note}`
  const frequency = of >= MIN_GROUP_FOR_PER_HUNDRED && count > 0 ? `（${perHundredText(result)}）` : ''
  return `${of}人中${count}人${what}${frequency}${note}`
}

function timeAndAnalysis(finding: Finding): string {
  const analysis = finding.design === 'randomised' && finding.analysis ? `，${ANALYSIS_TEXT[finding.analysis]}` : ''
  return `${finding.timeframe}${analysis}`
}

/** What a finding counts, in which study, over what time and how: the start of its sentence. */
export function findingLabel(finding: Finding): string {
  return `${finding.study} · ${finding.outcome}（${timeAndAnalysis(finding)}）`
}

/** Whether the two groups' difference is clear, or why there is none to test; nothing for a single group. */
export function differenceText(finding: Finding): string | undefined {
  if (finding.design !== 'randomised') return undefined
  if (finding.controlCannotHaveIt) return CONTROL_CANNOT_HAVE_IT
  const difference = finding.difference
  if (!difference) return undefined
  return difference.text ?? (difference.verdict === 'mixed' ? undefined : DIFFERENCE_TEXT[difference.verdict])
}

/** What is said after a finding's figures: its note, then how clear the difference is. */
export function findingNotes(finding: Finding): string[] {
  return [finding.note, differenceText(finding)].filter((line): line is string => Boolean(line))
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
  const own = (finding: Finding) => findingNotes(finding).filter((note) => !share || note !== CONTROL_CANNOT_HAVE_IT)
  return {
    sentences: findings.map((finding) => `${findingLabel(finding)}：${figuresText(finding)}。${own(finding).join('')}`),
    shared: share ? [`${[...new Set(carrying.map((finding) => finding.study))].join('、')}：${CONTROL_CANNOT_HAVE_IT}`] : []
  }
}

/** The figures alone: "移植组79人中8人（100人中约10人）；环磷酰胺组77人中0人", or one group's "做了移植的患者100人中约6人". */
export function figuresText(finding: Finding): string {
  if (finding.design === 'single-group') return `${finding.group.name}${resultText(finding.group, finding.unit)}`
  return `${groupPhrase(finding, 'transplant')}；${groupPhrase(finding, 'control')}`
}

function groupPhrase(finding: ComparisonFinding, group: Group): string {
  return `${GROUP_NAME[group]}${resultText(finding[group], finding.unit)}`
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
 * A time frame in two: what it is ("整个随访期间") and what it adds after the first comma ("一半的人随访了5.8年以上"),
 * which the option grid says once before its rows instead of in every cell.
 */
export function timeframeParts(timeframe: string): { head: string; rest?: string } {
  const [head, ...rest] = timeframe.split('，')
  return rest.length > 0 ? { head, rest: rest.join('，') } : { head }
}

/**
 * One group's side of a trial's finding, for a column of the option grid, which says once before its rows what every
 * cell would repeat: that all who took part are counted, and the rest of a time frame. A cell names the analysis only
 * where it counted just those who completed treatment, with its warning.
 */
export function findingCellText(finding: ComparisonFinding, group: Group): string {
  const analysis = finding.analysis === 'per-protocol' ? `，${ANALYSIS_TEXT['per-protocol']}` : ''
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
  return `${GROUP_NAME[group]}：${bothFrames(perHundred(result) ?? 0, frames)}${actual}`
}

/** The statistics behind a difference (P values, hazard ratios), for the parts a reader opens on request. */
export function technicalDetail(finding: Finding): string | undefined {
  return finding.design === 'randomised' ? finding.difference?.p : undefined
}

// The trials' results as a patient can read them: every figure with its group, its time frame and its analysis,
// both groups in the same form, as natural frequencies ("100人中约10人"). Pure, so that the validator can check an
// icon array's marks against the very number the page states.
import type { Finding, GroupResult } from './types'

const ANALYSIS_TEXT: Record<NonNullable<Finding['analysis']>, string> = {
  itt: '按最初分组统计',
  'per-protocol': '只统计完成治疗的患者'
}

const GROUP_NAME = { transplant: '移植组', control: '环磷酰胺组' } as const

/** Below this group size "100人中约…" would suggest a precision the trial does not have. */
const MIN_GROUP_FOR_PER_HUNDRED = 30

/** How many of 100 people a group's result stands for (what an icon array marks). */
export function perHundred(result: GroupResult): number {
  if (result.percent !== undefined) return Math.round(result.percent)
  return Math.round(((result.count ?? 0) / (result.of ?? 1)) * 100)
}

export type Group = keyof typeof GROUP_NAME

export function groupName(group: Group): string {
  return GROUP_NAME[group]
}

/** A group's result as a natural frequency, "100人中约10人" ("100人中0人" where none). */
export function perHundredText(result: GroupResult): string {
  const share = perHundred(result)
  return `100人中${share === 0 ? '' : '约'}${share}人`
}

/** One group's result without its name, e.g. "79人中8人（100人中约10人）", "100人中约79人", "更好：100次比较中约67次". */
export function resultText(result: GroupResult, unit: Finding['unit']): string {
  const note = result.note ? `（${result.note}）` : ''
  if (unit === 'comparisons') return `更好：100次比较中约${perHundred(result)}次`
  if (result.percent !== undefined) return `${perHundredText(result)}${result.what ?? ''}${note}`
  const { count = 0, of = 0 } = result
  const frequency = of >= MIN_GROUP_FOR_PER_HUNDRED && count > 0 ? `（${perHundredText(result)}）` : ''
  return `${of}人中${count}人${result.what ?? ''}${frequency}${note}`
}

function groupPhrase(group: Group, finding: Finding): string {
  return `${GROUP_NAME[group]}${resultText(finding[group], finding.unit)}`
}

function timeAndAnalysis(finding: Finding): string {
  return `${finding.timeframe}${finding.analysis ? `，${ANALYSIS_TEXT[finding.analysis]}` : ''}`
}

/** One group's side of a finding, for a column of the option grid: "ASTIS（第一年）：移植组79人中8人（100人中约10人）". */
export function findingCellText(finding: Finding, group: Group): string {
  return `${finding.study}（${timeAndAnalysis(finding)}）：${groupPhrase(group, finding)}。${finding.certainty ?? ''}`
}

/** What a finding counts, in which study, over what time and by which analysis: the start of its sentence. */
export function findingLabel(finding: Finding): string {
  return `${finding.study} · ${finding.outcome}（${timeAndAnalysis(finding)}）`
}

/** The whole sentence, e.g. "SCOT · 死亡或器官衰竭（到第54个月，按最初分组统计）：移植组36人中10人（100人中约28人）；…". */
export function findingSentence(finding: Finding): string {
  const groups = `${groupPhrase('transplant', finding)}；${groupPhrase('control', finding)}。`
  return `${findingLabel(finding)}：${groups}${finding.certainty ?? ''}`
}

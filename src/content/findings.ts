// The trials' results as a patient can read them: every figure with its group, its time frame and its analysis,
// both groups in the same form, as natural frequencies ("100人中约10人"). The sentences are built here from the
// numbers in findings.json, so that no page retypes a figure by hand.
import findingsJson from './findings.json'
import type { Finding, FindingsContent, GroupResult } from './types'

const findingsContent = findingsJson as FindingsContent

export const findingsCheckedAt = findingsContent.checkedAt

const ANALYSIS_TEXT: Record<NonNullable<Finding['analysis']>, string> = {
  itt: '按最初分组统计',
  'per-protocol': '只统计完成治疗的患者'
}

const GROUP_NAME = { transplant: '移植组', control: '环磷酰胺组' } as const

/** Below this group size "100人中约…" would suggest a precision the trial does not have. */
const MIN_GROUP_FOR_PER_HUNDRED = 30

export function findFindings(ids: string[]): Finding[] {
  return ids.map((id) => findingsContent.findings.find((finding) => finding.id === id)).filter((finding): finding is Finding => Boolean(finding))
}

/** How many of 100 people a group's result stands for (what an icon array marks). */
export function perHundred(result: GroupResult): number {
  if (result.percent !== undefined) return Math.round(result.percent)
  return Math.round(((result.count ?? 0) / (result.of ?? 1)) * 100)
}

function groupPhrase(group: keyof typeof GROUP_NAME, result: GroupResult, unit: Finding['unit']): string {
  const name = GROUP_NAME[group]
  const note = result.note ? `（${result.note}）` : ''
  if (unit === 'comparisons') return `${name}更好：100次比较中约${perHundred(result)}次`
  if (result.percent !== undefined) return `${name}100人中${result.percent === 0 ? '' : '约'}${perHundred(result)}人${result.what ?? ''}${note}`
  const { count = 0, of = 0 } = result
  const frequency = of >= MIN_GROUP_FOR_PER_HUNDRED && count > 0 ? `（100人中约${perHundred(result)}人）` : ''
  return `${name}${of}人中${count}人${result.what ?? ''}${frequency}${note}`
}

/** What a finding counts, in which study, over what time and by which analysis: the start of its sentence. */
export function findingLabel(finding: Finding): string {
  const analysis = finding.analysis ? `，${ANALYSIS_TEXT[finding.analysis]}` : ''
  return `${finding.study} · ${finding.outcome}（${finding.timeframe}${analysis}）`
}

/** The whole sentence, e.g. "SCOT · 死亡或器官衰竭（到第54个月，按最初分组统计）：移植组36人中10人（100人中约28人）；…". */
export function findingSentence(finding: Finding): string {
  const groups = `${groupPhrase('transplant', finding.transplant, finding.unit)}；${groupPhrase('control', finding.control, finding.unit)}。`
  return `${findingLabel(finding)}：${groups}${finding.certainty ?? ''}`
}

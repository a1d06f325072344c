// The trials' results (findings.json), read only by the pages that show them. The sentences are built by
// findingText.ts from the numbers, so that no page retypes a figure by hand.
import findingsJson from './findings.json'
import type { Finding, FindingsContent } from './types'

const findingsContent = findingsJson as FindingsContent

export const findingsCheckedAt = findingsContent.checkedAt

/** The heading over each kind of finding (好处, 风险, 病程). */
export const findingHeadings = findingsContent.headings

export function findFindings(ids: string[]): Finding[] {
  return ids.map((id) => findingsContent.findings.find((finding) => finding.id === id)).filter((finding): finding is Finding => Boolean(finding))
}

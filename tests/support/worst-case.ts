// The clinic summary's worst case (issue 28), shared by the simulator's and Chromium's picture tests: every value
// rated, every question ticked, 100 characters of her own words and every result typed to its limit.
import { decisionAid } from '@/content/decide'

const { questions, values } = decisionAid
const { checklist } = questions.summary

/** Android's canvas export and offscreen canvases fail above 4,096 px a side (issue 28); 6 MP is the cap. */
export const MAX_SIDE = 4096
export const MAX_PIXELS = 6_000_000

/** A result as long as allowed, each ending in its own mark so that each can be found in the pictures. */
export const worstResult = (index: number) => `${'FVC 62% DLCO 48%，'.repeat(10)}`.slice(0, checklist.limit - 3) + `#${String(index).padStart(2, '0')}`

export const WORST_CASE_NOTES = {
  respondent: 'patient',
  values: Object.fromEntries(values.statements.map((item) => [item.id, values.choices[0].id])),
  other: '照'.repeat(values.other.limit),
  sure: {},
  questions: questions.items.map((item) => item.id),
  results: Object.fromEntries(checklist.items.map((item, index) => [item.id, worstResult(index)]))
}

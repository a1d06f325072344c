// The summary for the clinic from the reader's notes: who answered, what they chose, the questions split by doctor, a
// few key numbers with their trials and the results to bring; its text in reading order. Wording is read from the
// aid's content; the figures are the sources' own (JAMA 2014).
import { decisionAid } from '@/content/decide'
import type { DecisionNotes } from '@/pages/decide/notes'
import { BLANK, clinicSummary, summaryText } from '@/pages/decide/summary/document'

const { questions, values, respondents } = decisionAid
// The day the reader makes the summary: any date; one long before the content's own, so that none is taken for a copy of them.
const EMPTY_NOTES: DecisionNotes = { values: {}, answers: {}, other: '', sure: {}, questions: [] }
const lines = (summary: ReturnType<typeof clinicSummary>) => summary.sections.flatMap((section) => section.lines)

test('holds the ticked questions under the doctor each is for, numbered in the page\'s order, and nothing unticked', () => {
  const rheumatologist = questions.items.filter((item) => item.for === 'rheumatologist')
  const centre = questions.items.filter((item) => item.for === 'centre')
  const summary = clinicSummary(decisionAid, { ...EMPTY_NOTES, questions: [centre[0].id, rheumatologist[1].id, rheumatologist[0].id] }, '1998-12-01')
  const [rheumatologistGroup, centreGroup] = questions.groups
  expect(summary.sections.find((section) => section.heading === rheumatologistGroup.heading)?.lines).toEqual([`1. ${rheumatologist[0].text}`, `2. ${rheumatologist[1].text}`])
  expect(summary.sections.find((section) => section.heading === centreGroup.heading)?.lines).toEqual([`1. ${centre[0].text}`])
  expect(summaryText(summary)).not.toContain(centre[1].text)
})

test('says who answered, and speaks of the patient whoever did', () => {
  const family = respondents.choices.find((choice) => choice.id === 'family') as (typeof respondents.choices)[number]
  const statement = values.statements[0]
  const summary = clinicSummary(decisionAid, { ...EMPTY_NOTES, respondent: 'family', values: { [statement.id]: values.choices[0].id } }, '1998-12-01')
  expect(summary.subtitle).toContain(family.summary)
  expect(summary.subtitle).toContain('1998-12-01')
  expect(lines(summary)).toContain(`· ${statement.text.replace('{person}', '患者')}：${values.choices[0].label}`)
  expect(summaryText(summary)).not.toContain('{person}')
})

test('with nothing chosen, it still gives the key numbers with their trials and the checklist with blanks, and no empty part', () => {
  const summary = clinicSummary(decisionAid, EMPTY_NOTES, '1998-12-01')
  const text = summaryText(summary)
  expect(text).toMatch(/ASTIS[^\n]*79人中11人[^\n]*77人中7人/)
  for (const item of questions.summary.checklist.items) expect(text).toContain(`${item}：${BLANK}`)
  expect(summary.sections.every((section) => section.lines.length > 0)).toBe(true)
  expect(summary.sections.map((section) => section.heading)).toEqual([questions.summary.labels.keyFindings, questions.summary.checklist.heading])
})

test('the reader\'s own words go in as they wrote them, and its text reads title, date, each heading with its lines, then the footer', () => {
  const summary = clinicSummary(decisionAid, { ...EMPTY_NOTES, other: ' <b>照顾孩子</b> ' }, '1998-12-01')
  expect(lines(summary)).toContain(`· ${questions.summary.labels.other}：<b>照顾孩子</b>`)
  const plain = { title: 'T', subtitle: 'S', sections: [{ heading: 'H1', lines: ['a', 'b'] }, { heading: 'H2', lines: ['c'] }], footer: 'F' }
  expect(summaryText(plain)).toBe('T\nS\n\nH1\na\nb\n\nH2\nc\n\nF')
})

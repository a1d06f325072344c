// The summary for the clinic from the reader's notes: the referral ask first, who answered, what they chose, the
// questions split by doctor, her own results (未填写 where blank), EBMT 2025's criteria with the DOI, and a few key
// numbers with their trials and sources; its text in reading order. Wording is read from the aid's content; the
// figures and identifiers are the sources' own (JAMA 2014, EBMT 2025).
import { decisionAid } from '@/content/decide'
import type { DecisionNotes } from '@/pages/decide/notes'
import { clinicSummary, summaryText } from '@/pages/decide/summary/document'

const { questions, values, respondents } = decisionAid
// The day the reader makes the summary: any date; one long before the content's own, so that none is taken for a copy of them.
const EMPTY_NOTES: DecisionNotes = { values: {}, answers: {}, other: '', sure: {}, questions: [], results: {} }
const { labels, checklist } = questions.summary
const referral = questions.items.find((item) => item.id === questions.summary.referral)!
const lines = (summary: ReturnType<typeof clinicSummary>) => summary.sections.flatMap((section) => section.lines)

test('holds the ticked questions under the doctor each is for, numbered in the page\'s order, and nothing unticked', () => {
  const rheumatologist = questions.items.filter((item) => item.for === 'rheumatologist' && item !== referral)
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

test('with nothing chosen, the referral ask still stands first, then the results (all 未填写), the criteria and the key numbers, and no empty part', () => {
  const summary = clinicSummary(decisionAid, EMPTY_NOTES, '1998-12-01')
  const text = summaryText(summary)
  expect(summary.sections[0]).toEqual({ heading: labels.referral, lines: [referral.text] })
  expect(text).toMatch(/ASTIS[^\n]*79人中11人[^\n]*77人中7人/)
  for (const item of checklist.items) expect(text).toContain(`${item.label}：${labels.blank}`)
  expect(text).not.toContain('____')
  expect(summary.sections.every((section) => section.lines.length > 0)).toBe(true)
  expect(summary.sections.map((section) => section.heading)).toEqual([labels.referral, checklist.heading, labels.criteria, labels.keyFindings])
})

test('the referral ask is not asked twice when she ticked it too', () => {
  const text = summaryText(clinicSummary(decisionAid, { ...EMPTY_NOTES, questions: [referral.id] }, '1998-12-01'))
  expect(text.split(referral.text)).toHaveLength(2)
})

test('her typed results go in as plain text on one line each, cut to the limit when stored; a blank says 未填写', () => {
  const [skin, lungs, ct] = checklist.items
  const summary = clinicSummary(decisionAid, { ...EMPTY_NOTES, results: { [skin.id]: ' 1998年：<b>31分</b> 😀\n复查 ', [lungs.id]: 'FVC 62%', [ct.id]: '   ' } }, '1998-12-01')
  const text = summaryText(summary)
  expect(text).toContain(`· ${skin.label}：1998年：<b>31分</b> 😀 复查`)
  expect(text).toContain(`· ${lungs.label}：FVC 62%`)
  expect(text).toContain(`· ${ct.label}：${labels.blank}`)
})

test('names EBMT 2025 with its DOI, and every key number its trial and source', () => {
  const text = summaryText(clinicSummary(decisionAid, EMPTY_NOTES, '1998-12-01'))
  expect(text).toContain('10.1038/s41409-025-02695-y')
  const keyLines = clinicSummary(decisionAid, EMPTY_NOTES, '1998-12-01').sections.find((section) => section.heading === labels.keyFindings)!.lines
  expect(keyLines).toHaveLength(questions.summary.keyFindings.length)
  for (const line of keyLines) expect(line).toMatch(new RegExp(`（${labels.source}：[^）]+(?:）|$)`))
  // SCOT's treatment deaths keep the caveat that the other group cannot have one; ASTIS's deaths from any cause over
  // the whole follow-up stand beside them (JAMA 2014: 19 of 79 vs 23 of 77).
  expect(keyLines.some((line) => line.startsWith('· SCOT') && line.includes('一定是0'))).toBe(true)
  expect(keyLines.some((line) => line.includes('79人中19人') && line.includes('77人中23人') && line.includes('5.8年'))).toBe(true)
})

test('the reader\'s own words go in as they wrote them, and its text reads title, date, each heading with its lines, then the footer', () => {
  const summary = clinicSummary(decisionAid, { ...EMPTY_NOTES, other: ' <b>照顾孩子</b> ' }, '1998-12-01')
  expect(lines(summary)).toContain(`· ${questions.summary.labels.other}：<b>照顾孩子</b>`)
  const plain = { title: 'T', subtitle: 'S', sections: [{ heading: 'H1', lines: ['a', 'b'] }, { heading: 'H2', lines: ['c'] }], footer: 'F' }
  expect(summaryText(plain)).toBe('T\nS\n\nH1\na\nb\n\nH2\nc\n\nF')
})

// The summary's document from the reader's notes: only what they ticked and answered, in the page's order, and its
// text equivalent in reading order.
import { decisionAid } from '@/content/decide'
import { summaryFromNotes, summaryText } from '@/pages/decide/summary/document'

const { questions, values } = decisionAid
const EMPTY = { values: {}, readiness: {}, questions: [] }

test('holds the ticked questions, numbered in the page\'s order, and the answers given; nothing else', () => {
  const [first, second, third] = questions.items
  const statement = values.statements[1]
  const summary = summaryFromNotes(decisionAid, { ...EMPTY, questions: [third.id, first.id], values: { [statement.id]: values.choices[0].id } }, '2026-12-01')
  const lines = summary.sections.flatMap((section) => section.lines)
  expect(lines).toEqual([`1. ${first.text}`, `2. ${third.text}`, `· ${statement.text}：${values.choices[0].label}`])
  expect(summaryText(summary)).not.toContain(second.text)
  expect(summary.subtitle).toBe('2026-12-01')
})

test('a part the reader left open is left out, headings and all', () => {
  expect(summaryFromNotes(decisionAid, EMPTY, '2026-12-01').sections).toEqual([])
  const leaning = values.leaning.choices[0]
  const summary = summaryFromNotes(decisionAid, { ...EMPTY, leaning: leaning.id }, '2026-12-01')
  expect(summary.sections).toEqual([{ heading: values.leaning.question, lines: [leaning.label] }])
})

test('its text reads title, date, each heading with its lines, then the footer', () => {
  const summary = { title: 'T', subtitle: 'S', sections: [{ heading: 'H1', lines: ['a', 'b'] }, { heading: 'H2', lines: ['c'] }], footer: 'F' }
  expect(summaryText(summary)).toBe('T\nS\n\nH1\na\nb\n\nH2\nc\n\nF')
})

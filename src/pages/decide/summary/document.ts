// The clinic summary as plain data: what the picture draws and what its text equivalent reads. It holds only what
// the reader chose on this phone (ticked questions, answers given); nothing is added that they did not put there.
import type { Decide } from '@/content'
import type { DecisionNotes } from '../notes'

export interface SummarySection {
  heading: string
  /**
   * One entry per line of the summary, wrapped by the layout to the picture's width. A line may start with a
   * marker ("1. ", "· ") that its wrapped lines hang under; "" leaves a gap.
   */
  lines: string[]
}

export interface SummaryDocument {
  title: string
  subtitle: string
  sections: SummarySection[]
  footer: string
}

/** The summary as text, in reading order: the picture's text equivalent, and what a copy of it would hold. */
export function summaryText(summary: SummaryDocument): string {
  return [
    summary.title,
    summary.subtitle,
    ...summary.sections.flatMap((section) => ['', section.heading, ...section.lines]),
    '',
    summary.footer
  ].join('\n')
}

const labelOf = (choices: { id: string; label: string }[], id: string | undefined) => choices.find((choice) => choice.id === id)?.label

/**
 * A summary from today's notes: the ticked questions (numbered, in the page's order) and the answers given, as the
 * copied notes hold them. Parts with nothing chosen are left out.
 */
export function summaryFromNotes(aid: Decide, notes: DecisionNotes, date: string): SummaryDocument {
  const { values, questions } = aid
  const asked = questions.items.filter((item) => notes.questions.includes(item.id)).map((item, index) => `${index + 1}. ${item.text}`)
  const weighed = values.statements
    .map((statement) => ({ statement, answer: labelOf(values.choices, notes.values[statement.id]) }))
    .filter(({ answer }) => answer)
    .map(({ statement, answer }) => `· ${statement.text}：${answer}`)
  const leaning = labelOf(values.leaning.choices, notes.leaning)
  const ready = values.readiness.questions
    .map((question) => ({ question, answer: labelOf(values.readiness.choices, notes.readiness[question.id]) }))
    .filter(({ answer }) => answer)
    .map(({ question, answer }) => `· ${question.text}${answer}`)
  const sections: SummarySection[] = [
    { heading: '我想问的问题', lines: asked },
    { heading: '对我来说', lines: weighed },
    { heading: values.leaning.question, lines: leaning ? [leaning] : [] },
    { heading: values.readiness.heading, lines: ready }
  ]
  return {
    title: questions.copyHeading,
    subtitle: date,
    sections: sections.filter((section) => section.lines.length > 0),
    footer: aid.title
  }
}

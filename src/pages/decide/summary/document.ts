// The clinic summary as plain data: what the picture draws, what is copied as text, and the picture's text
// equivalent, one document for all three.
import type { Decide } from '@/content'
import { findFindings } from '@/content/findings'
import { figuresText, findingLabel } from '@/content/findingText'
import { oneChoiceAnswers } from '../answers'
import type { DecisionNotes } from '../notes'
import { PATIENT_IN_SUMMARY, withPerson } from '../wording'

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

/** Where a result is to be filled in by hand. */
export const BLANK = '________'

const labelOf = (choices: { id: string; label: string }[], id: string | undefined) => choices.find((choice) => choice.id === id)?.label

/**
 * The summary for the clinic (门诊小结), in an order a doctor reads in a minute: who answered, where they lean, what
 * matters, how sure they feel, the ticked questions for each doctor, then a few key numbers with their trials and the
 * results to bring with blanks. It holds only what the reader chose, besides those numbers and the checklist.
 */
export function clinicSummary(aid: Decide, notes: DecisionNotes, date: string): SummaryDocument {
  const { values, nextStep, questions } = aid
  const { labels } = questions.summary
  const patient = (text: string) => withPerson(text, PATIENT_IN_SUMMARY)
  const respondent = aid.respondents.choices.find((choice) => choice.id === notes.respondent)?.summary ?? '没有选'
  const leaning = labelOf(values.leaning.choices, notes.leaning)
  const valueChoices = [...values.choices, values.notApplicable]
  const weighed = values.statements
    .map((statement) => ({ statement, answer: labelOf(valueChoices, notes.values[statement.id]) }))
    .filter(({ answer }) => answer)
    .map(({ statement, answer }) => `· ${patient(statement.text)}：${answer}`)
  const other = notes.other.trim() ? [`· ${labels.other}：${notes.other.trim()}`] : []
  const sure = nextStep.sure.questions
    .map((question) => ({ question, answer: labelOf(nextStep.sure.choices, notes.sure[question.id]) }))
    .filter(({ answer }) => answer)
    .map(({ question, answer }) => `· ${patient(question.text)}${answer}`)
  const asked = (group: 'rheumatologist' | 'centre') => questions.items
    .filter((item) => item.for === group && notes.questions.includes(item.id))
    .map((item, index) => `${index + 1}. ${item.text}`)
  const groups = questions.groups.map((group) => ({ heading: group.heading, lines: asked(group.id) }))
  const keyNumbers = findFindings(questions.summary.keyFindings)
    .map((finding) => `· ${findingLabel(finding)}：${figuresText(finding)}。${finding.note ?? ''}`)
  const sections: SummarySection[] = [
    { heading: labels.leaning, lines: leaning ? [leaning] : [] },
    { heading: labels.values, lines: [...weighed, ...oneChoiceAnswers(values, notes).map(({ question, answer }) => `· ${patient(question)}${answer}`), ...other] },
    { heading: labels.sure, lines: sure },
    ...groups,
    { heading: labels.keyFindings, lines: keyNumbers },
    { heading: questions.summary.checklist.heading, lines: questions.summary.checklist.items.map((item) => `· ${item}：${BLANK}`) }
  ]
  return {
    title: questions.summary.title,
    subtitle: `${labels.date}：${date}　${labels.respondent}：${respondent}`,
    sections: sections.filter((section) => section.lines.length > 0),
    footer: questions.summary.footer
  }
}

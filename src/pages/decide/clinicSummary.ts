// The summary for the clinic (门诊小结): what the reader chose to put in, in an order a doctor reads in a minute
// (who answered, where they lean, what matters, how sure they feel, the questions for each doctor), then a few key
// numbers with their trials and the results to bring. One document, copied as text and drawn as a picture.
import type { Decide } from '@/content'
import { findFindings } from '@/content/findings'
import { figuresText, findingLabel } from '@/content/findingText'
import type { DecisionNotes } from './notes'
import { PATIENT_IN_SUMMARY, withPerson } from './wording'

export interface SummarySection {
  heading: string
  lines: string[]
}

export interface ClinicSummary {
  title: string
  subtitle: string
  sections: SummarySection[]
  footer: string
}

/** Where a result is to be filled in by hand. */
export const BLANK = '________'

const labelOf = (choices: { id: string; label: string }[], id: string | undefined) => choices.find((choice) => choice.id === id)?.label

export function clinicSummary(aid: Decide, notes: DecisionNotes, date: string): ClinicSummary {
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
    { heading: labels.values, lines: [...weighed, ...other] },
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

/** The summary as plain text for the clipboard: the same document, line by line. */
export function summaryText(summary: ClinicSummary): string {
  return [
    summary.title,
    summary.subtitle,
    ...summary.sections.flatMap((section) => ['', `【${section.heading}】`, ...section.lines]),
    '',
    summary.footer
  ].join('\n')
}

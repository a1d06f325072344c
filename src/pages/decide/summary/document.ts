// The clinic summary as plain data: what the picture draws, what is copied as text, and the picture's text
// equivalent, one document for all three.
import type { Decide } from '@/content'
import type { Source } from '@/content/types'
import { findFindings } from '@/content/findings'
import { findingSentence } from '@/content/findingText'
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

const labelOf = (choices: { id: string; label: string }[], id: string | undefined) => choices.find((choice) => choice.id === id)?.label

/** Her own words on one line: whatever she typed (line breaks, runs of spaces) reads as one entry of the summary. */
const oneLine = (words: string) => words.replace(/\s+/g, ' ').trim()

/** "（来源：citation，doi:…）": where a line's facts come from, so that a doctor can look them up. */
const sourceNote = (label: string, sources: Source[]) => {
  const [first] = sources
  return first ? `（${label}：${first.citation}${first.doi ? `，doi:${first.doi}` : ''}）` : ''
}

/**
 * The summary for the clinic (门诊小结), in an order a doctor reads in a minute: the referral ask (always, whatever
 * was ticked), who answered, where they lean, what matters, how sure they feel, the ticked questions for each doctor,
 * her own results (未填写 where she left one blank), what doctors look at (EBMT 2025), then a few key numbers, each
 * with its trial and source. The picture and the copied text are both made from it.
 */
export function clinicSummary(aid: Decide, notes: DecisionNotes, date: string): SummaryDocument {
  const { values, nextStep, questions } = aid
  const { labels, checklist, criteria } = questions.summary
  const patient = (text: string) => withPerson(text, PATIENT_IN_SUMMARY)
  const respondent = aid.respondents.choices.find((choice) => choice.id === notes.respondent)?.summary ?? labels.notChosen
  const leaning = labelOf(values.leaning.choices, notes.leaning)
  const valueChoices = [...values.choices, values.notApplicable]
  const weighed = values.statements
    .map((statement) => ({ statement, answer: labelOf(valueChoices, notes.values[statement.id]) }))
    .filter(({ answer }) => answer)
    .map(({ statement, answer }) => `· ${patient(statement.text)}：${answer}`)
  const other = oneLine(notes.other) ? [`· ${labels.other}：${oneLine(notes.other)}`] : []
  const sure = nextStep.sure.questions
    .map((question) => ({ question, answer: labelOf(nextStep.sure.choices, notes.sure[question.id]) }))
    .filter(({ answer }) => answer)
    .map(({ question, answer }) => `· ${patient(question.text)}${answer}`)
  const referral = questions.items.find((item) => item.id === questions.summary.referral)
  // The referral ask stands at the top already: ticked, it is not asked twice.
  const asked = (group: 'rheumatologist' | 'centre') => questions.items
    .filter((item) => item.for === group && item !== referral && notes.questions.includes(item.id))
    .map((item, index) => `${index + 1}. ${item.text}`)
  const groups = questions.groups.map((group) => ({ heading: group.heading, lines: asked(group.id) }))
  const results = checklist.items.map((item) => `· ${item.label}：${oneLine(notes.results[item.id] ?? '') || labels.blank}`)
  const keyNumbers = findFindings(questions.summary.keyFindings)
    .map((finding) => `· ${findingSentence(finding)}${sourceNote(labels.source, finding.sources)}`)
  const sections: SummarySection[] = [
    { heading: labels.referral, lines: referral ? [referral.text] : [] },
    { heading: labels.leaning, lines: leaning ? [leaning] : [] },
    { heading: labels.values, lines: [...weighed, ...oneChoiceAnswers(values, notes).map(({ question, answer }) => `· ${patient(question)}${answer}`), ...other] },
    { heading: labels.sure, lines: sure },
    ...groups,
    { heading: checklist.heading, lines: results },
    { heading: labels.criteria, lines: [`${criteria.text}${sourceNote(labels.source, criteria.sources)}`] },
    { heading: labels.keyFindings, lines: keyNumbers }
  ]
  return {
    title: questions.summary.title,
    subtitle: `${labels.date}：${date}　${labels.respondent}：${respondent}`,
    sections: sections.filter((section) => section.lines.length > 0),
    footer: questions.summary.footer
  }
}

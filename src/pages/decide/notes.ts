// What the reader chose on this page (what matters to them, where they lean, how ready they feel, the questions
// they want to ask): kept on the phone only, restored when the page reopens, cleared with one tap.
import { useState } from 'react'
import type { Decide } from '@/content'
import { readStored, removeStored, writeStored } from '@/platform/storage'

export interface DecisionNotes {
  /** statement id → choice id */
  values: Record<string, string>
  leaning?: string
  /** readiness question id → choice id */
  readiness: Record<string, string>
  /** ids of the ticked questions, in the order ticked */
  questions: string[]
}

const STORAGE_KEY = 'decisionNotes'
const EMPTY: DecisionNotes = { values: {}, readiness: {}, questions: [] }

const isTextRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === 'string')

/** Whatever storage holds is checked before use: an older or garbled value must not break the page. */
function isNotes(value: unknown): value is DecisionNotes {
  if (typeof value !== 'object' || value === null) return false
  const notes = value as Partial<DecisionNotes>
  return isTextRecord(notes.values) && isTextRecord(notes.readiness) && Array.isArray(notes.questions)
    && notes.questions.every((id) => typeof id === 'string') && (notes.leaning === undefined || typeof notes.leaning === 'string')
}

export interface DecisionNotesState {
  notes: DecisionNotes
  chooseValue: (statementId: string, choiceId: string) => void
  chooseLeaning: (choiceId: string) => void
  chooseReadiness: (questionId: string, choiceId: string) => void
  toggleQuestion: (questionId: string) => void
  clear: () => void
}

export function useDecisionNotes(): DecisionNotesState {
  const [notes, setNotes] = useState<DecisionNotes>(() => readStored(STORAGE_KEY, isNotes) ?? EMPTY)
  const update = (change: (current: DecisionNotes) => DecisionNotes) => setNotes((current) => {
    const next = change(current)
    writeStored(STORAGE_KEY, next)
    return next
  })
  return {
    notes,
    chooseValue: (statementId, choiceId) => update((current) => ({ ...current, values: { ...current.values, [statementId]: choiceId } })),
    chooseLeaning: (choiceId) => update((current) => ({ ...current, leaning: choiceId })),
    chooseReadiness: (questionId, choiceId) => update((current) => ({ ...current, readiness: { ...current.readiness, [questionId]: choiceId } })),
    toggleQuestion: (questionId) => update((current) => ({
      ...current,
      questions: current.questions.includes(questionId) ? current.questions.filter((id) => id !== questionId) : [...current.questions, questionId]
    })),
    clear: () => {
      removeStored(STORAGE_KEY)
      setNotes(EMPTY)
    }
  }
}

const labelOf = (choices: { id: string; label: string }[], id: string | undefined) => choices.find((choice) => choice.id === id)?.label

/**
 * What the copy button puts on the clipboard: the ticked questions (in the page's order) and the reader's
 * answers, as plain lines to paste into a chat or read out at the clinic. Answers left open are left out.
 */
export function notesText(aid: Decide, notes: DecisionNotes, date: string): string {
  const { values, questions } = aid
  const weighed = values.statements
    .map((statement) => ({ statement, answer: labelOf(values.choices, notes.values[statement.id]) }))
    .filter(({ answer }) => answer)
    .map(({ statement, answer }) => `· ${statement.text}：${answer}`)
  const leaning = labelOf(values.leaning.choices, notes.leaning)
  const ready = values.readiness.questions
    .map((question) => ({ question, answer: labelOf(values.readiness.choices, notes.readiness[question.id]) }))
    .filter(({ answer }) => answer)
    .map(({ question, answer }) => `· ${question.text}${answer}`)
  const asked = questions.items.filter((item) => notes.questions.includes(item.id)).map((item, index) => `${index + 1}. ${item.text}`)
  return [
    `${questions.copyHeading}（${date}）`,
    ...(asked.length ? ['', '我想问的问题：', ...asked] : []),
    ...(weighed.length ? ['', '对我来说：', ...weighed] : []),
    ...(leaning ? ['', `${values.leaning.question}${leaning}`] : []),
    ...(ready.length ? ['', `${values.readiness.heading}`, ...ready] : [])
  ].join('\n')
}

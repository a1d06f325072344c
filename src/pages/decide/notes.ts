// What the reader put into the aid (who is answering, what matters to them, which end of the trade-off weighs more,
// who decides with them and how, their own words, where they lean, how sure they feel, the questions they want to
// ask, her own results): kept on the phone only, restored when the page reopens, cleared with one tap (with the part she last read). Whatever storage
// holds is read field by field, so an older, garbled or hostile value never breaks the page: a field that is not what
// it should be is dropped, and the free text and results are cut to their limits.
import { useState } from 'react'
import type { Decide } from '@/content'
import { readStored, removeStored, writeStored } from '@/platform/storage'
import { forgetLastPart } from './lastPart'

export type Respondent = Decide['respondents']['choices'][number]['id']

export interface DecisionNotes {
  respondent?: Respondent
  /** statement id → choice id (one of the choices, or 不适用 where offered) */
  values: Record<string, string>
  /** question id → choice id, for the values step's one-choice questions (the trade-off, who decides with her, pressure, her role) */
  answers: Record<string, string>
  /** "其他对我重要的事": plain text, at most the aid's limit in characters. */
  other: string
  leaning?: string
  /** SURE question id → choice id */
  sure: Record<string, string>
  /** ids of the ticked questions */
  questions: string[]
  /** Her own results as she typed them: checklist item id → plain text, at most the checklist's limit each. */
  results: Record<string, string>
}

/** How many characters her own words may have: the free text, and each result. */
export interface NoteLimits {
  other: number
  result: number
}

const STORAGE_KEY = 'decisionNotes'
const EMPTY_NOTES: DecisionNotes = { values: {}, answers: {}, other: '', sure: {}, questions: [], results: {} }
const RESPONDENTS: readonly Respondent[] = ['patient', 'family', 'together']

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
/** The text fields of a stored record, each cut to `limit`. Built by hand: Object.fromEntries needs iOS 12.2. */
function textRecord(value: unknown, limit = Infinity): Record<string, string> {
  const record: Record<string, string> = {}
  if (!isRecord(value)) return record
  for (const [key, entry] of Object.entries(value)) if (typeof entry === 'string') record[key] = limitText(entry, limit)
  return record
}
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** At most `limit` characters as a reader counts them (an emoji is one, not two UTF-16 units). */
export function limitText(value: string, limit: number): string {
  const characters = Array.from(value)
  return characters.length > limit ? characters.slice(0, limit).join('') : value
}

/** The notes a stored value holds, field by field; anything else is left out. */
function notesFrom(stored: unknown, limits: NoteLimits): DecisionNotes {
  if (!isRecord(stored)) return EMPTY_NOTES
  const respondent = RESPONDENTS.find((id) => id === stored.respondent)
  const questions = Array.isArray(stored.questions) ? stored.questions.filter((id): id is string => typeof id === 'string') : []
  return {
    ...(respondent ? { respondent } : {}),
    values: textRecord(stored.values),
    answers: textRecord(stored.answers),
    other: limitText(text(stored.other) ?? '', limits.other),
    ...(text(stored.leaning) ? { leaning: text(stored.leaning) } : {}),
    // Notes kept before SURE had its own name called these answers "readiness".
    sure: textRecord(stored.sure ?? stored.readiness),
    questions,
    results: textRecord(stored.results, limits.result)
  }
}

export interface DecisionNotesState {
  notes: DecisionNotes
  chooseRespondent: (respondent: Respondent) => void
  chooseValue: (statementId: string, choiceId: string) => void
  chooseAnswer: (questionId: string, choiceId: string) => void
  writeOther: (words: string) => void
  chooseLeaning: (choiceId: string) => void
  chooseSure: (questionId: string, choiceId: string) => void
  toggleQuestion: (questionId: string) => void
  writeResult: (itemId: string, words: string) => void
  clear: () => void
}

export function useDecisionNotes(limits: NoteLimits): DecisionNotesState {
  const [notes, setNotes] = useState<DecisionNotes>(() => notesFrom(readStored(STORAGE_KEY, (value): value is unknown => value !== ''), limits))
  const update = (change: (current: DecisionNotes) => DecisionNotes) => setNotes((current) => {
    const next = change(current)
    writeStored(STORAGE_KEY, next)
    return next
  })
  return {
    notes,
    chooseRespondent: (respondent) => update((current) => ({ ...current, respondent })),
    chooseValue: (statementId, choiceId) => update((current) => ({ ...current, values: { ...current.values, [statementId]: choiceId } })),
    chooseAnswer: (questionId, choiceId) => update((current) => ({ ...current, answers: { ...current.answers, [questionId]: choiceId } })),
    writeOther: (words) => update((current) => ({ ...current, other: limitText(words, limits.other) })),
    chooseLeaning: (choiceId) => update((current) => ({ ...current, leaning: choiceId })),
    chooseSure: (questionId, choiceId) => update((current) => ({ ...current, sure: { ...current.sure, [questionId]: choiceId } })),
    toggleQuestion: (questionId) => update((current) => ({
      ...current,
      questions: current.questions.includes(questionId) ? current.questions.filter((id) => id !== questionId) : [...current.questions, questionId]
    })),
    writeResult: (itemId, words) => update((current) => ({ ...current, results: { ...current.results, [itemId]: limitText(words, limits.result) } })),
    clear: () => {
      removeStored(STORAGE_KEY)
      forgetLastPart()
      setNotes(EMPTY_NOTES)
    }
  }
}

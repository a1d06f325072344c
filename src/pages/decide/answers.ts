import type { Decide } from '@/content'
import type { DecisionNotes } from './notes'

/**
 * The values step's one-choice questions she answered (the trade-off, who decides with her, whether anyone presses
 * her, how she wants to decide), each with the words of her answer; unanswered ones are left out.
 */
export function oneChoiceAnswers(values: Decide['values'], notes: DecisionNotes): { question: string; answer: string }[] {
  return [values.tradeOff, ...values.support.questions].flatMap((question) => {
    const answer = question.choices.find((choice) => choice.id === notes.answers[question.id])?.label
    return answer ? [{ question: question.question, answer }] : []
  })
}

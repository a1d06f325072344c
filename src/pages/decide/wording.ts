// The aid's questions speak to whoever is answering: 您 when the patient answers (alone or with family), 您的家人
// when a family member answers for the patient. Content writes the place as {person}.
import type { Decide } from '@/content'
import { ui } from '@/content/ui'
import type { Respondent } from './notes'

const PERSON = /\{person\}/g

/** The word for the patient in the questions, for this respondent (您 until one is chosen). */
export function personWord(aid: Decide, respondent: Respondent | undefined): string {
  return aid.respondents.choices.find((choice) => choice.id === respondent)?.person ?? ui.decide.you
}

export function withPerson(text: string, person: string): string {
  return text.replace(PERSON, person)
}

/** In the summary for the clinic, the patient is "患者", whoever answered. */
export const PATIENT_IN_SUMMARY = ui.decide.patientInSummary

// The organization's brochure (brochure/brochure.txt), read independently of src/content, so that tests can check
// that every one of its sentences reaches the reader. Only its text about the treatment and the trials is an oracle:
// its disclaimer and its pages about the organization (introduction, contacts) are the organization's to update, so
// tests read those from src/content (organization.json, meta.json).
import { compactBrochure, sentencesOf } from '../../tools/content/brochure'

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start)
  const to = text.indexOf(end, from)
  if (from < 0 || to < 0) throw new Error(`The brochure no longer contains "${start}" … "${end}"`)
  return text.slice(from, to)
}

const brochure = compactBrochure()

/** Sentences of the explainer around the trial list (the trials have their own pages). */
export const explainerSentences = sentencesOf(
  between(brochure, '目前，医学界', '自体干细胞移植国际硬皮病（ASTIS）') + between(brochure, '自体干细胞移植是一个复杂的手术', '本网站不提供')
)

export const trialSentences: Record<string, string[]> = {
  astis: sentencesOf(between(brochure, '自体干细胞移植国际硬皮病（ASTIS）', '环磷酰胺或移植（SCOT）')),
  scot: sentencesOf(between(brochure, '环磷酰胺或移植（SCOT）', '自体干细胞系统性硬化症免疫抑制II期试验')),
  assist: sentencesOf(between(brochure, '自体干细胞系统性硬化症免疫抑制II期试验', '硬皮病自体移植治疗（STAT）')),
  stat: sentencesOf(between(brochure, '硬皮病自体移植治疗（STAT）', '自体干细胞移植是一个复杂的手术'))
}

/** Every sentence of the brochure's text, longest first (so that a shorter one never cuts into a longer one it is part of). */
export const brochureTexts = [...explainerSentences, ...Object.values(trialSentences).flat()]
  .sort((a, b) => b.length - a.length)

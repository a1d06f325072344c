import { correctionsFor, correctionsLabel } from '@/content/corrections'
import { TermParagraphs } from '../TermText'
import { Corrections } from './Corrections'

/** The brochure's sentences, word for word, terms tappable, each followed by the app's corrections of it, if any. */
export function BrochureText({ sentences }: { sentences: string[] }) {
  const correctionsOf = (sentence: string) => {
    const corrections = correctionsFor(sentence)
    return corrections.length > 0 ? <Corrections corrections={corrections} label={correctionsLabel} /> : null
  }
  return <TermParagraphs texts={sentences} renderAfter={correctionsOf} />
}

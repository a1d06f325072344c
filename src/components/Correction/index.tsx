import { Text, View } from '@tarojs/components'
import type { Correction } from '@/content'
import { correctionsFor, correctionsLabel } from '@/content/corrections'
import { fill, ui } from '@/content/ui'
import { SourcedTexts } from '../Sources'
import { TermParagraphs } from '../TermText'
import './index.scss'

/** The app's corrections of one brochure sentence, right beside it. */
function Corrections({ corrections }: { corrections: Correction[] }) {
  return (
    <View className='stack stack--tight correction'>
      <SourcedTexts
        items={corrections}
        labelOf={(correction) => (
          <Text className='correction__label'>{fill(ui.corrections.label, { kind: ui.corrections[correction.kind], label: correctionsLabel, date: correction.checkedAt })}</Text>
        )}
      />
    </View>
  )
}

/** The brochure's sentences, word for word, terms tappable, each followed by the app's corrections of it, if any. */
export function BrochureText({ sentences }: { sentences: string[] }) {
  const correctionsOf = (sentence: string) => {
    const corrections = correctionsFor(sentence)
    return corrections.length > 0 ? <Corrections corrections={corrections} /> : null
  }
  return <TermParagraphs texts={sentences} renderAfter={correctionsOf} />
}

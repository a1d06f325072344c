import { Text, View } from '@tarojs/components'
import type { Correction } from '@/content'
import { correctionsFor, correctionsLabel } from '@/content/corrections'
import { SourcedTexts } from '../Sources'
import { TermParagraphs } from '../TermText'
import './index.scss'

const KIND_TEXT = { correction: '勘误', note: '说明' } as const

/** The app's corrections of one brochure sentence (or of its title), right beside it. */
export function Corrections({ corrections, termChips = true }: { corrections: Correction[]; termChips?: boolean }) {
  return (
    <View className='stack stack--tight correction'>
      <SourcedTexts
        items={corrections}
        termChips={termChips}
        labelOf={(correction) => (
          <Text className='correction__label'>{`${KIND_TEXT[correction.kind]} · ${correctionsLabel}（核对日期：${correction.checkedAt}）`}</Text>
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

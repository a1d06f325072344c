import { Text, View } from '@tarojs/components'
import { meta } from '@/content'
import { correctionsFor } from '@/content/corrections'
import { Corrections } from '../Correction'
import { TermText, markedTerms } from '../TermText'
import './index.scss'

/**
 * Said near the top of the home page and the explainer, in the brochure's own words: this is still experimental;
 * the app's dated notes on that title stand right beside it (a 2016 title, not today's standing).
 */
export function ExperimentalNote() {
  const titleNotes = correctionsFor(meta.brochure.title)
  return (
    <View className='stack stack--tight experimental-note'>
      <Text className='experimental-note__title'>{`手册的标题：${meta.brochure.title}`}</Text>
      {/* Terms inline only: chips would push the home page's entries off the first screen. */}
      {titleNotes.length > 0 && <Corrections corrections={titleNotes} termChips={false} />}
      <TermText segments={markedTerms([meta.experimentalNote]).segments[0]} />
    </View>
  )
}

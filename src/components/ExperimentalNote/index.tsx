import { Text, View } from '@tarojs/components'
import { meta } from '@/content/frame'
import { fill, ui } from '@/content/ui'
import { titleNotes, titleNotesLabel } from '@/content/titleNotes'
import { Corrections } from '../Correction/Corrections'
import { TermText, markedTerms } from '../TermText'
import './index.scss'

/**
 * Said near the top of the home page and the explainer, in the brochure's own words: this is still experimental;
 * the app's dated notes on that title stand right beside it (a 2016 title, not today's standing).
 */
export function ExperimentalNote() {
  return (
    <View className='stack stack--tight experimental-note'>
      <Text className='experimental-note__title'>{fill(ui.home.brochureTitle, { title: meta.brochure.title })}</Text>
      {/* Terms inline only: chips would push the home page's entries off the first screen. */}
      {titleNotes.length > 0 && <Corrections corrections={titleNotes} label={titleNotesLabel} termChips={false} />}
      <TermText segments={markedTerms([meta.experimentalNote]).segments[0]} />
    </View>
  )
}

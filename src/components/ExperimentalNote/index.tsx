import { Text, View } from '@tarojs/components'
import { meta } from '@/content'
import { TermText, markedTerms } from '../TermText'
import './index.scss'

const NOTE = '自体干细胞移植仍是在临床试验中研究的实验性治疗方法，不是常规治疗。是否适合您，要由您和您的医生一起决定。'

/** Said near the top of the home page and the explainer, in the brochure's own words: this is still experimental. */
export function ExperimentalNote() {
  return (
    <View className='stack stack--tight experimental-note'>
      <Text className='experimental-note__title'>手册的标题：{meta.brochure.title}</Text>
      {/* Terms inline only: chips would push the home page's entries off the first screen. */}
      <TermText segments={markedTerms([NOTE]).segments[0]} />
    </View>
  )
}

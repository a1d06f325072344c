import { Text, View } from '@tarojs/components'
import { HIDDEN, pictureProps } from '@/platform/accessibility'

const PEOPLE = 100
const FIGURES = Array.from({ length: PEOPLE }, (_, index) => index)

interface IconArrayProps {
  /** How many of the 100 figures are marked (filled): the stated number, never an estimate of the drawing. */
  marked: number
  /** The words beside it, e.g. "移植组：100人中约10人". */
  caption: string
  /** What a screen reader hears instead of 100 figures: the whole statement with its numbers. */
  spoken: string
}

/**
 * 100 people as 10 rows of 10 figures drawn with views: the marked ones filled and dark, the others hollow and light
 * (shape as well as colour), marked ones first, so the share can be seen at a glance and counted.
 */
export function IconArray({ marked, caption, spoken }: IconArrayProps) {
  return (
    <View className='stack stack--tight icon-array' {...pictureProps(spoken)}>
      <View className='icon-array__grid' {...HIDDEN}>
        {FIGURES.map((index) => (
          <View key={index} className={index < marked ? 'icon icon--marked' : 'icon'} />
        ))}
      </View>
      <Text className='icon-array__caption' {...HIDDEN}>{caption}</Text>
    </View>
  )
}

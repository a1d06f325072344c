import { Text, View } from '@tarojs/components'
import type { TrialUpdate } from '@/content'
import { SourcedTexts } from '@/components/Sources'

interface TrialNowProps {
  update: TrialUpdate & { heading: string }
}

/**
 * The first thing a trial page says: what became of the trial and its main result, dated, sourced and marked as
 * the app's. Kept compact, so that it fits the first screen of a small phone at the standard text size.
 */
export function TrialNow({ update }: TrialNowProps) {
  return (
    <View className='stack stack--tight update-panel trial-now'>
      <Text className='trial-now__label'>{update.heading}（本小程序整理，不属于原手册，不是医疗建议；核对日期：{update.checkedAt}）</Text>
      <Text className='trial-now__status'>现在：{update.statusNow}</Text>
      <SourcedTexts items={[update.headline]} />
    </View>
  )
}

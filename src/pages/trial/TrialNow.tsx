import { Text, View } from '@tarojs/components'
import type { TrialMore, TrialToday } from '@/content/additions'
import { statusText } from '@/content/status'
import { trialPages } from '@/content/trialPages'
import { fill } from '@/content/ui'
import { Findings } from '@/components/Findings'

interface TrialNowProps {
  today: TrialToday
  /** The rest of the app's additions; absent when the organization hides them. */
  more?: TrialMore
  subject: string
}

/**
 * The first thing a trial page says: its status today and its results, benefits beside harms, dated, sourced and
 * marked as the app's. Kept compact, so that the status fits the first screen of a small phone.
 */
export function TrialNow({ today, more, subject }: TrialNowProps) {
  return (
    <View className='stack stack--tight update-panel trial-now'>
      <Text className='trial-now__label'>{fill(trialPages.trial.nowLabel, { heading: today.heading, date: today.checkedAt })}</Text>
      <Text className='trial-now__status'>{statusText(today.status)}</Text>
      <Findings lead={more?.headline} findings={today.findings} sources={today.status.sources} subject={subject} />
    </View>
  )
}

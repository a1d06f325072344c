import { Text, View } from '@tarojs/components'
import { trials, trialsContent } from '@/content'
import { headcountText, yearsText } from '@/content/trialFacts'
import { trialPages } from '@/content/trialPages'
import { fill } from '@/content/ui'
import { RouteLink } from '@/components/RouteLink'
import { Heading } from '@/components/Section'

const { startYear, endYear } = trialsContent.axis
const span = endYear - startYear
const percent = (year: number) => `${(((year - startYear) / span) * 100).toFixed(2)}%`
const TICKS = [startYear, Math.round((startYear + endYear) / 2), endYear]

/**
 * One bar per trial on a shared year axis, drawn with views so it follows the text size and a screen
 * reader can read each bar's years and headcount; tapping a bar opens the trial.
 */
export function TrialTimeline() {
  return (
    <View className='stack panel'>
      <Heading level={2} className='timeline__heading'>{fill(trialPages.list.timeline, { start: startYear, end: endYear })}</Heading>
      {trials.map((trial) => {
        const people = headcountText(trial)
        const description = `${trial.acronym}：${yearsText(trial)}${people ? `，${people}` : ''}`
        return (
          <RouteLink key={trial.id} className='timeline-row' to={{ route: 'trial', query: { id: trial.id } }} label={description} keepContentInSinglePage>
            <Text className='timeline-row__label'>{description}</Text>
            <View className='timeline-row__track'>
              <View
                className={`timeline-bar ${trial.endYearPlanned ? 'timeline-bar--planned' : ''}`}
                style={`left: ${percent(trial.startYear)}; width: ${percent(startYear + trial.endYear - trial.startYear)}`}
              />
            </View>
          </RouteLink>
        )
      })}
      <View className='timeline-axis'>
        {TICKS.map((year) => (
          <Text key={year} className='timeline-axis__tick' style={`left: ${percent(year)}`}>{year}</Text>
        ))}
      </View>
      <Text className='muted'>{trialPages.list.timelineKey}</Text>
    </View>
  )
}

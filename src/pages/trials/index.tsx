import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { trials, trialsContent, updateForTrial } from '@/content'
import { enrollmentText, matchesFilter, placeText, STATUS_FILTERS, yearsText, type StatusFilter } from '@/content/trialFacts'
import { Decoration } from '@/components/Decoration'
import { PageShell } from '@/components/PageShell'
import { LinkCue, RouteLink } from '@/components/RouteLink'
import { DateNote, PageTitle } from '@/components/Section'
import { Tappable } from '@/components/Tappable'
import { roleProps } from '@/platform/accessibility'
import type { PageShare } from '@/platform/share'
import { TrialTimeline } from './TrialTimeline'
import './index.scss'

const share: PageShare = {
  title: `自体干细胞移植治疗硬皮病的四项临床试验：${trials.map((trial) => trial.acronym).join('、')}`,
  destination: { route: 'trials', query: {} },
  image: 'trials'
}

export default function TrialsPage() {
  const [filter, setFilter] = useState<StatusFilter>('all')
  const shown = trials.filter((trial) => matchesFilter(trial, filter))

  return (
    <PageShell share={share}>
      <View className='stack'>
        <PageTitle>四项临床试验</PageTitle>
        <Text>{trialsContent.intro}</Text>
        <DateNote>以下试验状态均为手册所述，{trialsContent.statusAsOf}。</DateNote>
      </View>

      <View className='filter-chips' {...roleProps('radiogroup')} aria-label='按试验状态筛选'>
        {STATUS_FILTERS.map((option) => {
          const count = trials.filter((trial) => matchesFilter(trial, option.value)).length
          const selected = option.value === filter
          return (
            <Tappable
              key={option.value}
              className={`pill filter-chip ${selected ? 'pill--selected' : ''}`}
              onTap={() => setFilter(option.value)}
              checked={selected}
              label={`${option.label}，${count}项`}
            >
              {selected && <Decoration>✓ </Decoration>}
              <Text>{option.label}（{count}）</Text>
            </Tappable>
          )
        })}
      </View>

      <View className='stack stack--loose'>
        {shown.map((trial) => {
          const since = updateForTrial(trial.id)
          return (
            <RouteLink key={trial.id} className='card trial-card' to={{ route: 'trial', query: { id: trial.id } }} keepContentInSinglePage>
              <View className='stack stack--tight'>
                <Text className='trial-card__acronym'>{trial.acronym}</Text>
                <Text className='trial-card__name'>{trial.nameZh}</Text>
                <Text>地区：{placeText(trial)}</Text>
                <Text>年份：{yearsText(trial)}</Text>
                <Text>人数：{enrollmentText(trial)}</Text>
                <View className='trial-card__statuses'>
                  <Text className='status-badge'>{trialsContent.statusAsOf}：{trial.statusLabel}</Text>
                  {since && <Text className='status-badge status-badge--since'>手册之后：{since.statusSince}</Text>}
                </View>
                <LinkCue>查看详情 ›</LinkCue>
              </View>
            </RouteLink>
          )
        })}
      </View>

      <TrialTimeline />
    </PageShell>
  )
}

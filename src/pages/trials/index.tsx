import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { trials, trialsContent } from '@/content'
import { updatesCheckedAt, updateForTrial } from '@/content/additions'
import { enrollmentText, matchesFilter, placeText, STATUS_FILTERS, yearsText, type StatusFilter } from '@/content/trialFacts'
import { Decoration } from '@/components/Decoration'
import { PageShell } from '@/components/PageShell'
import { LinkCue, RouteLink } from '@/components/RouteLink'
import { DateNote, PageTitle } from '@/components/Section'
import { Tappable } from '@/components/Tappable'
import { TermText, markedTerms } from '@/components/TermText'
import { roleProps } from '@/platform/accessibility'
import type { PageShare } from '@/platform/share'
import { TrialTimeline } from './TrialTimeline'
import './index.scss'

const share: PageShare = {
  title: `自体干细胞移植治疗硬皮病的四项临床试验：${trials.map((trial) => trial.acronym).join('、')}`,
  destination: { route: 'trials', query: {} },
  image: 'trials'
}

const introSegments = markedTerms([trialsContent.intro]).segments[0]
const checkedAt = updatesCheckedAt()
const matches = (filter: StatusFilter) => trials.filter((trial) => matchesFilter(trial, filter, updateForTrial(trial.id)))
// The filters say which status they use: today's where the app checked it, else the brochure's, with its date.
const filterBasis = checkedAt ? `现在的状态（本小程序核对于${checkedAt}）` : `手册所述状态（${trialsContent.statusAsOf}）`

export default function TrialsPage() {
  const [filter, setFilter] = useState<StatusFilter>('all')
  const shown = matches(filter)

  return (
    <PageShell share={share}>
      <View className='stack'>
        <PageTitle>四项临床试验</PageTitle>
        {/* Terms inline only: chips here would push the cards down. */}
        <TermText segments={introSegments} />
        <DateNote>
          {checkedAt
            ? `每张卡片先写手册所述的状态（${trialsContent.statusAsOf}），再写本小程序核对的现在的状态。`
            : `以下试验状态均为手册所述，${trialsContent.statusAsOf}。`}
        </DateNote>
      </View>

      <View className='stack stack--tight'>
        <Text className='filter-basis'>按{filterBasis}筛选：</Text>
        <View className='filter-chips' {...roleProps('radiogroup')} aria-label={`按${filterBasis}筛选`}>
          {STATUS_FILTERS.map((option) => {
            const count = matches(option.value).length
            const selected = option.value === filter
            return (
              <Tappable
                key={option.value}
                className={`pill filter-chip ${selected ? 'pill--selected' : ''}`}
                onTap={() => setFilter(option.value)}
                checked={selected}
                label={`${option.label}（按${filterBasis}），${count}项`}
              >
                {selected && <Decoration>✓ </Decoration>}
                <Text>{option.label}（{count}）</Text>
              </Tappable>
            )
          })}
        </View>
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
                  {since && <Text className='status-badge status-badge--since'>现在（本小程序核对于{since.checkedAt}）：{since.statusNow}</Text>}
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

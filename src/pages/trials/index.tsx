import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { meta, trials, trialsContent } from '@/content'
import { additionsCheckedAt, statusesCheckedAt, trialsRecruitingNow, trialToday } from '@/content/additions'
import { statusText } from '@/content/status'
import { enrollmentText, matchesFilter, placeText, STATUS_FILTERS, yearsText, type StatusFilter } from '@/content/trialFacts'
import { glossary } from '@/content/glossary'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DecisionAidLink } from '@/components/DecisionAidLink'
import { PageShell } from '@/components/PageShell'
import { LinkCue, RouteLink } from '@/components/RouteLink'
import { DateNote, PageTitle } from '@/components/Section'
import { TermText, knowTerms, markedTerms } from '@/components/TermText'
import type { PageShare } from '@/platform/share'
import { TrialTimeline } from './TrialTimeline'
import './index.scss'

// Every term on this page opens its definition: the whole glossary travels with this subpackage, not the main package.
knowTerms(glossary)

const share: PageShare = {
  title: `${meta.treatmentName}治疗硬皮病的四项临床试验：${trials.map((trial) => trial.acronym).join('、')}`,
  destination: { route: 'trials', query: {} },
  image: 'trials'
}

const introSegments = markedTerms([trialsContent.intro]).segments[0]
const checkedAt = statusesCheckedAt()
const statusOf = (trial: (typeof trials)[number]) => trialToday(trial.id)?.status
const matches = (filter: StatusFilter) => trials.filter((trial) => {
  const status = statusOf(trial)
  return status ? matchesFilter(filter, status) : filter === 'all'
})
// The filters say which status they use: today's, with the date the app checked it.
const filterBasis = `注册记录的最新状态（本小程序核对于${checkedAt}）`
const FILTER_OPTIONS = STATUS_FILTERS.map(({ value, label }) => {
  const count = matches(value).length
  return { value, label, count, spoken: `${label}（按${filterBasis}），${count}项` }
})

/** Whether anyone can join one of the brochure's trials today: said first, because the brochure's 2016 text says so. */
function recruitingText(): string {
  const recruiting = trialsRecruitingNow()
  return recruiting.length === 0
    ? `按各自最新的注册记录，手册所列的试验都不再招募新患者（本小程序核对于${checkedAt}）。`
    : `按各自最新的注册记录，仍在招募的：${recruiting.map((trial) => trial.acronym).join('、')}（本小程序核对于${checkedAt}）。`
}

export default function TrialsPage() {
  const [filter, setFilter] = useState<StatusFilter>('all')
  const shown = matches(filter)

  return (
    <PageShell share={share} additionsCheckedAt={additionsCheckedAt()}>
      <View className='stack'>
        <PageTitle>手册所列的四项临床试验</PageTitle>
        <View className='stack update-panel recruiting-now'>
          <Text>{recruitingText()}</Text>
          <DecisionAidLink section='recruiting'>怎样查找正在招募的试验</DecisionAidLink>
        </View>
        {/* Terms inline only: chips here would push the cards down. */}
        <TermText segments={introSegments} />
        <DateNote>{`每张卡片先写手册所述的状态（${trialsContent.statusAsOf}），再写最新的注册记录和它的日期。`}</DateNote>
      </View>

      <View className='stack stack--tight'>
        <Text className='filter-basis'>{`按${filterBasis}筛选：`}</Text>
        <ChoiceChips
          groupLabel={`按${filterBasis}筛选`}
          options={FILTER_OPTIONS.map(({ value, label, count }) => ({ value, label: `${label}（${count}）` }))}
          selected={filter}
          onChoose={setFilter}
          describe={({ value }) => FILTER_OPTIONS.find((option) => option.value === value)?.spoken ?? value}
        />
      </View>

      <View className='stack stack--loose'>
        {shown.map((trial) => {
          const today = trialToday(trial.id)
          return (
            <RouteLink key={trial.id} className='card trial-card' to={{ route: 'trial', query: { id: trial.id } }} keepContentInSinglePage>
              <View className='stack stack--tight'>
                <Text className='trial-card__acronym'>{trial.acronym}</Text>
                <Text className='trial-card__name'>{trial.nameZh}</Text>
                <Text>{`地区：${placeText(trial)}`}</Text>
                <Text>{`年份：${yearsText(trial)}`}</Text>
                <Text>{`人数：${enrollmentText(trial, today?.status)}`}</Text>
                <View className='trial-card__statuses'>
                  <Text className='status-badge'>{`${trialsContent.statusAsOf}：${trial.statusLabel}`}</Text>
                  {today && <Text className='status-badge status-badge--since'>{`${statusText(today.status)}（本小程序核对于${today.checkedAt}）`}</Text>}
                </View>
                <LinkCue>查看详情 ›</LinkCue>
              </View>
            </RouteLink>
          )
        })}
      </View>

      <TrialTimeline />
      <DecisionAidLink />
    </PageShell>
  )
}

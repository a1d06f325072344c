import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { meta, trials, trialsContent } from '@/content'
import { additionsCheckedAt, statusesCheckedAt, trialsRecruitingNow, trialToday } from '@/content/additions'
import { statusText } from '@/content/status'
import { trialPages } from '@/content/trialPages'
import { enrollmentText, matchesFilter, placeText, STATUS_FILTERS, yearsText, type StatusFilter } from '@/content/trialFacts'
import { glossary } from '@/content/glossary'
import { ChoiceChips } from '@/components/ChoiceChips'
import { DecisionAidLink } from '@/components/DecisionAidLink'
import { PageShell } from '@/components/PageShell'
import { LinkCue, RouteLink } from '@/components/RouteLink'
import { DateNote, PageTitle } from '@/components/Section'
import { TermText, knowTerms, markedTerms } from '@/components/TermText'
import { fill, ui } from '@/content/ui'
import type { PageShare } from '@/platform/share'
import { TrialTimeline } from './TrialTimeline'
import './index.scss'

// Every term on this page opens its definition: the whole glossary travels with this subpackage, not the main package.
knowTerms(glossary)
const { list: words } = trialPages

const share: PageShare = {
  title: fill(words.shareTitle, { treatment: meta.treatmentName, acronyms: trials.map((trial) => trial.acronym).join('、') }),
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
const filterBasis = fill(words.filterBasis, { date: checkedAt })
const FILTER_OPTIONS = STATUS_FILTERS.map(({ value, label }) => {
  const count = matches(value).length
  return { value, label, count, spoken: fill(ui.trials.filterSpoken, { label, basis: filterBasis, count }) }
})

/** Whether anyone can join one of the brochure's trials today: said first, because the brochure's 2016 text says so. */
function recruitingText(): string {
  const recruiting = trialsRecruitingNow()
  return recruiting.length === 0
    ? fill(words.noneRecruiting, { date: checkedAt })
    : fill(words.recruiting, { acronyms: recruiting.map((trial) => trial.acronym).join('、'), date: checkedAt })
}

export default function TrialsPage() {
  const [filter, setFilter] = useState<StatusFilter>('all')
  const shown = matches(filter)

  return (
    <PageShell share={share} additionsCheckedAt={additionsCheckedAt()}>
      <View className='stack'>
        <PageTitle>{words.title}</PageTitle>
        <View className='stack update-panel recruiting-now'>
          <Text>{recruitingText()}</Text>
          <DecisionAidLink section='recruiting'>{ui.trials.toRecruiting}</DecisionAidLink>
        </View>
        {/* Terms inline only: chips here would push the cards down. */}
        <TermText segments={introSegments} />
        <DateNote>{fill(words.cardsNote, { asOf: trialsContent.statusAsOf })}</DateNote>
      </View>

      <View className='stack stack--tight'>
        <Text className='filter-basis'>{`${fill(ui.trials.filterBy, { basis: filterBasis })}：`}</Text>
        <ChoiceChips
          groupLabel={fill(ui.trials.filterBy, { basis: filterBasis })}
          options={FILTER_OPTIONS.map(({ value, label, count }) => ({ value, label: fill(ui.trials.filterCount, { label, count }) }))}
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
                <Text>{fill(words.place, { place: placeText(trial) })}</Text>
                <Text>{fill(words.years, { years: yearsText(trial) })}</Text>
                <Text>{fill(words.people, { people: enrollmentText(trial, today?.status) })}</Text>
                <View className='trial-card__statuses'>
                  <Text className='status-badge'>{`${trialsContent.statusAsOf}：${trial.statusLabel}`}</Text>
                  {today && <Text className='status-badge status-badge--since'>{fill(words.statusChecked, { status: statusText(today.status), date: today.checkedAt })}</Text>}
                </View>
                <LinkCue>{ui.trials.details}</LinkCue>
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

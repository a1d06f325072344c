import { Text, View } from '@tarojs/components'
import { findSection, findTrial, meta, neighbouringTrials, trialsContent, type Trial } from '@/content'
import { additionsCheckedAt, harms, trialToday, updateForTrial, type TrialToday } from '@/content/additions'
import { enrollmentText, placeText, yearsText } from '@/content/trialFacts'
import { glossary } from '@/content/glossary'
import { trialPages } from '@/content/trialPages'
import { fill, ui } from '@/content/ui'
import { AfterFirstScreen } from '@/components/AfterFirstScreen'
import { BrochureText } from '@/components/Correction'
import { DecisionAidLink } from '@/components/DecisionAidLink'
import { PageShell } from '@/components/PageShell'
import { RouteLink } from '@/components/RouteLink'
import { DateNote, Heading, PageTitle, Section } from '@/components/Section'
import { SinceBrochure } from '@/components/SinceBrochure'
import { knowTerms } from '@/components/TermText'
import { usePageParams } from '@/platform/pageParams'
import type { PageShare } from '@/platform/share'
import { TrialNow } from './TrialNow'
import './index.scss'

// Every term on this page opens its definition: the whole glossary travels with this subpackage, not the main package.
knowTerms(glossary)

const { trial: words } = trialPages
const risks = findSection('risks')

function shareFor(trial: Trial | undefined): PageShare {
  return trial
    ? { title: fill(words.shareTitle, { acronym: trial.acronym, name: trial.nameZh, treatment: meta.treatmentName }), destination: { route: 'trial', query: { id: trial.id } }, image: 'trial' }
    : { title: fill(words.notFoundShareTitle, { treatment: meta.treatmentName }), destination: { route: 'trials', query: {} }, image: 'trial' }
}

/**
 * The structured record, one row per field the brochure states (empty fields are left out, not guessed): the one
 * place where the page restates the brochure, so it must never restate one of its errors.
 */
function facts(trial: Trial, today: TrialToday | undefined): [string, string][] {
  const { facts: label, factValues: value } = words
  const rows: [string, string | undefined][] = [
    [label.nameEn, trial.nameEn],
    [label.place, placeText(trial)],
    [label.design, trial.design],
    [label.comparator, trial.comparator],
    [label.population, trial.population],
    [label.diseaseDuration, trial.diseaseDurationMaxYears ? fill(value.diseaseDuration, { years: trial.diseaseDurationMaxYears }) : undefined],
    [label.enrollment, enrollmentText(trial, today?.status)],
    [label.treatment, trial.treatmentMonths ? fill(value.treatment, { months: trial.treatmentMonths }) : undefined],
    [label.followUp, trial.followUpMonths ? fill(value.followUp, { months: trial.followUpMonths }) : undefined],
    [label.years, `${yearsText(trial)}：${trial.yearsLabel}`],
    [label.dataCollection, trial.dataCollectionYear ? fill(value.dataCollection, { year: trial.dataCollectionYear }) : undefined],
    [fill(label.status, { asOf: trialsContent.statusAsOf }), trial.statusLabel],
    [label.results, trial.results?.label],
    [label.treatmentDeaths, treatmentDeathsText(trial)]
  ]
  return rows.filter((row): row is [string, string] => Boolean(row[1]))
}

/** The brochure's treatment deaths, with the group and the time they count (the brochure names no time for ASTIS). */
function treatmentDeathsText(trial: Trial): string | undefined {
  const { factValues: value } = words
  const within = trial.followUpMonths ? fill(value.within, { months: trial.followUpMonths }) : value.withinUnknown
  if (trial.treatmentRelatedMortalityPercent !== undefined) return fill(value.deathsPercent, { percent: trial.treatmentRelatedMortalityPercent, within })
  return trial.treatmentRelatedDeaths !== undefined ? fill(value.deathsCount, { count: trial.treatmentRelatedDeaths, within }) : undefined
}

export default function TrialPage() {
  const params = usePageParams<'trial'>()
  const trial = findTrial(params.id)
  return (
    <PageShell share={shareFor(trial)} additionsCheckedAt={trial ? additionsCheckedAt() : undefined}>
      {trial ? <TrialRecord trial={trial} /> : <TrialNotFound id={params.id} />}
    </PageShell>
  )
}

/** Today first (what became of the trial: the first screen), then the brochure's record and text, dated, then the rest. */
function TrialRecord({ trial }: { trial: Trial }) {
  const today = trialToday(trial.id)
  const more = updateForTrial(trial.id)
  const { heading: harmsHeading } = harms()
  const { previous, next } = neighbouringTrials(trial.id)
  return (
    <>
      <View className='stack stack--tight'>
        <PageTitle>{trial.acronym}</PageTitle>
        <Text className='trial-header__name'>{trial.nameZh}</Text>
      </View>

      {today && <TrialNow today={today} more={more} subject={trial.acronym} />}

      <AfterFirstScreen>
        <DateNote>{fill(words.brochureNote, { asOf: trialsContent.statusAsOf })}</DateNote>
        <View className='card fact-list'>
          {facts(trial, today).map(([label, value]) => (
            <View key={label} className='fact'>
              <Text className='muted fact__label'>{label}</Text>
              <Text>{value}</Text>
            </View>
          ))}
        </View>

        <Section heading={fill(words.brochureText, { asOf: trialsContent.statusAsOf })}>
          <BrochureText sentences={trial.brochureText} />
        </Section>

        {more && more.entries.length > 0 && (
          <SinceBrochure
            heading={fill(words.more, { heading: more.heading })}
            label={more.label}
            checkedAt={more.checkedAt}
            entries={more.entries}
            subject={trial.acronym}
          />
        )}

        {risks && (
          <Section heading={words.risks}>
            <BrochureText sentences={risks.paragraphs} />
            <RouteLink to={{ route: 'hsct', query: { section: 'risks' } }}>
              {fill(ui.trial.toHarms, { heading: harmsHeading })}
            </RouteLink>
          </Section>
        )}

        <View className='panel doctor-note'>
          <Text>{words.doctorNote}</Text>
        </View>
        <DecisionAidLink />

        <View className='stack'>
          {previous && <RouteLink to={{ route: 'trial', query: { id: previous.id } }}>{fill(ui.trial.previous, { acronym: previous.acronym })}</RouteLink>}
          {next && <RouteLink to={{ route: 'trial', query: { id: next.id } }}>{fill(ui.trial.next, { acronym: next.acronym })}</RouteLink>}
          <RouteLink to={{ route: 'trials', query: {} }}>{ui.trial.toList}</RouteLink>
          <RouteLink to={{ route: 'home', query: {} }}>{ui.common.toHome}</RouteLink>
        </View>
        <Text className='muted'>{fill(ui.shell.source, { source: meta.source })}</Text>
      </AfterFirstScreen>
    </>
  )
}

function TrialNotFound({ id }: { id?: string }) {
  return (
    <View className='stack'>
      <Heading level={1} className='not-found__title'>{words.notFound}</Heading>
      <Text>{id ? fill(words.unknownId, { id }) : words.missingId}</Text>
      <RouteLink to={{ route: 'trials', query: {} }}>{ui.trial.toTrials}</RouteLink>
      <RouteLink to={{ route: 'home', query: {} }}>{ui.common.toHome}</RouteLink>
    </View>
  )
}

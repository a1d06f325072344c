import { Text, View } from '@tarojs/components'
import { findSection, findTrial, meta, neighbouringTrials, trialsContent, type Trial } from '@/content'
import { additionsCheckedAt, harms, trialToday, updateForTrial, type TrialToday } from '@/content/additions'
import { enrollmentText, placeText, yearsText } from '@/content/trialFacts'
import { glossary } from '@/content/glossary'
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

const risks = findSection('risks')

function shareFor(trial: Trial | undefined): PageShare {
  return trial
    ? { title: `${trial.acronym}：${trial.nameZh}（${meta.treatmentName}治疗硬皮病）`, destination: { route: 'trial', query: { id: trial.id } }, image: 'trial' }
    : { title: `${meta.treatmentName}治疗硬皮病的四项临床试验`, destination: { route: 'trials', query: {} }, image: 'trial' }
}

/**
 * The structured record, one row per field the brochure states (empty fields are left out, not guessed): the one
 * place where the page restates the brochure, so it must never restate one of its errors.
 */
function facts(trial: Trial, today: TrialToday | undefined): [string, string][] {
  const rows: [string, string | undefined][] = [
    ['英文名称（本小程序补充，手册未写）', trial.nameEn],
    ['地区与机构', placeText(trial)],
    ['研究设计', trial.design],
    ['对照', trial.comparator],
    ['入组患者', trial.population],
    ['发病时间', trial.diseaseDurationMaxYears ? `${trial.diseaseDurationMaxYears}年或更短` : undefined],
    ['人数', enrollmentText(trial, today?.status)],
    ['治疗时间', trial.treatmentMonths ? `环磷酰胺治疗${trial.treatmentMonths}个月` : undefined],
    ['随访', trial.followUpMonths ? `${trial.followUpMonths}个月` : undefined],
    ['年份', `${yearsText(trial)}：${trial.yearsLabel}`],
    ['数据收集', trial.dataCollectionYear ? `${trial.dataCollectionYear}年` : undefined],
    [`状态（${trialsContent.statusAsOf}）`, trial.statusLabel],
    ['结果', trial.results?.label],
    ['治疗相关死亡', treatmentDeathsText(trial)]
  ]
  return rows.filter((row): row is [string, string] => Boolean(row[1]))
}

/** The brochure's treatment deaths, with the group and the time they count (the brochure names no time for ASTIS). */
function treatmentDeathsText(trial: Trial): string | undefined {
  const within = trial.followUpMonths ? `随访${trial.followUpMonths}个月内` : '手册未写明统计的时间'
  if (trial.treatmentRelatedMortalityPercent !== undefined) return `HSCT组约${trial.treatmentRelatedMortalityPercent}%（${within}）`
  return trial.treatmentRelatedDeaths !== undefined ? `HSCT组${trial.treatmentRelatedDeaths}例（${within}）` : undefined
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
        <DateNote>下面的试验状态和结果为手册所述，{trialsContent.statusAsOf}。</DateNote>
        <View className='card fact-list'>
          {facts(trial, today).map(([label, value]) => (
            <View key={label} className='fact'>
              <Text className='muted fact__label'>{label}</Text>
              <Text>{value}</Text>
            </View>
          ))}
        </View>

        <Section heading={`手册原文（${trialsContent.statusAsOf}）`}>
          <BrochureText sentences={trial.brochureText} />
        </Section>

        {more && more.entries.length > 0 && (
          <SinceBrochure
            heading={`${more.heading}：更多`}
            label={more.label}
            checkedAt={more.checkedAt}
            entries={more.entries}
            subject={trial.acronym}
          />
        )}

        {risks && (
          <Section heading='手册关于移植风险的说明'>
            <BrochureText sentences={risks.paragraphs} />
            <RouteLink to={{ route: 'hsct', query: { section: 'risks' } }}>
              {`${harmsHeading}：每项随机试验的移植相关死亡、复发、生育（本小程序整理）›`}
            </RouteLink>
          </Section>
        )}

        <View className='panel doctor-note'>
          <Text>是否参加临床试验，需要和您的医生一起商量决定。</Text>
        </View>
        <DecisionAidLink />

        <View className='stack'>
          {previous && <RouteLink to={{ route: 'trial', query: { id: previous.id } }}>{`‹ 上一项：${previous.acronym}`}</RouteLink>}
          {next && <RouteLink to={{ route: 'trial', query: { id: next.id } }}>{`下一项：${next.acronym} ›`}</RouteLink>}
          <RouteLink to={{ route: 'trials', query: {} }}>返回试验列表</RouteLink>
          <RouteLink to={{ route: 'home', query: {} }}>回到首页</RouteLink>
        </View>
        <Text className='muted'>{`来源：${meta.source}`}</Text>
      </AfterFirstScreen>
    </>
  )
}

function TrialNotFound({ id }: { id?: string }) {
  return (
    <View className='stack'>
      <Heading level={1} className='not-found__title'>没有找到这项试验</Heading>
      <Text>{`${id ? `链接里的试验编号“${id}”不在手册所列的四项试验中。` : '链接里缺少试验编号。'}请从试验列表中选择。`}</Text>
      <RouteLink to={{ route: 'trials', query: {} }}>查看四项临床试验</RouteLink>
      <RouteLink to={{ route: 'home', query: {} }}>回到首页</RouteLink>
    </View>
  )
}

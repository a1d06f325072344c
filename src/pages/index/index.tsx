import { Text, View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { useState } from 'react'
import { explainer, meta, organization, trials } from '@/content'
import { ExperimentalNote } from '@/components/ExperimentalNote'
import { PageShell } from '@/components/PageShell'
import { LinkCue, RouteLink } from '@/components/RouteLink'
import { DateNote, Heading } from '@/components/Section'
import { replaceWith } from '@/platform/navigation'
import { usePageParams } from '@/platform/pageParams'
import type { PageShare } from '@/platform/share'
import { parseEntryQuery } from '@/routes'
import { TextSizePicker } from './TextSizePicker'
import './index.scss'

const share: PageShare = { title: `${meta.appTitle}：写给硬皮病患者和家属`, destination: { route: 'home', query: {} }, image: 'home' }
const known = { trialIds: trials.map((trial) => trial.id), sectionIds: explainer.sections.map((section) => section.id) }

const ENTRIES = [
  { to: { route: 'hsct', query: {} }, title: `什么是${meta.treatmentName}`, text: '治疗原理、为谁研究、风险与筛查' },
  { to: { route: 'trials', query: {} }, title: '手册所列的四项临床试验', text: `${trials.map((trial) => trial.acronym).join(' · ')}：结果和现在的状态` },
  { to: { route: 'decide', query: {} }, title: '要不要考虑移植：和医生商量之前', text: '两种选择的好处和风险、对您重要的事、要问医生的问题' },
  { to: { route: 'contact', query: {} }, title: `关于${organization.shortName}`, text: '机构介绍和联系方式' }
] as const

export default function HomePage() {
  const [entryNote, setEntryNote] = useState<string>()
  const params = usePageParams<'home'>()

  // A mini-program code (scene) or an ordinary QR link (q) may point at another page.
  useLoad(() => {
    const entry = parseEntryQuery(params, known)
    if (entry?.ok) replaceWith(entry.destination)
    else if (entry) setEntryNote('这个二维码里的页面地址无法识别，已为您打开首页。您可以从下面的入口找到需要的内容。')
  })

  return (
    <PageShell share={share} isHome>
      <View className='stack home-hero'>
        <Text className='home-hero__org'>{`${meta.brochure.organizationName} · ${meta.brochure.organizationNameEn}`}</Text>
        <Heading level={1} className='home-hero__title'>{meta.appTitle}</Heading>
        <Text className='home-hero__lead'>{explainer.lead}</Text>
        <Text className='home-hero__tagline'>{meta.brochure.tagline.join('，')}</Text>
      </View>
      {entryNote && <View className='entry-note'><Text>{entryNote}</Text></View>}
      <ExperimentalNote />
      <DateNote>{meta.contentDateNote}</DateNote>
      <View className='stack'>
        {ENTRIES.map((entry) => (
          <RouteLink key={entry.title} to={entry.to} className='card home-entry-card'>
            <View className='stack stack--tight'>
              <Text className='home-entry-card__title'>{entry.title}</Text>
              <Text className='home-entry-card__text'>{entry.text}</Text>
            </View>
            <LinkCue>›</LinkCue>
          </RouteLink>
        ))}
      </View>
      <TextSizePicker />
      <View className='stack stack--tight muted'>
        <Text>{`${meta.brochure.title}（${meta.brochure.titleEn}）· ${meta.brochure.publisher}`}</Text>
        <Text>{`${meta.translationNote.text}：${meta.translationNote.licensor}`}</Text>
      </View>
    </PageShell>
  )
}

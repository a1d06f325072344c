import { Text, View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'
import { useState } from 'react'
import { homeFacts, meta } from '@/content/frame'
import { fill, ui } from '@/content/ui'
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

const share: PageShare = { title: fill(meta.home.shareTitle, { appTitle: meta.appTitle }), destination: { route: 'home', query: {} }, image: 'home' }
const known = { trialIds: homeFacts.trialIds, sectionIds: homeFacts.sectionIds }

const ENTRIES = [
  { to: { route: 'hsct', query: {} }, title: fill(meta.home.explainer, { treatment: meta.treatmentName }), text: meta.home.explainerText },
  { to: { route: 'trials', query: {} }, title: meta.home.trials, text: fill(meta.home.trialsText, { acronyms: homeFacts.trialAcronyms.join(' · ') }) },
  { to: { route: 'decide', query: {} }, title: meta.decisionAidTitle, text: meta.home.decideText },
  { to: { route: 'contact', query: {} }, title: fill(meta.home.contact, { organization: homeFacts.organizationShortName }), text: meta.home.contactText }
] as const

export default function HomePage() {
  const [entryNote, setEntryNote] = useState<string>()
  const params = usePageParams<'home'>()

  // A mini-program code (scene) or an ordinary QR link (q) may point at another page.
  useLoad(() => {
    const entry = parseEntryQuery(params, known)
    if (entry?.ok) replaceWith(entry.destination)
    else if (entry) setEntryNote(ui.home.unknownCode)
  })

  return (
    <PageShell share={share} isHome>
      <View className='stack home-hero'>
        <Text className='home-hero__org'>{`${meta.brochure.organizationName} · ${meta.brochure.organizationNameEn}`}</Text>
        <Heading level={1} className='home-hero__title'>{meta.appTitle}</Heading>
        <Text className='home-hero__lead'>{homeFacts.lead}</Text>
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

import { OfficialAccount, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { meta, organization, type Contact } from '@/content'
import { glossary } from '@/content/glossary'
import { fill, ui } from '@/content/ui'
import { AfterFirstScreen } from '@/components/AfterFirstScreen'
import { CopyFallback } from '@/components/CopyFallback'
import { PageShell, useArrival } from '@/components/PageShell'
import { Heading, Section } from '@/components/Section'
import { Tappable } from '@/components/Tappable'
import { HIDDEN } from '@/platform/accessibility'
import { TermParagraphs, knowTerms } from '@/components/TermText'
import { callPhone, copyText, openArticle, openOfficialAccount } from '@/platform/actions'
import { windowWidth } from '@/platform/window'
import { scrollToElement } from '@/platform/navigation'
import { usePageParams } from '@/platform/pageParams'
import type { PageShare } from '@/platform/share'
import { publishedArticles, settings } from '@/settings'
import { followCardFits } from './followCard'
import './index.scss'

// Every term on this page opens its definition: the whole glossary travels with this subpackage, not the main package.
knowTerms(glossary)

const FOLLOW_ANCHOR = 'follow'
const share: PageShare = {
  title: `${organization.shortName}：${organization.slogan}`,
  destination: { route: 'contact', query: {} },
  image: 'contact'
}

/** The icon each contact shows, drawn in index.scss. */
const ICONS: Record<string, string> = { phone: 'phone', email: 'email', website: 'web', weibo: 'weibo', 'official-account': 'wechat', 'qq-group': 'qq' }
const ACTION_TEXT: Record<Contact['action'], string> = { call: ui.contact.call, copy: ui.contact.copy, follow: ui.contact.follow }
const words = organization.page

type Feedback = { value: string; message: string; fallback: boolean }

export default function ContactPage() {
  const params = usePageParams<'contact'>()
  // Per contact row (and the follow block): what to show after its action, if anything.
  const [feedback, setFeedback] = useState<Record<string, Feedback | undefined>>({})
  const show = (id: string, entry?: Feedback) => setFeedback((current) => ({ ...current, [id]: entry }))

  // ?section=follow opens the page at the follow block, once it has rendered.
  const scrollToLinkedSection = () => {
    if (params.section === FOLLOW_ANCHOR) scrollToElement(FOLLOW_ANCHOR)
  }

  const follow = async () => {
    const outcome = await openOfficialAccount()
    const name = settings.officialAccount.name
    if (outcome.kind === 'copied') show(FOLLOW_ANCHOR, { value: name, fallback: false, message: fill(ui.contact.copiedAccount, { name }) })
    else if (outcome.kind === 'manual') show(FOLLOW_ANCHOR, { value: name, fallback: true, message: fill(ui.contact.searchAccount, { message: outcome.message, name }) })
    else show(FOLLOW_ANCHOR, undefined)
  }

  const act = async (contact: Contact) => {
    if (contact.action === 'follow') return follow()
    if (contact.action === 'call') {
      const outcome = await callPhone(contact.value)
      return show(contact.id, outcome === 'failed' ? { value: contact.value, fallback: true, message: ui.contact.callFailed } : undefined)
    }
    const copied = await copyText(contact.value)
    show(contact.id, copied.ok ? undefined : { value: contact.value, fallback: true, message: copied.message })
  }

  return (
    <PageShell share={share} onFollow={() => scrollToElement(FOLLOW_ANCHOR)}>
      <Section heading={fill(words.about, { organization: organization.shortName })}>
        <Text className='org-name'>{organization.name}</Text>
        <Text className='muted'>{fill(words.formerName, { nameEn: organization.nameEn, formerName: organization.formerName })}</Text>
        <TermParagraphs texts={organization.introduction} />
        <View className='stack panel'>
          <OrgValue label={words.vision} text={organization.vision} />
          <OrgValue label={words.mission} text={organization.mission} />
          <OrgValue label={words.slogan} text={organization.slogan} />
        </View>
        <Text className='muted'>{`${meta.translationNote.text}：${meta.translationNote.licensor}`}</Text>
      </Section>

      <AfterFirstScreen onShown={scrollToLinkedSection}>
        <Section heading={words.contacts}>
          {organization.contacts.map((contact) => (
            <View key={contact.id}>
              <Tappable className='card contact-row' onTap={() => act(contact)}>
                <View className={`contact-row__icon contact-row__icon--${ICONS[contact.id] ?? 'other'}`} {...HIDDEN} />
                <View className='contact-row__text'>
                  <Text className='muted'>{contact.label}</Text>
                  <Text className='contact-row__value'>{contact.value}</Text>
                  {contact.note && <Text className='contact-row__note'>{contact.note}</Text>}
                </View>
                <Text className='pill contact-row__action'>{ACTION_TEXT[contact.action]}</Text>
              </Tappable>
              <ContactFallback feedback={feedback[contact.id]} />
            </View>
          ))}
        </Section>

        <FollowSection onFollow={follow} feedback={feedback[FOLLOW_ANCHOR]} />

        {publishedArticles(settings).map((article) => (
          <ArticleLink key={article.url} title={article.title} url={article.url} />
        ))}
      </AfterFirstScreen>
    </PageShell>
  )
}

function ContactFallback({ feedback }: { feedback?: Feedback }) {
  return feedback?.fallback ? <CopyFallback message={feedback.message} value={feedback.value} /> : null
}

function OrgValue({ label, text }: { label: string; text: string }) {
  return (
    <View className='stack stack--tight'>
      <Text className='org-value__label'>{label}</Text>
      <Text className='org-value__text'>{text}</Text>
    </View>
  )
}

/** WeChat's follow card where the launch scene allows it and the phone is wide enough; otherwise (or if it fails) our own follow button. */
function FollowSection({ onFollow, feedback }: { onFollow: () => void; feedback?: Feedback }) {
  const { followCardAllowed, singlePage } = useArrival()
  const [cardFailed, setCardFailed] = useState(false)
  const [cardFits] = useState(() => followCardFits(windowWidth()))
  const showCard = followCardAllowed && cardFits && !cardFailed
  return (
    <View id={FOLLOW_ANCHOR} className='stack follow'>
      <Heading level={2} className='follow__heading'>{fill(words.follow, { name: settings.officialAccount.name })}</Heading>
      {singlePage ? (
        <Text>{fill(words.followInMoments, { name: settings.officialAccount.name })}</Text>
      ) : showCard ? (
        <OfficialAccount className='follow__card' onError={() => setCardFailed(true)} />
      ) : (
        <Tappable className='solid-button follow-button' onTap={onFollow}>
          {ui.contact.followButton}
        </Tappable>
      )}
      {feedback && (feedback.fallback ? <CopyFallback message={feedback.message} value={feedback.value} /> : <Text>{feedback.message}</Text>)}
    </View>
  )
}

function ArticleLink({ title, url }: { title: string; url: string }) {
  const { singlePage } = useArrival()
  const [failed, setFailed] = useState<string>()
  if (singlePage) return null
  const open = async () => {
    const outcome = await openArticle(url)
    setFailed(outcome.ok ? undefined : outcome.message)
  }
  return (
    <View>
      <Tappable className='pill' onTap={open}>{title}</Tappable>
      {failed && <CopyFallback message={failed} value={url} />}
    </View>
  )
}

import { Button, Text, View } from '@tarojs/components'
import { meta, organization } from '@/content'
import { about } from '@/content/about'
import { additionsCheckedAt, harms, statusesCheckedAt } from '@/content/additions'
import { correctionsCheckedAt } from '@/content/corrections'
import { latestDate } from '@/content/dates'
import { glossary } from '@/content/glossary'
import { fill, ui } from '@/content/ui'
import { AfterFirstScreen } from '@/components/AfterFirstScreen'
import { CopyButton } from '@/components/CopyButton'
import { PageShell, useArrival } from '@/components/PageShell'
import { RouteLink } from '@/components/RouteLink'
import { PageTitle, Paragraph, Section } from '@/components/Section'
import { TermChips, TermText, knowTerms, markedTerms } from '@/components/TermText'
import type { PageShare } from '@/platform/share'
import { fundingText, medicalReviewText, settings } from '@/settings'
import './index.scss'

// Every term on this page opens its definition: the whole glossary travels with this subpackage, not the main package.
knowTerms(glossary)

const share: PageShare = { title: fill(about.page.shareTitle, { title: about.title }), destination: { route: 'about', query: {} }, image: 'home' }
const email = organization.contacts.find((contact) => contact.id === 'email')?.value ?? ''

/** The dates that belong under "attribution": when each kind of text speaks for or was last checked. */
function datesOfEachKind(): string[] {
  return [
    fill(about.page.brochureDate, { title: meta.brochure.title, date: meta.contentDate }),
    fill(about.page.correctionsDate, { date: correctionsCheckedAt() }),
    fill(about.page.additionsDate, { date: latestDate([statusesCheckedAt(), harms().checkedAt]) }),
    fill(about.page.glossaryDate, { date: glossary.reviewedAt })
  ]
}

/** The organization's own statement of its funding; while it is missing, say so instead of guessing. */
const funding = fundingText(settings) ?? meta.fundingPending
const medicalReview = medicalReviewText(settings) ?? meta.medicalReviewPending

// Terms are marked once on the whole page, with one set of chips at its end: the page is short on jargon.
const paragraphs = about.principles.flatMap((principle) => principle.paragraphs)
const marked = markedTerms(paragraphs)
const segmentsOf = (paragraph: string) => marked.segments[paragraphs.indexOf(paragraph)]

export default function AboutPage() {
  return (
    <PageShell share={share} isAbout additionsCheckedAt={additionsCheckedAt()}>
      <View className='stack'>
        <PageTitle>{about.title}</PageTitle>
        <Text>{about.intro}</Text>
      </View>
      <AfterFirstScreen>
        {about.principles.map((principle) => (
          <Section key={principle.id} heading={principle.heading}>
            <View className={`stack about-principle about-principle--${principle.id}`}>
              {principle.paragraphs.map((paragraph) => <Paragraph key={paragraph}><TermText segments={segmentsOf(paragraph)} /></Paragraph>)}
              {principle.id === 'authority' && <Text className='about-review'>{fill(about.page.medicalReview, { review: medicalReview })}</Text>}
              {principle.id === 'attribution' && datesOfEachKind().map((line) => <Text key={line} className='muted'>{line}</Text>)}
              {principle.id === 'financial-disclosure' && <Text className='about-funding'>{funding}</Text>}
              {principle.id === 'transparency' && <ReportError />}
            </View>
          </Section>
        ))}
        <TermChips termIds={marked.termIds} />
        <RouteLink to={{ route: 'contact', query: {} }}>{fill(ui.about.toContacts, { organization: organization.shortName })}</RouteLink>
        <RouteLink to={{ route: 'home', query: {} }}>{ui.common.toHome}</RouteLink>
      </AfterFirstScreen>
    </PageShell>
  )
}

/** WeChat's own feedback page (not available in Moments' single-page mode) and the organization's email. */
function ReportError() {
  const { singlePage } = useArrival()
  return (
    <View className='stack'>
      {!singlePage && <Button className='solid-button feedback-button' openType='feedback'>{ui.about.feedback}</Button>}
      {email && <CopyButton className='pill email-button' value={email} label={fill(ui.about.copyEmailSpoken, { email })}>{fill(ui.about.copyEmail, { email })}</CopyButton>}
    </View>
  )
}

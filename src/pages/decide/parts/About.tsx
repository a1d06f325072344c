import { Text, View } from '@tarojs/components'
import { meta } from '@/content'
import { decisionAidSources } from '@/content/decide'
import { fill, ui } from '@/content/ui'
import { RouteLink } from '@/components/RouteLink'
import { Heading } from '@/components/Section'
import { Sources } from '@/components/Sources'
import { DECIDE_CORE } from '@/routes'
import { fundingText, medicalReviewText, settings } from '@/settings'
import type { PartProps } from './parts'

/** Reading speeds of 150 to 200 characters a minute give the reading time's range. */
const CHARACTERS_PER_MINUTE = { slow: 150, fast: 200 }
const oneDecimal = (value: number) => value.toFixed(1)

/**
 * IPDAS's certifying items, on the page itself: dates, update policy, how the evidence was chosen, how readable the
 * core path is (figures content:check holds equal to what it computes), every source, funding, medical review. What
 * it claims of IPDAS follows the settings: "reviewed" only once a clinician's review and the funding are filled in.
 */
export function About({ aid }: PartProps) {
  const { about } = aid
  const review = medicalReviewText(settings)
  const funding = fundingText(settings)
  const figures = about.readability.stated
  return (
    <>
      <Text className='about-aid__ipdas'>{review && funding ? about.ipdas.reviewed : about.ipdas.notReviewed}</Text>
      {about.paragraphs.map((paragraph) => <Text key={paragraph}>{paragraph}</Text>)}
      <View className='stack stack--tight about-aid__evidence'>
        <Heading level={3} className='decide-subheading'>{about.evidence.heading}</Heading>
        {about.evidence.paragraphs.map((paragraph) => <Text key={paragraph}>{paragraph}</Text>)}
      </View>
      <Text className='about-aid__readability'>
        {fill(about.readability.template, {
          steps: DECIDE_CORE.length,
          characters: figures.characters,
          sentences: figures.sentences,
          mean: oneDecimal(figures.meanSentenceLength),
          long: `${oneDecimal(figures.longSentencePercent)}%`,
          uncommon: `${oneDecimal(figures.uncommonCharacterPercent)}%`,
          before: figures.beforeValues,
          fastest: Math.ceil(figures.characters / CHARACTERS_PER_MINUTE.fast),
          slowest: Math.ceil(figures.characters / CHARACTERS_PER_MINUTE.slow)
        })}
      </Text>
      <Text className='about-aid__dates'>{fill(about.dates, { writtenAt: aid.writtenAt, checkedAt: aid.checkedAt })}</Text>
      <Text className='about-aid__review'>{fill(about.review, { review: review ?? meta.medicalReviewPending })}</Text>
      <Text className='about-aid__funding'>{fill(about.funding, { funding: funding ?? meta.fundingPending })}</Text>
      <Text className='muted'>{about.sourcesHeading}</Text>
      <Sources sources={decisionAidSources()} />
      <RouteLink to={{ route: 'about', query: {} }}>{ui.decide.aboutApp}</RouteLink>
    </>
  )
}

import { Text } from '@tarojs/components'
import { meta } from '@/content'
import { decisionAidSources } from '@/content/decide'
import { RouteLink } from '@/components/RouteLink'
import { Sources } from '@/components/Sources'
import { fundingText, medicalReviewText, settings } from '@/settings'
import type { PartProps } from './parts'

/**
 * IPDAS's certifying items, on the page itself: dates, update policy, every source, funding, medical review. What it
 * claims of IPDAS follows the settings: "reviewed" only once a clinician's review and the funding are filled in.
 */
export function About({ aid }: PartProps) {
  const review = medicalReviewText(settings)
  const funding = fundingText(settings)
  return (
    <>
      <Text className='about-aid__ipdas'>{review && funding ? aid.about.ipdas.reviewed : aid.about.ipdas.notReviewed}</Text>
      {aid.about.paragraphs.map((paragraph) => <Text key={paragraph}>{paragraph}</Text>)}
      <Text className='about-aid__dates'>{`编写于${aid.writtenAt}，最近一次对照来源核对于${aid.checkedAt}。`}</Text>
      <Text className='about-aid__review'>{`医学审阅：${review ?? meta.medicalReviewPending}`}</Text>
      <Text className='about-aid__funding'>{`资金来源：${funding ?? meta.fundingPending}`}</Text>
      <Text className='muted'>本页用到的全部来源：</Text>
      <Sources sources={decisionAidSources()} />
      <RouteLink to={{ route: 'about', query: {} }}>关于本小程序：作者、隐私、纠错 ›</RouteLink>
    </>
  )
}

import { Text, View } from '@tarojs/components'
import { useReady } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { explainer, findSection, glossary, guidelinesUpdate, meta, trials, trialsContent, type ExplainerSection } from '@/content'
import { segmentByTerms } from '@/content/terms'
import { PageShell } from '@/components/PageShell'
import { RouteLink } from '@/components/RouteLink'
import { DateNote, Heading, PageTitle, Paragraph, Section } from '@/components/Section'
import { SinceBrochure } from '@/components/SinceBrochure'
import { Tappable } from '@/components/Tappable'
import { TermSheet, TermText } from '@/components/TermText'
import { scrollToElement } from '@/platform/navigation'
import { usePageParams } from '@/platform/pageParams'
import type { PageShare } from '@/platform/share'
import './index.scss'

const GLOSSARY_ID = 'glossary'
const anchorId = (sectionId: string) => `section-${sectionId}`

function shareFor(section: ExplainerSection | undefined): PageShare {
  return section
    ? { title: `${section.heading} · ${explainer.title}（硬皮病）`, destination: { route: 'hsct', query: { section: section.id } }, image: 'hsct' }
    : { title: `${explainer.title}：硬皮病患者需要知道的事`, destination: { route: 'hsct', query: {} }, image: 'hsct' }
}

/** Each section's sentences split into text and tappable terms, each term marked once per section. */
function useSegmentedSections() {
  return useMemo(() => explainer.sections.map((section) => {
    const marked = new Set<string>()
    return { section, paragraphs: section.paragraphs.map((text) => segmentByTerms(text, glossary.terms, marked)), termIds: [...marked] }
  }), [])
}

export default function HsctPage() {
  const params = usePageParams<'hsct'>()
  const [current, setCurrent] = useState(() => findSection(params.section))
  const [openTerm, setOpenTerm] = useState<string>()
  const sections = useSegmentedSections()
  const guidelines = guidelinesUpdate()

  // A deep link (?section=risks) opens the page at that section; an unknown one leaves it at the top.
  useReady(() => {
    if (current) scrollToElement(anchorId(current.id))
  })

  const jumpTo = (section?: ExplainerSection) => {
    setCurrent(section)
    scrollToElement(anchorId(section ? section.id : GLOSSARY_ID))
  }

  return (
    <PageShell share={shareFor(current)}>
      <View className='stack'>
        <PageTitle>{explainer.title}</PageTitle>
        <Text className='explainer-header__lead'>{explainer.lead}</Text>
        <DateNote>{meta.contentDateNote}</DateNote>
      </View>

      <View className='stack panel'>
        <Heading level={2} className='toc__heading'>本页目录</Heading>
        {explainer.sections.map((section) => (
          <Tappable key={section.id} className='toc-entry' onTap={() => jumpTo(section)}>
            <Text>{section.heading}</Text>
          </Tappable>
        ))}
        <Tappable className='toc-entry' onTap={() => jumpTo(undefined)}>
          <Text>术语表</Text>
        </Tappable>
      </View>

      {sections.map(({ section, paragraphs, termIds }) => (
        <Section key={section.id} id={anchorId(section.id)} heading={section.heading}>
          {paragraphs.map((segments, index) => (
            <Paragraph key={index}><TermText segments={segments} onTerm={setOpenTerm} /></Paragraph>
          ))}
          {section.listsTrials && <TrialSummary />}
          {termIds.length > 0 && (
            <View className='stack'>
              <Text className='muted'>本节术语（点按查看解释）</Text>
              <View className='section-terms__list'>
                {termIds.map((id) => (
                  <Tappable key={id} className='pill term-chip' onTap={() => setOpenTerm(id)}>
                    <Text>{glossary.terms.find((term) => term.id === id)?.term}</Text>
                  </Tappable>
                ))}
              </View>
            </View>
          )}
        </Section>
      ))}

      {guidelines && (
        <SinceBrochure {...guidelines} />
      )}

      <Section id={anchorId(GLOSSARY_ID)} heading='术语表'>
        <Text className='muted'>{glossary.note}审阅日期：{glossary.reviewedAt}。</Text>
        {glossary.terms.map((term) => (
          <View key={term.id} className='glossary-entry'>
            <Text className='glossary-entry__term'>{term.term}</Text>
            <Text>{term.definition}</Text>
          </View>
        ))}
      </Section>

      <TermSheet termId={openTerm} onClose={() => setOpenTerm(undefined)} />
    </PageShell>
  )
}

/** The trials in one line each, linking to the list and to every trial. */
function TrialSummary() {
  return (
    <View className='stack'>
      {trials.map((trial) => (
        <RouteLink key={trial.id} to={{ route: 'trial', query: { id: trial.id } }} className='card trial-summary-row'>
          <Text className='trial-summary-row__title'>{trial.acronym} · {trial.nameZh}</Text>
          <Text className='muted'>{trial.yearsLabel}（状态{trialsContent.statusAsOf}：{trial.statusLabel}）</Text>
        </RouteLink>
      ))}
      <RouteLink to={{ route: 'trials', query: {} }}>比较四项试验和时间线 ›</RouteLink>
    </View>
  )
}

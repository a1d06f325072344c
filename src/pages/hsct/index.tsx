import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { explainer, findSection, meta, trials, trialsContent, type ExplainerSection } from '@/content'
import { additionsCheckedAt, guidelinesUpdate, harms, trialToday } from '@/content/additions'
import { statusText } from '@/content/status'
import { glossary } from '@/content/glossary'
import { trialPages } from '@/content/trialPages'
import { fill, ui } from '@/content/ui'
import { AfterFirstScreen } from '@/components/AfterFirstScreen'
import { BrochureText } from '@/components/Correction'
import { DecisionAidLink } from '@/components/DecisionAidLink'
import { ExperimentalNote } from '@/components/ExperimentalNote'
import { PageShell } from '@/components/PageShell'
import { RouteLink } from '@/components/RouteLink'
import { DateNote, PageTitle, Section } from '@/components/Section'
import { SinceBrochure } from '@/components/SinceBrochure'
import { TableOfContents } from '@/components/TableOfContents'
import { Tappable } from '@/components/Tappable'
import { knowTerms } from '@/components/TermText'
import { scrollToElement } from '@/platform/navigation'
import { usePageParams } from '@/platform/pageParams'
import type { PageShare } from '@/platform/share'
import './index.scss'

// Every term on this page opens its definition: the whole glossary travels with this subpackage, not the main package.
knowTerms(glossary)

const GLOSSARY_ID = 'glossary'
const anchorId = (sectionId: string) => `section-${sectionId}`

function shareFor(section: ExplainerSection | undefined): PageShare {
  return section
    ? { title: fill(explainer.page.sectionShareTitle, { heading: section.heading, treatment: meta.treatmentName }), destination: { route: 'hsct', query: { section: section.id } }, image: 'hsct' }
    : { title: fill(explainer.page.shareTitle, { treatment: meta.treatmentName }), destination: { route: 'hsct', query: {} }, image: 'hsct' }
}

const HARMS_ID = 'harms'

export default function HsctPage() {
  const params = usePageParams<'hsct'>()
  const [current, setCurrent] = useState(() => findSection(params.section))
  // Folded by default: every term already opens its own explanation where it appears, and the whole list would
  // make the page very long at the larger text sizes.
  const [glossaryOpen, setGlossaryOpen] = useState(false)
  const guidelines = guidelinesUpdate()
  const harmsBlock = harms()

  // A deep link (?section=risks) opens the page at that section, once it has rendered; an unknown one leaves it at the top.
  const scrollToLinkedSection = () => {
    if (current) scrollToElement(anchorId(current.id))
  }

  const jumpTo = (section?: ExplainerSection) => {
    setCurrent(section)
    if (!section) setGlossaryOpen(true)
    scrollToElement(anchorId(section ? section.id : GLOSSARY_ID))
  }

  return (
    <PageShell share={shareFor(current)} additionsCheckedAt={additionsCheckedAt()}>
      <View className='stack'>
        <PageTitle>{explainer.title}</PageTitle>
        <Text className='explainer-header__lead'>{explainer.lead}</Text>
        <DateNote>{meta.contentDateNote}</DateNote>
        <ExperimentalNote />
      </View>

      <TableOfContents
        entries={[...explainer.sections.map((section) => ({ id: section.id, label: section.heading })), { id: GLOSSARY_ID, label: ui.explainer.glossary }]}
        onJump={(id) => jumpTo(findSection(id))}
      />

      <AfterFirstScreen onShown={scrollToLinkedSection}>
        {explainer.sections.map((section) => (
          <View key={section.id} className='stack'>
            <Section id={anchorId(section.id)} heading={section.heading}>
              <BrochureText sentences={section.paragraphs} />
              {section.listsTrials && <TrialSummary />}
            </Section>
            {/* Where a patient weighs the risks: right after the brochure's own words on them. */}
            {section.id === 'risks' && <SinceBrochure id={HARMS_ID} {...harmsBlock} />}
            {section.id === 'risks' && <DecisionAidLink />}
          </View>
        ))}

        {guidelines && (
          <SinceBrochure {...guidelines} />
        )}

        <Section id={anchorId(GLOSSARY_ID)} heading={ui.explainer.glossary}>
          <Text className='muted'>{fill(explainer.page.glossaryNote, { note: glossary.note, date: glossary.reviewedAt })}</Text>
          {glossaryOpen && glossary.terms.map((term) => (
            <View key={term.id} className='glossary-entry'>
              <Text className='glossary-entry__term'>{term.term}</Text>
              <Text>{term.definition}</Text>
            </View>
          ))}
          <Tappable className='pill glossary-toggle' onTap={() => setGlossaryOpen(!glossaryOpen)}>
            {glossaryOpen ? ui.explainer.foldGlossary : fill(ui.explainer.unfoldGlossary, { count: glossary.terms.length })}
          </Tappable>
        </Section>
      </AfterFirstScreen>
    </PageShell>
  )
}

/** The trials in one line each, with the brochure's dated status and today's beside it, linking to every trial. */
function TrialSummary() {
  return (
    <View className='stack'>
      {trials.map((trial) => {
        const today = trialToday(trial.id)
        return (
          <RouteLink key={trial.id} to={{ route: 'trial', query: { id: trial.id } }} className='card trial-summary-row'>
            <Text className='trial-summary-row__title'>{`${trial.acronym} · ${trial.nameZh}`}</Text>
            <Text className='muted'>{fill(explainer.page.trialLine, { years: trial.yearsLabel, asOf: trialsContent.statusAsOf, status: trial.statusLabel })}</Text>
            {today && <Text className='trial-summary-row__now'>{fill(trialPages.list.statusChecked, { status: statusText(today.status), date: today.checkedAt })}</Text>}
          </RouteLink>
        )
      })}
      <RouteLink to={{ route: 'trials', query: {} }}>{ui.explainer.toTrials}</RouteLink>
    </View>
  )
}

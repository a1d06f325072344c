import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { decisionAid as aid } from '@/content/decide'
import { PageShell } from '@/components/PageShell'
import { PageTitle, Section } from '@/components/Section'
import { SourcedTexts } from '@/components/Sources'
import { TableOfContents } from '@/components/TableOfContents'
import { Tappable } from '@/components/Tappable'
import { scrollToElement } from '@/platform/navigation'
import { usePageParams } from '@/platform/pageParams'
import type { PageShare } from '@/platform/share'
import { DECIDE_SECTIONS, isDecideSection, type DecideSection } from '@/routes'
import { AboutAid } from './AboutAid'
import { DoctorsSection, OptionsSection, ProcessSection, TrialsSideBySide } from './Facts'
import { useDecisionNotes } from './notes'
import { OptionGrid } from './OptionGrid'
import { Pictures } from './Pictures'
import { Questions } from './Questions'
import { Recruiting } from './Recruiting'
import { Values } from './Values'
import './index.scss'

/** The part on show: where a change of part scrolls to. */
const STEP_ANCHOR = 'decide-step'

const HEADINGS: Record<DecideSection, string> = {
  decision: aid.decision.heading,
  options: aid.options.heading,
  grid: aid.grid.heading,
  pictures: aid.pictures.heading,
  trials: aid.trials.heading,
  process: aid.process.heading,
  doctors: aid.doctors.heading,
  certainty: aid.certainty.heading,
  values: aid.values.heading,
  questions: aid.questions.heading,
  recruiting: aid.recruiting.heading,
  about: aid.about.heading
}

const stepHeading = (section: DecideSection) => `${DECIDE_SECTIONS.indexOf(section) + 1}. ${HEADINGS[section]}`

function shareFor(section: DecideSection | undefined): PageShare {
  return section
    ? { title: `${HEADINGS[section]} · ${aid.title}`, destination: { route: 'decide', query: { section } }, image: 'decide' }
    : { title: aid.title, destination: { route: 'decide', query: {} }, image: 'decide' }
}

/** Today as YYYY-MM-DD on the reader's phone, for the copied notes. */
function today(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/**
 * The aid one part at a time, like a guide to work through (12 parts in one render would be far too heavy for
 * WeChat, and too long to follow at 特大): the part to read, then the way to the previous and next one, and the
 * contents to jump anywhere. ?section= opens a part; every part, and so the whole aid, is reachable by taps alone,
 * also in Moments' single-page mode, where navigation between pages is disabled but taps within the page work.
 */
export default function DecidePage() {
  const params = usePageParams<'decide'>()
  const [current, setCurrent] = useState<DecideSection | undefined>(() => (isDecideSection(params.section) ? params.section : undefined))
  const notes = useDecisionNotes()
  const section = current ?? DECIDE_SECTIONS[0]
  const position = DECIDE_SECTIONS.indexOf(section)
  const previous = DECIDE_SECTIONS[position - 1]
  const next = DECIDE_SECTIONS[position + 1]

  const show = (target: DecideSection) => {
    setCurrent(target)
    scrollToElement(STEP_ANCHOR)
  }

  const body: Record<DecideSection, () => ReactNode> = {
    decision: () => <SourcedTexts items={aid.decision.paragraphs} />,
    options: () => <OptionsSection options={aid.options} />,
    grid: () => <OptionGrid grid={aid.grid} options={aid.options} />,
    pictures: () => <Pictures pictures={aid.pictures} />,
    trials: () => <TrialsSideBySide trials={aid.trials} />,
    process: () => <ProcessSection process={aid.process} />,
    doctors: () => <DoctorsSection doctors={aid.doctors} />,
    certainty: () => <SourcedTexts items={aid.certainty.paragraphs} />,
    values: () => <Values values={aid.values} state={notes} />,
    questions: () => <Questions aid={aid} state={notes} today={today()} />,
    recruiting: () => <Recruiting recruiting={aid.recruiting} />,
    about: () => <AboutAid aid={aid} />
  }

  return (
    <PageShell share={shareFor(current)} additionsCheckedAt={aid.checkedAt}>
      <View className='stack'>
        <PageTitle>{aid.title}</PageTitle>
        <View className='update-panel'>
          <Text className='decide-label'>{aid.label}</Text>
        </View>
      </View>

      <Section id={STEP_ANCHOR} heading={stepHeading(section)}>
        <Text className='muted decide-progress'>{`第${position + 1}部分，共${DECIDE_SECTIONS.length}部分`}</Text>
        {body[section]()}
      </Section>

      <View className='stack decide-steps'>
        {next && <Tappable className='solid-button decide-next' onTap={() => show(next)}>{`下一部分：${stepHeading(next)}`}</Tappable>}
        {previous && <Tappable className='pill decide-previous' onTap={() => show(previous)}>{`上一部分：${stepHeading(previous)}`}</Tappable>}
      </View>

      <TableOfContents
        entries={DECIDE_SECTIONS.map((entry) => ({ id: entry, label: entry === section ? `${stepHeading(entry)}（正在看）` : stepHeading(entry) }))}
        onJump={show}
      />
    </PageShell>
  )
}

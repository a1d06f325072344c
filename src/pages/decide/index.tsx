import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { decisionAid as aid, partHeadings as HEADINGS } from '@/content/decide'
import { AfterFirstScreen } from '@/components/AfterFirstScreen'
import { PageShell } from '@/components/PageShell'
import { PageTitle, Section } from '@/components/Section'
import { SourcedTexts } from '@/components/Sources'
import { TableOfContents } from '@/components/TableOfContents'
import { Tappable } from '@/components/Tappable'
import { scrollToElement } from '@/platform/navigation'
import { fill, ui } from '@/content/ui'
import { usePageParams } from '@/platform/pageParams'
import type { PageShare } from '@/platform/share'
import { DECIDE_CORE, DECIDE_DETAILS, DECIDE_SECTIONS, decideSection, isCoreSection, type DecideSection } from '@/routes'
import { AboutAid } from './parts/About'
import { ChinaSection, DoctorsSection, ProcessSection, TrialsSideBySide } from './parts/Details'
import { KeyPoints } from './parts/KeyPoints'
import { NextStepPart } from './parts/NextStep'
import { useDecisionNotes } from './notes'
import { OptionGrid } from './parts/Grid'
import { Options } from './parts/Options'
import { PartLink } from './PartLink'
import { QuestionsPart } from './parts/Questions'
import { Recruiting } from './parts/Recruiting'
import { ValuesPart } from './parts/Values'
import './index.scss'

/** The part on show: where a change of part scrolls to. */
const STEP_ANCHOR = 'decide-step'

/** "第3步：两种选择各是什么样" on the core path; a detail says it may be skipped. */
function partHeading(section: DecideSection): string {
  return isCoreSection(section)
    ? `第${DECIDE_CORE.indexOf(section as (typeof DECIDE_CORE)[number]) + 1}步：${HEADINGS[section]}`
    : `${aid.detailsHeading}：${HEADINGS[section]}`
}

function shareFor(section: DecideSection | undefined): PageShare {
  return section
    ? { title: `${HEADINGS[section]} · ${aid.title}`, destination: { route: 'decide', query: { section } }, image: 'decide' }
    : { title: aid.title, destination: { route: 'decide', query: {} }, image: 'decide' }
}

/** Today as YYYY-MM-DD on the reader's phone, for the summary. */
function today(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/**
 * The aid one part at a time, like a guide to work through: seven steps that prepare for the visit, then details a
 * reader may skip, reachable from the contents and from links where they are needed. ?section= opens a part (old
 * names open the part that now holds them); every part is reachable by taps alone, also in Moments' single-page
 * mode, where navigation between pages is disabled but taps within the page work.
 */
export default function DecidePage() {
  const params = usePageParams<'decide'>()
  const [current, setCurrent] = useState<DecideSection | undefined>(() => decideSection(params.section))
  const notes = useDecisionNotes(aid.values.other.limit)
  const section = current ?? DECIDE_SECTIONS[0]
  const position = DECIDE_SECTIONS.indexOf(section)
  const previous = DECIDE_SECTIONS[position - 1]
  const next = DECIDE_SECTIONS[position + 1]

  const show = (target: DecideSection) => {
    setCurrent(target)
    scrollToElement(STEP_ANCHOR)
  }

  const body: Record<DecideSection, () => ReactNode> = {
    decision: () => (
      <>
        <SourcedTexts items={aid.decision.paragraphs} foldSources />
        <Text className='decide-subheading'>{aid.decision.timing.heading}</Text>
        <SourcedTexts items={aid.decision.timing.paragraphs} foldSources />
      </>
    ),
    'key-points': () => <KeyPoints keyPoints={aid.keyPoints} />,
    options: () => <Options options={aid.options} go={show} />,
    grid: () => (
      <>
        <OptionGrid grid={aid.grid} options={aid.options} />
        <PartLink section='certainty' go={show}>这些数字有多可靠</PartLink>
      </>
    ),
    values: () => <ValuesPart aid={aid} state={notes} />,
    'next-step': () => <NextStepPart aid={aid} state={notes} go={show} />,
    questions: () => <QuestionsPart aid={aid} state={notes} today={today()} />,
    trials: () => <TrialsSideBySide trials={aid.trials} />,
    process: () => <ProcessSection process={aid.process} />,
    doctors: () => <DoctorsSection doctors={aid.doctors} />,
    certainty: () => <SourcedTexts items={aid.certainty.paragraphs} />,
    china: () => <ChinaSection china={aid.china} />,
    recruiting: () => <Recruiting recruiting={aid.recruiting} />,
    about: () => <AboutAid aid={aid} />
  }

  const contentsEntry = (entry: DecideSection) => ({ id: entry, label: entry === section ? `${partHeading(entry)}（正在看）` : partHeading(entry) })
  return (
    <PageShell share={shareFor(current)} additionsCheckedAt={aid.checkedAt} shareLabel='分享给病友和家人'>
      <View className='stack'>
        <PageTitle>{aid.title}</PageTitle>
        <View className='update-panel'>
          <Text className='decide-label'>{aid.label}</Text>
        </View>
      </View>

      <Section id={STEP_ANCHOR} heading={partHeading(section)}>
        <Text className='muted decide-progress'>
          {isCoreSection(section) ? `共${DECIDE_CORE.length}步` : `${aid.detailsHeading}。主要的${DECIDE_CORE.length}步见下面的目录。`}
        </Text>
        {/* The part's body grows with the aid's content: the first screen is its heading, the body follows at once. */}
        <AfterFirstScreen>{body[section]()}</AfterFirstScreen>
      </Section>

      <View className='stack decide-steps'>
        {next && (
          <Tappable className={isCoreSection(next) ? 'solid-button decide-next' : 'pill decide-next'} onTap={() => show(next)}>
            {fill(ui.decide.next, { heading: partHeading(next) })}
          </Tappable>
        )}
        {previous && <Tappable className='pill decide-previous' onTap={() => show(previous)}>{fill(ui.decide.previous, { heading: partHeading(previous) })}</Tappable>}
      </View>

      <TableOfContents heading={`主要的${DECIDE_CORE.length}步`} entries={DECIDE_CORE.map(contentsEntry)} onJump={show} />
      <TableOfContents heading={aid.detailsHeading} entries={DECIDE_DETAILS.map(contentsEntry)} onJump={show} />
    </PageShell>
  )
}

import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { decisionAid as aid, partHeading } from '@/content/decide'
import { AfterFirstScreen } from '@/components/AfterFirstScreen'
import { PageShell } from '@/components/PageShell'
import { PageTitle, Section } from '@/components/Section'
import { TableOfContents } from '@/components/TableOfContents'
import { Tappable } from '@/components/Tappable'
import { knowTerms } from '@/components/TermText'
import { glossary } from '@/content/glossary'
import { fill, ui } from '@/content/ui'
import { readArrival } from '@/platform/launch'
import { scrollToElement } from '@/platform/navigation'
import { usePageParams } from '@/platform/pageParams'
import type { PageShare } from '@/platform/share'
import { DECIDE_CORE, DECIDE_DETAILS, DECIDE_SECTIONS, decideSection, isCoreSection, type DecideSection } from '@/routes'
import { lastReadPart, rememberPart } from './lastPart'
import { useDecisionNotes } from './notes'
import { PARTS, partTitle, stepNumber } from './parts/parts'
import './index.scss'

// Every term on this page opens its definition: the whole glossary travels with this subpackage, not the main package.
knowTerms(glossary)

/** The part on show: where a change of part scrolls to. */
const STEP_ANCHOR = 'decide-step'

function shareFor(section: DecideSection | undefined): PageShare {
  return section
    ? { title: `${partHeading(section)} · ${aid.title}`, destination: { route: 'decide', query: { section } }, image: 'decide' }
    : { title: aid.title, destination: { route: 'decide', query: {} }, image: 'decide' }
}

/** The offer to go back where the reader stopped: "接着看第4步：逐项比较". */
function resumeText(section: DecideSection): string {
  const step = stepNumber(section)
  return step ? fill(ui.decide.resumeStep, { step, heading: partHeading(section) }) : fill(ui.decide.resumeDetail, { heading: partHeading(section) })
}

/**
 * The aid one part at a time, like a guide to work through: seven steps that prepare for the visit, then details a
 * reader may skip, reachable from the contents and from links where they are needed. ?section= opens a part (old
 * names open the part that now holds them); opened without one, it offers the part read last time. Every part is
 * reachable by taps alone, also in Moments' single-page mode, where navigation between pages is disabled but taps
 * within the page work.
 */
export default function DecidePage() {
  const params = usePageParams<'decide'>()
  // Moments' single-page mode has storage of its own: nothing read there is there next time.
  const remember = useMemo(() => !readArrival().singlePage, [])
  const [current, setCurrent] = useState<DecideSection | undefined>(() => decideSection(params.section))
  const [resume, setResume] = useState(() => (current ? undefined : lastReadPart(remember)))
  const notes = useDecisionNotes({ other: aid.values.other.limit, result: aid.questions.summary.checklist.limit })
  const section = current ?? DECIDE_SECTIONS[0]
  const position = DECIDE_SECTIONS.indexOf(section)
  const previous = DECIDE_SECTIONS[position - 1]
  const next = DECIDE_SECTIONS[position + 1]

  const show = (target: DecideSection) => {
    setCurrent(target)
    setResume(undefined)
    rememberPart(remember, target)
    scrollToElement(STEP_ANCHOR)
  }

  const Body = PARTS[section]
  const title = partTitle(section, aid)
  const contentsEntry = (entry: DecideSection) => {
    const label = partTitle(entry, aid)
    return { id: entry, label: entry === section ? fill(ui.decide.current, { heading: label }) : label }
  }
  return (
    <PageShell share={shareFor(current)} additionsCheckedAt={aid.checkedAt} shareLabel={ui.decide.share}>
      <View className='stack'>
        <PageTitle>{aid.title}</PageTitle>
        <View className='update-panel'>
          <Text className='decide-label'>{aid.label}</Text>
        </View>
        {resume && resume !== section && <Tappable className='solid-button decide-resume' onTap={() => show(resume)}>{resumeText(resume)}</Tappable>}
      </View>

      <Section id={STEP_ANCHOR} heading={title}>
        <Text className='muted decide-progress'>
          {isCoreSection(section) ? fill(ui.decide.stepCount, { count: DECIDE_CORE.length }) : fill(ui.decide.detailNote, { details: aid.detailsHeading, count: DECIDE_CORE.length })}
        </Text>
        {/* The part's body grows with the aid's content: the first screen is its heading, the body follows at once. */}
        <AfterFirstScreen><Body aid={aid} notes={notes} go={show} /></AfterFirstScreen>
      </Section>

      <View className='stack decide-steps'>
        {next && (
          <Tappable className={isCoreSection(next) ? 'solid-button decide-next' : 'pill decide-next'} onTap={() => show(next)}>
            {fill(ui.decide.next, { heading: partTitle(next, aid) })}
          </Tappable>
        )}
        {previous && <Tappable className='pill decide-previous' onTap={() => show(previous)}>{fill(ui.decide.previous, { heading: partTitle(previous, aid) })}</Tappable>}
      </View>

      <TableOfContents heading={fill(ui.decide.contents, { count: DECIDE_CORE.length })} entries={DECIDE_CORE.map(contentsEntry)} onJump={show} />
      <TableOfContents heading={aid.detailsHeading} entries={DECIDE_DETAILS.map(contentsEntry)} onJump={show} />
    </PageShell>
  )
}

import { View } from '@tarojs/components'
import type { Finding, Source, SourcedText } from '@/content'
import { findingSentence } from '@/content/findingText'
import { uniqueSources } from '@/content/sources'
import type { Segment } from '@/content/terms'
import { Heading } from '../Section'
import { Sources } from '../Sources'
import { TermChips, TermText, markedTerms } from '../TermText'
import './index.scss'

// Headings that read right over the figures below them, which mostly count bad outcomes (deaths, organ failure).
const GROUP_HEADING: Record<Finding['kind'], string> = { benefit: '两组的结果比较', harm: '风险和代价', course: '不做移植时的病程' }

/** The kinds in the order the block names them first: a trial's page leads with its results, the harms block with harms. */
function kindsInOrder(findings: Finding[]): Finding['kind'][] {
  return [...new Set(findings.map((finding) => finding.kind))]
}

interface FindingsProps {
  findings: Finding[]
  /** A sentence said before the results (a trial's headline), sharing their terms and sources. */
  lead?: SourcedText
  /** Further sources of the block (a trial's status). */
  sources?: Source[]
  /** Whose numbers the copy buttons copy (a trial's acronym). */
  subject?: string
}

/**
 * Results of randomised trials: what the treatment aims to improve, then its risks and costs, each a sentence in
 * the same form (group, size, time frame, analysis), with the block's terms and its sources once at the end.
 */
export function Findings({ findings, lead, sources = [], subject }: FindingsProps) {
  const texts = [...(lead ? [lead.text] : []), ...findings.map(findingSentence)]
  const { segments, termIds } = markedTerms(texts)
  const leadSegments = lead ? segments[0] : undefined
  const findingSegments = lead ? segments.slice(1) : segments
  const allSources = uniqueSources([...sources, ...(lead?.sources ?? []), ...findings.flatMap((finding) => finding.sources)])
  return (
    <View className='stack stack--tight findings'>
      {leadSegments && <TermText segments={leadSegments} />}
      {kindsInOrder(findings).map((kind) => (
        <FindingGroup key={kind} heading={GROUP_HEADING[kind]} kind={kind} findings={findings} segments={findingSegments} />
      ))}
      <Sources sources={allSources} subject={subject} />
      <TermChips termIds={termIds} />
    </View>
  )
}

/** One kind's findings under its plain heading, in the block's order. */
function FindingGroup({ heading, kind, findings, segments }: { heading: string; kind: Finding['kind']; findings: Finding[]; segments: Segment[][] }) {
  const members = findings.map((finding, index) => ({ finding, segments: segments[index] })).filter(({ finding }) => finding.kind === kind)
  return (
    <View className={`stack stack--tight finding-group finding-group--${kind}`}>
      <Heading level={3} className='finding-group__heading'>{heading}</Heading>
      {members.map(({ finding, segments: parts }) => (
        <View key={finding.id} className='finding'>
          <TermText segments={parts} />
        </View>
      ))}
    </View>
  )
}

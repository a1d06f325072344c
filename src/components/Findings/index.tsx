import { View } from '@tarojs/components'
import type { Finding, Source, SourcedText } from '@/content'
import { blockSentences } from '@/content/findingText'
import { findingHeadings } from '@/content/findings'
import { uniqueSources } from '@/content/sources'
import type { Segment } from '@/content/terms'
import { Heading } from '../Section'
import { Sources } from '../Sources'
import { TermChips, TermText, markedGroups } from '../TermText'
import './index.scss'

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
  const groups = kindsInOrder(findings).map((kind) => {
    const members = findings.filter((finding) => finding.kind === kind)
    return { kind, members, ...blockSentences(members) }
  })
  const { groups: marked, termIds } = markedGroups([lead ? [lead.text] : [], ...groups.flatMap((group) => [group.sentences, group.shared])])
  const [leadSegments, ...groupSegments] = marked
  const allSources = uniqueSources([...sources, ...(lead?.sources ?? []), ...findings.flatMap((finding) => finding.sources)])
  return (
    <View className='stack stack--tight findings'>
      {leadSegments.length > 0 && <TermText segments={leadSegments[0]} />}
      {groups.map((group, index) => (
        <FindingGroup key={group.kind} kind={group.kind} members={group.members} sentences={groupSegments[index * 2]} shared={groupSegments[index * 2 + 1]} />
      ))}
      <Sources sources={allSources} subject={subject} />
      <TermChips termIds={termIds} />
    </View>
  )
}

/** One kind's findings under its plain heading, in the block's order, then the notes they share, said once. */
function FindingGroup({ kind, members, sentences, shared }: { kind: Finding['kind']; members: Finding[]; sentences: Segment[][]; shared: Segment[][] }) {
  return (
    <View className={`stack stack--tight finding-group finding-group--${kind}`}>
      <Heading level={3} className='finding-group__heading'>{findingHeadings[kind]}</Heading>
      {members.map((finding, index) => (
        <View key={finding.id} className='finding'>
          <TermText segments={sentences[index]} />
        </View>
      ))}
      {shared.map((parts, index) => <TermText key={index} segments={parts} />)}
    </View>
  )
}

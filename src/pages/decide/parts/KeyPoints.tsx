import { Text, View } from '@tarojs/components'
import type { ComparisonFinding, Decide } from '@/content'
import { partHeading } from '@/content/decide'
import { findFindings } from '@/content/findings'
import { findingNotes, findingSentence, groupName, pictureCaption, resultText, type Group } from '@/content/findingText'
import { fill, ui } from '@/content/ui'
import { Heading } from '@/components/Section'
import { FoldedSources, SourcedTexts } from '@/components/Sources'
import { Tappable } from '@/components/Tappable'
import { TermChips, TermText, markedTerms } from '@/components/TermText'
import { IconArray } from '../IconArray'
import type { PartProps } from './parts'

const GROUPS: Group[] = ['transplant', 'control']
type Picture = Decide['keyPoints']['pictures'][number]

/**
 * Leave to skip to what matters to her, then what the trials asked beside her own question, before the first figure;
 * then the trade-off from one trial, like for like, in words and as two pictures of 100 people, then the pooled
 * figure with what it is and why a centre's own experience matters.
 */
export function KeyPoints({ aid: { keyPoints }, go }: PartProps) {
  const { segments, termIds } = markedTerms([keyPoints.intro, ...keyPoints.points])
  const pictures = keyPoints.pictures.flatMap((picture) => {
    const [finding] = findFindings([picture.findingId])
    return finding?.design === 'randomised' ? [{ picture, finding }] : []
  })
  return (
    <>
      <View className='stack stack--tight decide-skip'>
        <Text>{keyPoints.skip}</Text>
        <Tappable className='pill decide-skip__button' onTap={() => go('values')}>{fill(ui.decide.skipTo, { heading: partHeading('values') })}</Tappable>
      </View>
      <View className='stack stack--tight panel key-points-question'>
        <SourcedTexts items={keyPoints.beforeFigures} foldSources />
      </View>
      <TermText segments={segments[0]} />
      <View className='stack stack--tight panel key-points'>
        {segments.slice(1).map((parts, index) => <TermText key={index} segments={parts} />)}
      </View>
      <Text className='muted'>{keyPoints.legend}</Text>
      {pictures.map(({ picture, finding }) => <PictureOf100 key={picture.id} picture={picture} finding={finding} />)}
      <View className='stack stack--tight update-panel key-points-today'>
        <Heading level={3} className='decide-subheading'>{keyPoints.today.heading}</Heading>
        {findFindings(keyPoints.today.findings).map((finding) => <Text key={finding.id}>{findingSentence(finding)}</Text>)}
        <SourcedTexts items={keyPoints.today.paragraphs} foldSources />
        <FoldedSources sources={findFindings(keyPoints.today.findings).flatMap((finding) => finding.sources)} />
      </View>
      <TermChips termIds={termIds} />
    </>
  )
}

/** One finding for both groups, as two arrays of 100 people side by side (stacked when narrow), with what it includes. */
function PictureOf100({ picture, finding }: { picture: Picture; finding: ComparisonFinding }) {
  return (
    <View className={`card stack picture picture--${finding.kind}`}>
      <Heading level={3} className='picture__heading'>{picture.heading}</Heading>
      {/* The time frame, unless the heading already opens with it. */}
      {!picture.heading.startsWith(finding.timeframe) && <Text className='muted'>{finding.timeframe}</Text>}
      <View className='picture__arrays'>
        {GROUPS.map((group) => {
          const result = finding[group]
          return (
            <IconArray
              key={group}
              marked={picture.marked[group]}
              caption={pictureCaption(finding, group, picture.frames)}
              spoken={`${picture.heading}，${finding.timeframe}。${groupName(group)}${resultText(result, finding.unit)}${picture.frames.marked}。`}
            />
          )
        })}
      </View>
      {findingNotes(finding).map((note) => <Text key={note} className='picture__note'>{note}</Text>)}
      <FoldedSources sources={finding.sources} subject={finding.study} />
    </View>
  )
}

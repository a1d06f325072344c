import { Text, View } from '@tarojs/components'
import type { Decide } from '@/content'
import { findFindings } from '@/content/findings'
import { findingSentence } from '@/content/findingText'
import { ui } from '@/content/ui'
import { Heading } from '@/components/Section'
import { FoldedSources } from '@/components/Sources'
import { TermChips, TermText, markedGroups } from '@/components/TermText'
import { PartLink } from '../PartLink'
import type { PartProps } from './parts'

type Aspect = Decide['options']['choices'][number]['aspects'][number]

/** An aspect's texts in reading order: its paragraphs, then its figures as sentences. */
const aspectTexts = (aspect: Aspect) => [...aspect.paragraphs.map((paragraph) => paragraph.text), ...findFindings(aspect.findings).map(findingSentence)]
const aspectSources = (aspect: Aspect) => [...aspect.paragraphs.flatMap((paragraph) => paragraph.sources), ...findFindings(aspect.findings).flatMap((finding) => finding.sources)]

/**
 * The two options under the same questions (what it is, what one goes through, benefits, risks, today and what
 * happens without), in matching detail, then the feelings either choice brings. Terms are marked once in the part,
 * each card's sources behind one tap.
 */
export function Options({ aid: { options }, go }: PartProps) {
  const aspects = options.choices.flatMap((choice) => choice.aspects)
  const { groups, termIds } = markedGroups(aspects.map(aspectTexts))
  const segmentsOf = new Map(aspects.map((aspect, index) => [aspect, groups[index]]))
  return (
    <>
      <Text>{options.intro}</Text>
      {options.choices.map((choice) => (
        <View key={choice.id} className={`card stack option-card option-card--${choice.id}`}>
          <Heading level={3} className='option-card__name'>{choice.name}</Heading>
          {choice.aspects.map((aspect) => (
            <View key={aspect.heading} className='stack stack--tight option-aspect'>
              <Text className='option-aspect__heading'>{aspect.heading}</Text>
              {(segmentsOf.get(aspect) ?? []).map((parts, index) => <TermText key={index} segments={parts} />)}
            </View>
          ))}
          <FoldedSources sources={choice.aspects.flatMap(aspectSources)} />
        </View>
      ))}
      <Text className='option-feelings'>{options.feelings}</Text>
      <PartLink section='trials' go={go}>{ui.decide.trialsLink}</PartLink>
      <TermChips termIds={termIds} />
    </>
  )
}

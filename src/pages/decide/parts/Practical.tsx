import { Text, View } from '@tarojs/components'
import { Decoration } from '@/components/Decoration'
import { Heading } from '@/components/Section'
import { SourcedTexts } from '@/components/Sources'
import { TermChips, TermText, markedTerms } from '@/components/TermText'
import { PartLink } from '../PartLink'
import type { PartProps } from './parts'

/**
 * For the family: referral, cross-province insurance, and caring through the weeks of low blood counts and after
 * discharge. What the app could not verify stands as questions to ask, not as facts.
 */
export function Practical({ aid: { practical }, go }: PartProps) {
  return (
    <>
      <Text>{practical.intro}</Text>
      {practical.blocks.map((block) => {
        const { segments, termIds } = markedTerms(block.questions)
        return (
          <View key={block.heading} className='stack stack--tight practical-block'>
            <Heading level={3} className='decide-subheading'>{block.heading}</Heading>
            <SourcedTexts items={block.paragraphs} foldSources />
            {segments.map((question, index) => <Text key={block.questions[index]} className='practical-question'><Decoration>{'· '}</Decoration><TermText segments={question} /></Text>)}
            <TermChips termIds={termIds} />
          </View>
        )
      })}
      <PartLink section='questions' go={go} />
    </>
  )
}

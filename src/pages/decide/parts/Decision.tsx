import { Text } from '@tarojs/components'
import { SourcedTexts } from '@/components/Sources'
import type { PartProps } from './parts'

/** Step 1: the decision to be made, and when it is made. */
export function Decision({ aid: { decision } }: PartProps) {
  return (
    <>
      <SourcedTexts items={decision.paragraphs} foldSources />
      <Text className='decide-subheading'>{decision.timing.heading}</Text>
      <SourcedTexts items={decision.timing.paragraphs} foldSources />
    </>
  )
}

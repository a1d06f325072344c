import { SourcedTexts } from '@/components/Sources'
import type { PartProps } from './parts'

/** How sure the numbers are, each statement with its sources. */
export function Certainty({ aid: { certainty } }: PartProps) {
  return <SourcedTexts items={certainty.paragraphs} />
}

import { DecoratedText } from '@/components/Decoration'
import { Tappable } from '@/components/Tappable'
import type { DecideSection } from '@/routes'

/** A way to another part of the aid, within the page (so it also works in Moments' single-page mode). */
export function PartLink({ section, go, children }: { section: DecideSection; go: (section: DecideSection) => void; children: string }) {
  return (
    <Tappable className='pill part-link' onTap={() => go(section)}>
      <DecoratedText>{`${children} ›`}</DecoratedText>
    </Tappable>
  )
}

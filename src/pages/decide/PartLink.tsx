import { DecoratedText } from '@/components/Decoration'
import { Tappable } from '@/components/Tappable'
import { partHeading } from '@/content/decide'
import type { DecideSection } from '@/routes'

/**
 * A way to another part of the aid, within the page (so it also works in Moments' single-page mode). It says the
 * part's heading unless it is given its own words.
 */
export function PartLink({ section, go, children }: { section: DecideSection; go: (section: DecideSection) => void; children?: string }) {
  return (
    <Tappable className='pill part-link' onTap={() => go(section)}>
      <DecoratedText>{`${children ?? partHeading(section)} ›`}</DecoratedText>
    </Tappable>
  )
}

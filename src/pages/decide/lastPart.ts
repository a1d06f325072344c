// The part the reader last opened, kept on the phone only, so that the aid reopened without a ?section= can offer to
// take her back there. Moments' single-page mode keeps storage of its own that the full mini-program never sees: there
// nothing is read or written, so nothing promises a memory it cannot keep.
import { readStored, removeStored, writeStored } from '@/platform/storage'
import { isDecideSection, type DecideSection } from '@/routes'

const STORAGE_KEY = 'decideLastPart'

const isSection = (value: unknown): value is DecideSection => typeof value === 'string' && isDecideSection(value)

/** The part read last time, if any (a renamed or garbled value is none). */
export function lastReadPart(remember: boolean): DecideSection | undefined {
  return remember ? readStored(STORAGE_KEY, isSection) : undefined
}

export function rememberPart(remember: boolean, section: DecideSection): void {
  if (remember) writeStored(STORAGE_KEY, section)
}

/** Cleared with her answers (清除我的全部回答), so that nothing of hers stays on the phone. */
export function forgetLastPart(): void {
  removeStored(STORAGE_KEY)
}

// How many of 100 people a group's result stands for: pure, without any wording, so that the content check can
// compare an icon array's marks with it without reading a content file.
import type { GroupResult } from './types'

/** How many of 100 people a group's result stands for (what an icon array marks); undefined without a group size. */
export function perHundred(result: GroupResult): number | undefined {
  if (result.percent !== undefined) return Math.round(result.percent)
  return result.count !== undefined && result.of !== undefined ? Math.round((result.count / result.of) * 100) : undefined
}

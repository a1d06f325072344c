import type { Source } from './types'

/** Each source once, in the order first cited (a block's statements mostly cite the same paper). */
export function uniqueSources(sources: Source[]): Source[] {
  const key = (source: Source) => `${source.citation}|${source.doi ?? ''}|${source.registry ?? ''}`
  return sources.filter((source, index) => sources.findIndex((other) => key(other) === key(source)) === index)
}

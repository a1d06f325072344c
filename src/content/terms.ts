// Splits a sentence into plain text and glossary terms, so the page can make each term tappable.
import type { GlossaryTerm } from './types'

export type Segment = { text: string; termId?: string }

/**
 * Marks the first occurrence of each term not in `alreadyMarked` (which it updates), preferring the longest
 * match at each position so that 自体干细胞移植 wins over 自体.
 */
export function segmentByTerms(text: string, terms: GlossaryTerm[], alreadyMarked: Set<string>): Segment[] {
  const candidates = terms
    .flatMap((term) => term.matches.map((match) => ({ match, id: term.id })))
    .sort((a, b) => b.match.length - a.match.length)
  const segments: Segment[] = []
  let plain = ''
  let index = 0
  while (index < text.length) {
    const hit = candidates.find((candidate) => text.startsWith(candidate.match, index))
    if (hit && !alreadyMarked.has(hit.id)) {
      if (plain) segments.push({ text: plain })
      segments.push({ text: hit.match, termId: hit.id })
      alreadyMarked.add(hit.id)
      plain = ''
      index += hit.match.length
    } else {
      const step = hit ? hit.match.length : 1
      plain += text.slice(index, index + step)
      index += step
    }
  }
  if (plain) segments.push({ text: plain })
  return segments
}

export interface MarkedBlock {
  /** One list of segments per text, in order. */
  segments: Segment[][]
  /** The terms marked in the block, in reading order: the chips that repeat them as large tap targets. */
  termIds: string[]
}

/** Marks the terms of a block of texts (a section, a correction, an addition), each term once per block. */
export function markTerms(texts: string[], terms: GlossaryTerm[]): MarkedBlock {
  const marked = new Set<string>()
  return { segments: texts.map((text) => segmentByTerms(text, terms, marked)), termIds: [...marked] }
}

/** The same, for texts that come in groups (a card's paragraphs, a grid cell's lines): one list of segments per group. */
export function markTermsInGroups(groups: string[][], terms: GlossaryTerm[]): { groups: Segment[][][]; termIds: string[] } {
  const { segments, termIds } = markTerms(groups.flat(), terms)
  const starts = groups.map((_, index) => groups.slice(0, index).reduce((sum, group) => sum + group.length, 0))
  return { groups: groups.map((group, index) => segments.slice(starts[index], starts[index] + group.length)), termIds }
}

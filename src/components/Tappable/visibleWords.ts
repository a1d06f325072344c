import { isValidElement, type ReactNode } from 'react'
import { DECORATIVE_GLYPH } from '@/platform/accessibility'
import { Decoration } from '../Decoration'

const GLYPHS = new RegExp(DECORATIVE_GLYPH.source, 'g')

/** The words a reader sees in `node`, decorative glyphs left out: what a screen reader should announce. */
export function visibleWords(node: ReactNode): string {
  return collect(node).replace(GLYPHS, ' ').replace(/\s+/g, ' ').trim()
}

function collect(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(collect).join(' ')
  if (isValidElement<{ children?: ReactNode }>(node)) return node.type === Decoration ? '' : collect(node.props.children)
  return ''
}

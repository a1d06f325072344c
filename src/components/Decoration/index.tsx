import { Text } from '@tarojs/components'
import { Fragment } from 'react'
import { DECORATIVE_GLYPH, HIDDEN } from '@/platform/accessibility'

/** A glyph that only decorates (›, ·, ✓): shown, but silent for screen readers. */
export function Decoration({ children, className }: { children: string; className?: string }) {
  return <Text className={className} {...HIDDEN}>{children}</Text>
}

/** Plain words with their decorative glyphs (e.g. "下一项：STAT ›") made silent. */
export function DecoratedText({ children, className }: { children: string; className?: string }) {
  const parts = children.split(new RegExp(`(${DECORATIVE_GLYPH.source})`))
  if (parts.every((part) => part.trim() === '' || DECORATIVE_GLYPH.test(part))) return <Decoration className={className}>{children}</Decoration>
  return (
    <Text className={className}>
      {parts.map((part, index) =>
        DECORATIVE_GLYPH.test(part) ? <Decoration key={index}>{part}</Decoration> : part && <Fragment key={index}>{part}</Fragment>
      )}
    </Text>
  )
}

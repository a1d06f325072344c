import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { Source, SourcedText } from '@/content'
import { CopyButton } from '../CopyButton'
import { TermChips, TermText, markedTerms } from '../TermText'
import './index.scss'

function copyableValue(source: Source): string | undefined {
  return source.doi ? `doi:${source.doi}` : source.registry
}

/**
 * The sources of one statement (nothing when it has none); each DOI or registry number copies with one tap, or is
 * shown to copy by hand. `subject` (a trial's acronym) tells a screen reader whose number a copy button copies.
 */
export function Sources({ sources, subject }: { sources: Source[]; subject?: string }) {
  if (sources.length === 0) return null
  return (
    <View className='stack stack--tight muted sources'>
      {sources.map((source) => {
        const value = copyableValue(source)
        const action = source.doi ? '复制 DOI' : '复制注册号'
        return (
          <View key={source.citation + (value ?? '')} className='stack stack--tight'>
            <Text className='source__citation'>{`来源：${source.citation}${value ? ` · ${value}` : ''}`}</Text>
            {value && (
              <CopyButton className='pill source__copy-button' value={value} label={`${action} ${value}${subject ? `（${subject}）` : ''}`}>
                {action}
              </CopyButton>
            )}
          </View>
        )
      })}
    </View>
  )
}

interface SourcedTextsProps<T extends SourcedText> {
  items: T[]
  /** Whose numbers the copy buttons copy (see Sources). */
  subject?: string
  /** A line above each statement, e.g. a correction's 勘误 · 本小程序 and date. */
  labelOf?: (item: T) => ReactNode
}

/** Statements the app wrote (additions, corrections), each followed by its sources, with the block's terms tappable. */
export function SourcedTexts<T extends SourcedText>({ items, subject, labelOf }: SourcedTextsProps<T>) {
  const { segments, termIds } = markedTerms(items.map((item) => item.text))
  return (
    <>
      {items.map((item, index) => (
        <View key={item.text} className='stack stack--tight'>
          {labelOf?.(item)}
          <TermText segments={segments[index]} />
          <Sources sources={item.sources} subject={subject} />
        </View>
      ))}
      <TermChips termIds={termIds} />
    </>
  )
}

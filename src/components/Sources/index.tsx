import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { uniqueSources } from '@/content/sources'
import { fill, ui } from '@/content/ui'
import type { Source, SourcedText } from '@/content'
import { CopyButton } from '../CopyButton'
import { Tappable } from '../Tappable'
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
        const action = source.doi ? ui.sources.copyDoi : ui.sources.copyRegistry
        return (
          <View key={source.citation + (value ?? '')} className='stack stack--tight'>
            <Text className='source__citation'>{fill(ui.sources.citation, { citation: source.citation }) + (value ? ` · ${value}` : '')}</Text>
            {value && (
              <CopyButton className='pill source__copy-button' value={value} label={`${action} ${value}${subject ? fill(ui.sources.copyWhose, { subject }) : ''}`}>
                {action}
              </CopyButton>
            )}
          </View>
        )
      })}
    </View>
  )
}

/**
 * A block's sources behind one tap (来源): on a path a patient walks, citations between the sentences would drown them,
 * yet every figure stays one tap from its source.
 */
export function FoldedSources({ sources, subject }: { sources: Source[]; subject?: string }) {
  const [open, setOpen] = useState(false)
  const unique = uniqueSources(sources)
  if (unique.length === 0) return null
  return (
    <View className='stack stack--tight folded-sources'>
      <Tappable className='pill folded-sources__toggle' onTap={() => setOpen(!open)} label={fill(open ? ui.sources.foldSpoken : ui.sources.unfoldSpoken, { count: unique.length })}>
        {fill(open ? ui.sources.fold : ui.sources.unfold, { count: unique.length })}
      </Tappable>
      {open && <Sources sources={unique} subject={subject} />}
    </View>
  )
}

interface SourcedTextsProps<T extends SourcedText> {
  items: T[]
  /** Keep the block's sources behind one 来源 tap at its end, instead of under each statement. */
  foldSources?: boolean
  /** Whose numbers the copy buttons copy (see Sources). */
  subject?: string
  /** A line above each statement, e.g. a correction's 勘误 · 本小程序 and date. */
  labelOf?: (item: T) => ReactNode
  /** The block's terms also as chips after it; off where chips would push a first screen's entries down (terms stay tappable inline). */
  termChips?: boolean
}

/** Statements the app wrote (additions, corrections), each followed by its sources, with the block's terms tappable. */
export function SourcedTexts<T extends SourcedText>({ items, subject, labelOf, foldSources = false, termChips = true }: SourcedTextsProps<T>) {
  const { segments, termIds } = markedTerms(items.map((item) => item.text))
  return (
    <>
      {items.map((item, index) => (foldSources && !labelOf ? (
        <TermText key={item.text} segments={segments[index]} />
      ) : (
        <View key={item.text} className='stack stack--tight'>
          {labelOf?.(item)}
          <TermText segments={segments[index]} />
          {!foldSources && <Sources sources={item.sources} subject={subject} />}
        </View>
      )))}
      {foldSources && <FoldedSources sources={items.flatMap((item) => item.sources)} subject={subject} />}
      {termChips && <TermChips termIds={termIds} />}
    </>
  )
}

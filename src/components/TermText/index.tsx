import { Button, Text, View } from '@tarojs/components'
import { createContext, Fragment, useContext, useState, type ReactNode } from 'react'
import type { Glossary, GlossaryTerm } from '@/content'
import { homeGlossary } from '@/content/frame'
import { markTerms, markTermsInGroups, type MarkedBlock, type Segment } from '@/content/terms'
import { fill, ui } from '@/content/ui'
import { controlProps, dialogProps, HIDDEN } from '@/platform/accessibility'
import { Paragraph } from '../Section'
import { Tappable } from '../Tappable'
import './index.scss'

const OpenTermContext = createContext<(termId: string) => void>(() => undefined)

/**
 * The glossary the app has so far: the home page's own terms (main package), then the whole glossary once a
 * subpackage page has brought it. Module state, not React state, because pages mark their texts as their modules load.
 */
let known: Glossary = homeGlossary

/** Makes a page's glossary known to every term and term sheet; a subpackage page calls it as its module loads. */
export function knowTerms(glossary: Glossary): void {
  known = glossary
}

function findTerm(id: string | undefined): GlossaryTerm | undefined {
  return known.terms.find((term) => term.id === id)
}

/** Gives every term on the page one sheet: any term or chip below opens its definition there. */
export function TermProvider({ children }: { children: ReactNode }) {
  const [openTerm, setOpenTerm] = useState<string>()
  return (
    <OpenTermContext.Provider value={setOpenTerm}>
      {children}
      <TermSheet termId={openTerm} onClose={() => setOpenTerm(undefined)} />
    </OpenTermContext.Provider>
  )
}

/** The block's texts split into plain text and glossary terms (pure, so every render marks the same words). */
export function markedTerms(texts: string[]): MarkedBlock {
  return markTerms(texts, known.terms)
}

/** Texts in groups (a card's paragraphs, a cell's lines), marked as one block: each term once, chips at the end. */
export function markedGroups(groups: string[][]): { groups: Segment[][][]; termIds: string[] } {
  return markTermsInGroups(groups, known.terms)
}

/**
 * A sentence whose glossary terms are underlined and open their definition with one tap. The plain runs between
 * the terms are text of the sentence itself, not elements: every element is another node in each first render.
 */
export function TermText({ segments }: { segments: Segment[] }) {
  const openTerm = useContext(OpenTermContext)
  return (
    <Text className='term-text'>
      {segments.map((segment, index) =>
        segment.termId ? (
          <Text key={index} className='term' onClick={() => openTerm(segment.termId as string)} {...controlProps('button', fill(ui.terms.term, { term: segment.text }))}>{segment.text}</Text>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        )
      )}
    </Text>
  )
}

/** The block's terms again as large chips, for fingers that cannot hit an underlined word. */
export function TermChips({ termIds }: { termIds: string[] }) {
  const openTerm = useContext(OpenTermContext)
  if (termIds.length === 0) return null
  return (
    <View className='stack stack--tight term-chips'>
      <Text className='muted'>{ui.terms.chips}</Text>
      <View className='term-chips__list'>
        {termIds.map((id) => (
          <Tappable key={id} className='pill term-chip' onTap={() => openTerm(id)}>
            {findTerm(id)?.term}
          </Tappable>
        ))}
      </View>
    </View>
  )
}

/**
 * Texts with their terms marked and chips after them: the usual way to show a block of prose. `renderAfter` adds
 * what belongs right under a text (its corrections); it answers null where nothing does, and then the paragraph
 * stands alone, without a wrapper element.
 */
export function TermParagraphs({ texts, renderAfter }: { texts: string[]; renderAfter?: (text: string) => ReactNode }) {
  const { segments, termIds } = markedTerms(texts)
  return (
    <>
      {segments.map((parts, index) => {
        const paragraph = <Paragraph><TermText segments={parts} /></Paragraph>
        const after = renderAfter?.(texts[index])
        return after
          ? <View key={index} className='stack stack--tight'>{paragraph}{after}</View>
          : <Fragment key={index}>{paragraph}</Fragment>
      })}
      <TermChips termIds={termIds} />
    </>
  )
}

interface TermSheetProps {
  termId?: string
  onClose: () => void
}

/**
 * The definition of one term, in a sheet at the bottom that closes with a large button. Screen readers hear it
 * as a dialog as it opens (WeChat reads the live region); the backdrop is only a shortcut, so it stays silent.
 */
function TermSheet({ termId, onClose }: TermSheetProps) {
  const term = findTerm(termId)
  if (!term) return null
  return (
    <View className='term-sheet' catchMove>
      <View className='term-sheet__backdrop' onClick={onClose} {...HIDDEN} />
      {/* dialogProps gives the web a tab stop: long definitions at the largest text size scroll inside the panel. */}
      <View className='stack term-sheet__panel' {...dialogProps(fill(ui.terms.sheet, { term: term.term }))}>
        <Text className='term-sheet__title'>{term.term}</Text>
        <Text className='term-sheet__definition'>{term.definition}</Text>
        <Text className='muted'>{fill(ui.terms.reviewed, { note: known.note, date: known.reviewedAt })}</Text>
        <Button className='solid-button' onClick={onClose}>{ui.terms.close}</Button>
      </View>
    </View>
  )
}

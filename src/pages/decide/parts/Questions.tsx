import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { CopyFallback } from '@/components/CopyFallback'
import { Decoration } from '@/components/Decoration'
import { Heading } from '@/components/Section'
import { TermChips, markedTerms } from '@/components/TermText'
import { Tappable } from '@/components/Tappable'
import { HIDDEN } from '@/platform/accessibility'
import { copyText } from '@/platform/actions'
import type { Decide } from '@/content'
import { fill } from '@/content/ui'
import type { DecisionNotesState } from '../notes'
import { clinicSummary, summaryText, type SummaryDocument } from '../summary/document'
import { OwnWordsField } from '../summary/OwnWordsField'
import { SummaryPicture } from '../summary/SummaryPicture'
import type { PartProps } from './parts'

type Outcome = { kind: 'copied' } | { kind: 'failed'; message: string; text: string }

/** Today as YYYY-MM-DD on the reader's phone, for the summary. */
function today(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/**
 * The questions to tick, by whom they are for (the rheumatologist, a transplant centre), her own results to type in,
 * then the summary for the clinic.
 */
export function QuestionsPart({ aid, notes: state }: PartProps) {
  const { questions } = aid
  const summary = clinicSummary(aid, state.notes, today())
  return (
    <>
      <Text>{questions.intro}</Text>
      {questions.groups.map((group) => (
        <View key={group.id} className='stack stack--tight question-list'>
          <Heading level={3} className='decide-subheading'>{group.heading}</Heading>
          {questions.items.filter((item) => item.for === group.id).map((item) => {
            const ticked = state.notes.questions.includes(item.id)
            return (
              <Tappable
                key={item.id}
                className={`card question ${ticked ? 'question--ticked' : ''}`}
                onTap={() => state.toggleQuestion(item.id)}
                checked={ticked}
                checkbox
                label={item.text}
              >
                <View className='question__box' {...HIDDEN}>{ticked && <Decoration>✓</Decoration>}</View>
                <Text className='question__text'>{item.text}</Text>
              </Tappable>
            )
          })}
          {/* The terms as chips after the list: a word inside a checkbox cannot take a tap of its own. */}
          <TermChips termIds={markedTerms(questions.items.filter((item) => item.for === group.id).map((item) => item.text)).termIds} />
        </View>
      ))}
      <ResultsForm checklist={questions.summary.checklist} state={state} />
      <SummaryBlock words={questions.summary} summary={summary} />
    </>
  )
}

/** Her own results, one field each, kept on the phone with her other answers; a blank reads 未填写 in the summary. */
function ResultsForm({ checklist, state }: { checklist: Decide['questions']['summary']['checklist']; state: DecisionNotesState }) {
  return (
    <View className='stack results-form'>
      <Heading level={3} className='decide-subheading'>{checklist.heading}</Heading>
      <Text className='muted'>{checklist.intro}</Text>
      <Text className='muted'>{fill(checklist.hint, { limit: checklist.limit })}</Text>
      {checklist.items.map((item) => (
        <OwnWordsField
          key={item.id}
          className='results-form__item'
          label={item.label}
          placeholder={item.placeholder}
          value={state.notes.results[item.id] ?? ''}
          limit={checklist.limit}
          cut={checklist.cut}
          onChange={(words) => state.writeResult(item.id, words)}
        />
      ))}
    </View>
  )
}

/** The summary as the clinic will read it, and one tap that copies it as text (shown to copy by hand if refused). */
function SummaryBlock({ words, summary }: { words: Decide['questions']['summary']; summary: SummaryDocument }) {
  const { heading, intro, copy, copied } = words
  const [outcome, setOutcome] = useState<Outcome>()
  const copySummary = async () => {
    const text = summaryText(summary)
    const result = await copyText(text)
    setOutcome(result.ok ? { kind: 'copied' } : { kind: 'failed', message: result.message, text })
  }
  return (
    <View className='stack clinic-summary'>
      <Heading level={3} className='decide-subheading'>{heading}</Heading>
      <Text className='muted'>{intro}</Text>
      <View className='card stack stack--tight clinic-summary__sheet'>
        <Text className='clinic-summary__title'>{summary.title}</Text>
        <Text className='muted'>{summary.subtitle}</Text>
        {summary.sections.map((section) => (
          <View key={section.heading} className='stack stack--tight clinic-summary__section'>
            <Text className='clinic-summary__heading'>{section.heading}</Text>
            {section.lines.map((line) => <Text key={line} userSelect>{line}</Text>)}
          </View>
        ))}
        <Text className='muted'>{summary.footer}</Text>
      </View>
      <Tappable className='solid-button copy-summary' onTap={copySummary}>{copy}</Tappable>
      {outcome?.kind === 'copied' && <Text className='notes-cleared'>{copied}</Text>}
      {outcome?.kind === 'failed' && <CopyFallback message={outcome.message} value={outcome.text} />}
      <SummaryPicture summary={summary} words={words.picture} copyLabel={copy} />
    </View>
  )
}

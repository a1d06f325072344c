import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Decide } from '@/content'
import { CopyFallback } from '@/components/CopyFallback'
import { Decoration } from '@/components/Decoration'
import { Tappable } from '@/components/Tappable'
import { HIDDEN } from '@/platform/accessibility'
import { copyText } from '@/platform/actions'
import { notesText, type DecisionNotesState } from './notes'
import { summaryFromNotes } from './summary/document'
import { SummaryPicture } from './summary/SummaryPicture'

type Outcome = { kind: 'copied' } | { kind: 'nothing' } | { kind: 'failed'; message: string; text: string }

/** Questions to tick, and one tap that copies the ticked ones with the reader's answers above. */
export function Questions({ aid, state, today }: { aid: Decide; state: DecisionNotesState; today: string }) {
  const { questions } = aid
  const [outcome, setOutcome] = useState<Outcome>()
  const copy = async () => {
    if (state.notes.questions.length === 0) return setOutcome({ kind: 'nothing' })
    const text = notesText(aid, state.notes, today)
    const copied = await copyText(text)
    setOutcome(copied.ok ? { kind: 'copied' } : { kind: 'failed', message: copied.message, text })
  }
  return (
    <>
      <Text>{questions.intro}</Text>
      <View className='stack stack--tight question-list'>
        {questions.items.map((item) => {
          const ticked = state.notes.questions.includes(item.id)
          return (
            <Tappable
              key={item.id}
              className={`card question ${ticked ? 'question--ticked' : ''}`}
              onTap={() => { setOutcome(undefined); state.toggleQuestion(item.id) }}
              checked={ticked}
              checkbox
              label={item.text}
            >
              <View className='question__box' {...HIDDEN}>{ticked && <Decoration>✓</Decoration>}</View>
              <Text className='question__text'>{item.text}</Text>
            </Tappable>
          )
        })}
      </View>
      <Tappable className='solid-button copy-notes' onTap={copy}>
        {questions.copy}
      </Tappable>
      {outcome?.kind === 'nothing' && <Text className='notes-cleared'>{questions.nothingTicked}</Text>}
      {outcome?.kind === 'copied' && <Text className='notes-cleared'>已复制。可以粘贴到微信聊天里，或在门诊时打开读给医生听。</Text>}
      {outcome?.kind === 'failed' && <CopyFallback message={outcome.message} value={outcome.text} />}
      <SummaryPicture summary={summaryFromNotes(aid, state.notes, today)} copyLabel={questions.copy} />
    </>
  )
}

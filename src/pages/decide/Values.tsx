import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Decide } from '@/content'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Heading } from '@/components/Section'
import { Tappable } from '@/components/Tappable'
import type { DecisionNotesState } from './notes'

const options = (choices: { id: string; label: string }[]) => choices.map((choice) => ({ value: choice.id, label: choice.label }))

/** What matters to the reader, where they lean, and whether they feel ready: each a few large choices, none preset. */
export function Values({ values, state }: { values: Decide['values']; state: DecisionNotesState }) {
  const { notes } = state
  const [cleared, setCleared] = useState(false)
  const act = <A extends unknown[]>(change: (...args: A) => void) => (...args: A) => {
    setCleared(false)
    change(...args)
  }
  return (
    <>
      <Text>{values.intro}</Text>
      {values.statements.map((statement) => (
        <View key={statement.id} className='stack stack--tight value-statement'>
          <Text className='value-statement__text'>{statement.text}</Text>
          <ChoiceChips
            groupLabel={statement.text}
            options={options(values.choices)}
            selected={notes.values[statement.id]}
            onChoose={act((choice: string) => state.chooseValue(statement.id, choice))}
          />
        </View>
      ))}
      <View className='stack stack--tight value-statement'>
        <Heading level={3} className='value-statement__text'>{values.leaning.question}</Heading>
        <ChoiceChips groupLabel={values.leaning.question} options={options(values.leaning.choices)} selected={notes.leaning} onChoose={act(state.chooseLeaning)} />
      </View>
      <View className='stack panel readiness'>
        <Heading level={3} className='value-statement__text'>{values.readiness.heading}</Heading>
        {values.readiness.questions.map((question) => (
          <View key={question.id} className='stack stack--tight readiness-question'>
            <Text>{question.text}</Text>
            <ChoiceChips
              groupLabel={question.text}
              options={options(values.readiness.choices)}
              selected={notes.readiness[question.id]}
              onChoose={act((choice: string) => state.chooseReadiness(question.id, choice))}
            />
          </View>
        ))}
        <Text className='muted'>{values.readiness.note}</Text>
      </View>
      <Text className='decide-prompt'>{values.storage}</Text>
      <Tappable className='pill clear-notes' onTap={() => { state.clear(); setCleared(true) }}>
        {values.clear}
      </Tappable>
      {cleared && <Text className='notes-cleared' aria-live='polite'>已清除。您在这一页的选择不再保存在手机上。</Text>}
    </>
  )
}

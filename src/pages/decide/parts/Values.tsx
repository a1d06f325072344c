import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Decide } from '@/content'
import { ChoiceChips, choiceOptions } from '@/components/ChoiceChips'
import { Heading } from '@/components/Section'
import { Tappable } from '@/components/Tappable'
import { askForText } from '@/platform/dialog'
import type { DecisionNotes } from '../notes'
import { personWord, withPerson } from '../wording'
import type { PartProps } from './parts'

type Values = Decide['values']
type Leaning = Values['statements'][number]['leansTo']

/** Ratings that make a statement a reason the reader weighs (不太重要, 说不清 and 不适用 are not). */
const WEIGHED = new Set(['very', 'somewhat'])

/**
 * The reader's own ratings gathered into reasons, by the option each speaks for, with the rating beside it: no
 * verdict and no score, only what the reader said matters, next to what the evidence says about it.
 */
export function weighUp(values: Values, notes: DecisionNotes): Record<Leaning, string[]> {
  const reasons: Record<Leaning, string[]> = { hsct: [], standard: [], both: [] }
  for (const statement of values.statements) {
    const choice = notes.values[statement.id]
    if (!choice || !WEIGHED.has(choice)) continue
    const rating = values.choices.find((entry) => entry.id === choice)?.label
    reasons[statement.leansTo].push(`${statement.reason}（${rating}）`)
  }
  return reasons
}

/**
 * Who is answering, what matters to them (a real trade-off among the statements), their own words, the reasons
 * gathered from their ratings, and where they lean: each a few large choices, none preset, kept on the phone only.
 */
export function ValuesPart({ aid, notes: state }: PartProps) {
  const { values, respondents } = aid
  const { notes } = state
  const [cleared, setCleared] = useState(false)
  const [entryProblem, setEntryProblem] = useState<string>()
  const act = <A extends unknown[]>(change: (...args: A) => void) => (...args: A) => {
    setCleared(false)
    change(...args)
  }
  const person = personWord(aid, notes.respondent)
  const reasons = weighUp(values, notes)
  const otherPrompt = withPerson(values.other.prompt, person)
  const writeOther = async () => {
    setCleared(false)
    const entry = await askForText({ title: otherPrompt, placeholder: values.other.placeholder, current: notes.other })
    setEntryProblem(entry.kind === 'unavailable' ? entry.message : undefined)
    if (entry.kind === 'entered') state.writeOther(entry.text)
  }
  return (
    <>
      <View className='stack stack--tight value-statement'>
        <Heading level={3} className='value-statement__text'>{respondents.question}</Heading>
        <ChoiceChips
          groupLabel={respondents.question}
          options={choiceOptions(respondents.choices)}
          selected={notes.respondent}
          onChoose={act(state.chooseRespondent)}
        />
      </View>
      <Text>{values.intro}</Text>
      {values.statements.map((statement) => {
        const text = withPerson(statement.text, person)
        return (
          <View key={statement.id} className='stack stack--tight value-statement'>
            <Text className='value-statement__text'>{text}</Text>
            <ChoiceChips
              groupLabel={text}
              options={choiceOptions(statement.notApplicable ? [...values.choices, values.notApplicable] : values.choices)}
              selected={notes.values[statement.id]}
              onChoose={act((choice: string) => state.chooseValue(statement.id, choice))}
            />
          </View>
        )
      })}
      <View className='stack stack--tight value-statement'>
        <Text className='value-statement__text'>{otherPrompt}</Text>
        {notes.other && <Text className='card free-text' userSelect>{notes.other}</Text>}
        <Tappable className='pill write-other' onTap={writeOther} label={`${notes.other ? '修改这段话' : '写下来'}：${otherPrompt}`}>
          {notes.other ? '修改这段话' : '写下来'}
        </Tappable>
        <Text className='muted'>{`最多${values.other.limit}个字，只保存在这部手机上。`}</Text>
        {entryProblem && <Text className='notes-cleared'>{entryProblem}</Text>}
      </View>
      <View className='stack panel weigh-up'>
        <Heading level={3} className='value-statement__text'>{values.weighUp.heading}</Heading>
        <Text className='muted'>{values.weighUp.intro}</Text>
        {(['hsct', 'standard', 'both'] as const).every((leaning) => reasons[leaning].length === 0)
          ? <Text>{values.weighUp.empty}</Text>
          : (['hsct', 'standard', 'both'] as const).map((leaning) => reasons[leaning].length > 0 && (
            <View key={leaning} className={`stack stack--tight weigh-up__column weigh-up__column--${leaning}`}>
              <Text className='weigh-up__heading'>{values.weighUp[leaning]}</Text>
              {reasons[leaning].map((reason) => <Text key={reason}>{`· ${reason}`}</Text>)}
            </View>
          ))}
      </View>
      <View className='stack stack--tight value-statement'>
        <Heading level={3} className='value-statement__text'>{withPerson(values.leaning.question, person)}</Heading>
        <ChoiceChips groupLabel={withPerson(values.leaning.question, person)} options={choiceOptions(values.leaning.choices)} selected={notes.leaning} onChoose={act(state.chooseLeaning)} />
      </View>
      <Text className='decide-prompt'>{values.storage}</Text>
      <Tappable className='pill clear-notes' onTap={() => { state.clear(); setCleared(true) }}>
        {values.clear}
      </Tappable>
      {cleared && <Text className='notes-cleared' aria-live='polite'>已清除。您在这一页的回答不再保存在手机上。</Text>}
    </>
  )
}

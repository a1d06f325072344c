import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Decide } from '@/content'
import { ChoiceChips, choiceOptions } from '@/components/ChoiceChips'
import { useArrival } from '@/components/PageShell'
import { Heading } from '@/components/Section'
import { SourcedTexts } from '@/components/Sources'
import { Tappable } from '@/components/Tappable'
import { TermChips, TermText, markedTerms } from '@/components/TermText'
import type { Segment } from '@/content/terms'
import { ui } from '@/content/ui'
import type { DecisionNotes } from '../notes'
import { OwnWordsField } from '../summary/OwnWordsField'
import { personWord, withPerson } from '../wording'
import type { PartProps } from './parts'

type Values = Decide['values']
type Leaning = Values['statements'][number]['leansTo']

/** Ratings that make a statement a reason the reader weighs (不太重要, 说不清 and 不适用 are not). */
const WEIGHED = new Set(['very', 'somewhat'])

/**
 * The reader's own ratings gathered into reasons, by the option each speaks for, with the rating beside it, and the
 * end of the trade-off she chose: no verdict and no score, only what the reader said matters, next to what the
 * evidence says about it.
 */
export function weighUp(values: Values, notes: DecisionNotes): Record<Leaning, string[]> {
  const reasons: Record<Leaning, string[]> = { hsct: [], standard: [], both: [] }
  const end = values.tradeOff.choices.find((choice) => choice.id === notes.answers[values.tradeOff.id])
  if (end) reasons[end.leansTo].push(end.reason)
  for (const statement of values.statements) {
    const choice = notes.values[statement.id]
    if (!choice || !WEIGHED.has(choice)) continue
    const rating = values.choices.find((entry) => entry.id === choice)?.label
    reasons[statement.leansTo].push(`${statement.reason}（${rating}）`)
  }
  return reasons
}

/** One question, its words' terms tappable, answered with one of a few large choices. */
function ChoiceQuestion({ segments, label, choices, selected, onChoose, heading = false }: {
  segments: Segment[]
  label: string
  choices: { id: string; label: string }[]
  selected: string | undefined
  onChoose: (choice: string) => void
  heading?: boolean
}) {
  return (
    <View className='stack stack--tight value-statement'>
      {heading ? <Heading level={3} className='value-statement__text'><TermText segments={segments} /></Heading> : <Text className='value-statement__text'><TermText segments={segments} /></Text>}
      <ChoiceChips groupLabel={label} options={choiceOptions(choices)} selected={selected} onChoose={onChoose} />
    </View>
  )
}

/**
 * Who is answering, what matters to them, which end of the trade-off weighs more, their own words, the reasons
 * gathered from their answers, where they lean, who decides with them and how, and a word on feelings: each a few
 * large choices, none preset, kept on the phone only (not in Moments' preview, whose storage is its own).
 */
export function ValuesPart({ aid, notes: state }: PartProps) {
  const { values, respondents } = aid
  const { notes } = state
  const { singlePage } = useArrival()
  const [cleared, setCleared] = useState(false)
  const act = <A extends unknown[]>(change: (...args: A) => void) => (...args: A) => {
    setCleared(false)
    change(...args)
  }
  const person = personWord(aid, notes.respondent)
  const reasons = weighUp(values, notes)
  const otherPrompt = withPerson(values.other.prompt, person)
  const statements = values.statements.map((statement) => withPerson(statement.text, person))
  const tradeOff = withPerson(values.tradeOff.question, person)
  const support = values.support.questions.map((question) => withPerson(question.question, person))
  const rated = markedTerms([...statements, tradeOff])
  const supported = markedTerms(support)
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
      <Text>{withPerson(values.intro, person)}</Text>
      {values.statements.map((statement, index) => (
        <ChoiceQuestion
          key={statement.id}
          segments={rated.segments[index]}
          label={statements[index]}
          choices={statement.notApplicable ? [...values.choices, values.notApplicable] : values.choices}
          selected={notes.values[statement.id]}
          onChoose={act((choice: string) => state.chooseValue(statement.id, choice))}
        />
      ))}
      <View className='trade-off'>
        <ChoiceQuestion
          heading
          segments={rated.segments[statements.length]}
          label={tradeOff}
          choices={values.tradeOff.choices}
          selected={notes.answers[values.tradeOff.id]}
          onChoose={act((choice: string) => state.chooseAnswer(values.tradeOff.id, choice))}
        />
      </View>
      <TermChips termIds={rated.termIds} />
      <OwnWordsField
        className='value-statement write-other'
        label={otherPrompt}
        placeholder={values.other.placeholder}
        value={notes.other}
        limit={values.other.limit}
        hint={values.other.hint}
        cut={values.other.cut}
        onChange={act(state.writeOther)}
      />
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
      <View className='stack support'>
        <Heading level={3} className='decide-subheading'>{values.support.heading}</Heading>
        {values.support.questions.map((question, index) => (
          <ChoiceQuestion
            key={question.id}
            segments={supported.segments[index]}
            label={support[index]}
            choices={question.choices}
            selected={notes.answers[question.id]}
            onChoose={act((choice: string) => state.chooseAnswer(question.id, choice))}
          />
        ))}
        <TermChips termIds={supported.termIds} />
      </View>
      <View className='stack feelings'>
        <Heading level={3} className='decide-subheading'>{values.feelings.heading}</Heading>
        <SourcedTexts items={values.feelings.paragraphs} foldSources />
      </View>
      <Text className='decide-prompt'>{singlePage ? values.storageSinglePage : values.storage}</Text>
      <Tappable className='pill clear-notes' onTap={() => { state.clear(); setCleared(true) }}>
        {values.clear}
      </Tappable>
      {cleared && <Text className='notes-cleared' aria-live='polite'>{ui.decide.cleared}</Text>}
    </>
  )
}

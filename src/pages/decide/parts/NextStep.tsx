import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Decide } from '@/content'
import { findFindings } from '@/content/findings'
import { figuresText, findingLabel } from '@/content/findingText'
import { ChoiceChips, choiceOptions } from '@/components/ChoiceChips'
import { Heading } from '@/components/Section'
import { TermChips, TermText, markedTerms } from '@/components/TermText'
import { SourcedTexts } from '@/components/Sources'
import { PartLink } from '../PartLink'
import { personWord, withPerson } from '../wording'
import type { PartProps } from './parts'

type Check = Decide['nextStep']['check']

/**
 * A few questions on the key points: every answer, right or wrong, is explained at once. Nothing is graded or kept
 * (the answers live in this view only), so that it reads as a check of the aid, not a test of the reader.
 */
function KnowledgeCheck({ check }: { check: Check }) {
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const { segments, termIds } = markedTerms(check.questions.flatMap((question) => [question.text, question.explanation]))
  return (
    <View className='stack panel knowledge-check'>
      <Heading level={3} className='value-statement__text'>{check.heading}</Heading>
      <Text className='muted'>{check.intro}</Text>
      {check.questions.map((question, index) => {
        const answer = answers[question.id]
        return (
          <View key={question.id} className='stack stack--tight check-question'>
            <Text className='value-statement__text'><TermText segments={segments[index * 2]} /></Text>
            <ChoiceChips
              groupLabel={question.text}
              options={choiceOptions(question.choices)}
              selected={answer}
              onChoose={(choice: string) => setAnswers((current) => ({ ...current, [question.id]: choice }))}
            />
            {answer && (
              <View className='stack stack--tight check-explanation' aria-live='polite'>
                <Text className='check-explanation__verdict'>{answer === question.answer ? check.right : check.wrong}</Text>
                <TermText segments={segments[index * 2 + 1]} />
                {findFindings(question.findings).map((finding) => <Text key={finding.id} className='muted'>{`${findingLabel(finding)}：${figuresText(finding)}。`}</Text>)}
              </View>
            )}
          </View>
        )
      })}
      <TermChips termIds={termIds} />
    </View>
  )
}

/** How sure the reader feels (SURE, in the app's own Chinese), when to decide, and the concrete next step. */
export function NextStepPart({ aid, notes: state, go }: PartProps) {
  const { check, sure, timing, next } = aid.nextStep
  const person = personWord(aid, state.notes.respondent)
  const sureTexts = [...sure.questions.map((question) => withPerson(question.text, person)), sure.advice, sure.note]
  const marked = markedTerms(sureTexts)
  return (
    <>
      <KnowledgeCheck check={check} />
      <View className='stack panel sure'>
        <Heading level={3} className='value-statement__text'>{sure.heading}</Heading>
        {sure.questions.map((question, index) => {
          const text = sureTexts[index]
          return (
            <View key={question.id} className='stack stack--tight sure-question'>
              <TermText segments={marked.segments[index]} />
              <ChoiceChips
                groupLabel={text}
                options={choiceOptions(sure.choices)}
                selected={state.notes.sure[question.id]}
                onChoose={(choice: string) => state.chooseSure(question.id, choice)}
              />
            </View>
          )
        })}
        <TermText segments={marked.segments[sure.questions.length]} />
        <Text className='muted'><TermText segments={marked.segments[sure.questions.length + 1]} /></Text>
        <TermChips termIds={marked.termIds} />
      </View>
      <Heading level={3} className='decide-subheading'>{timing.heading}</Heading>
      <SourcedTexts items={timing.paragraphs} foldSources />
      <View className='stack update-panel next-step'>
        <Heading level={3} className='decide-subheading'>{next.heading}</Heading>
        <SourcedTexts items={next.paragraphs} foldSources />
      </View>
      <PartLink section='china' go={go}>{`${aid.china.heading}：${aid.china.checks.heading}`}</PartLink>
      <PartLink section='practical' go={go} />
      <PartLink section='recruiting' go={go} />
    </>
  )
}

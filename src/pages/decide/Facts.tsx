// The aid's sections that lay out facts: the options, the trials side by side, the process, what doctors look at.
import { Text, View } from '@tarojs/components'
import type { Decide } from '@/content'
import { Heading } from '@/components/Section'
import { Sources, SourcedTexts } from '@/components/Sources'
import { TermChips, TermText, markedTerms } from '@/components/TermText'

// Each section marks its terms once, inline, and repeats them as chips at its end.

export function OptionsSection({ options }: { options: Decide['options'] }) {
  const { segments, termIds } = markedTerms(options.choices.map((choice) => choice.text))
  return (
    <>
      <Text>{options.intro}</Text>
      {options.choices.map((choice, index) => (
        <View key={choice.id} className={`card stack stack--tight option-card option-card--${choice.id}`}>
          <Heading level={3} className='option-card__name'>{choice.name}</Heading>
          <TermText segments={segments[index]} />
        </View>
      ))}
      <Text className='decide-prompt'>{options.others}</Text>
      <TermChips termIds={termIds} />
    </>
  )
}

/** The randomised trials as cards of label/value rows (readable at 特大 on a 375 px phone), then STAT apart. */
export function TrialsSideBySide({ trials }: { trials: Decide['trials'] }) {
  return (
    <>
      <Text>{trials.intro}</Text>
      {trials.trials.map((trial) => (
        <View key={trial.name} className='card stack stack--tight decide-trial'>
          <Heading level={3} className='decide-trial__name'>{trial.name}</Heading>
          {trial.rows.map((row) => (
            <View key={row.label} className='decide-fact'>
              <Text className='muted decide-fact__label'>{row.label}</Text>
              <Text>{row.text}</Text>
            </View>
          ))}
          <Sources sources={trial.sources} subject={trial.name} />
        </View>
      ))}
      <View className='card stack stack--tight decide-trial decide-trial--single'>
        <Heading level={3} className='decide-trial__name'>{trials.singleGroup.name}</Heading>
        <SourcedTexts items={[trials.singleGroup]} subject='STAT' />
      </View>
    </>
  )
}

export function ProcessSection({ process }: { process: Decide['process'] }) {
  const { segments, termIds } = markedTerms(process.steps.map((step) => step.text))
  return (
    <>
      <Text>{process.intro}</Text>
      <View className='stack process-steps'>
        {process.steps.map((step, index) => (
          <View key={step.title} className='stack stack--tight process-step'>
            <Heading level={3} className='process-step__title'>{`${index + 1}. ${step.title}`}</Heading>
            <TermText segments={segments[index]} />
          </View>
        ))}
      </View>
      <View className='panel decide-prompt'>
        <Text>{process.unknowns}</Text>
      </View>
      <TermChips termIds={termIds} />
      <Sources sources={process.sources} />
    </>
  )
}

export function DoctorsSection({ doctors }: { doctors: Decide['doctors'] }) {
  return (
    <>
      <Text>{doctors.intro}</Text>
      {doctors.points.map((point) => (
        <View key={point.title} className='stack stack--tight doctor-point'>
          <Heading level={3} className='doctor-point__title'>{point.title}</Heading>
          <Text>{point.text}</Text>
        </View>
      ))}
      <Sources sources={doctors.sources} />
    </>
  )
}

// The parts a reader may skip ("更多细节"): the trials side by side with their doses and statistics, the process,
// what doctors look at, and China. Sources stand under each block here, as a reader who opens them expects.
import { Text, View } from '@tarojs/components'
import { fill, ui } from '@/content/ui'
import type { Decide } from '@/content'
import { findFindings } from '@/content/findings'
import { findingSentence, technicalDetail } from '@/content/findingText'
import { Heading } from '@/components/Section'
import { Sources, SourcedTexts } from '@/components/Sources'
import { TermChips, TermText, markedTerms } from '@/components/TermText'
import type { PartProps } from './parts'

type TrialRow = Decide['trials']['trials'][number]['rows'][number]

/** A row's words: its own text, or its findings as sentences with their statistics. */
function rowTexts(row: TrialRow): string[] {
  const figures = findFindings(row.findings).flatMap((finding) => {
    const detail = technicalDetail(finding)
    return [findingSentence(finding), ...(detail ? [fill(ui.decide.statsDetail, { detail })] : [])]
  })
  return [...(row.text ? [row.text] : []), ...figures]
}

/** The randomised trials as cards of label/value rows (readable at 特大 on a 375 px phone), then STAT apart. */
export function Trials({ aid: { trials } }: PartProps) {
  return (
    <>
      <Text>{trials.intro}</Text>
      {trials.trials.map((trial) => (
        <View key={trial.name} className='card stack stack--tight decide-trial'>
          <Heading level={3} className='decide-trial__name'>{trial.name}</Heading>
          <Text className='muted'>{fill(ui.decide.nameEn, { name: trial.nameEn })}</Text>
          {trial.rows.map((row) => (
            <View key={row.label} className='decide-fact'>
              <Text className='muted decide-fact__label'>{row.label}</Text>
              {rowTexts(row).map((text) => <Text key={text}>{text}</Text>)}
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

export function Process({ aid: { process } }: PartProps) {
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

export function Doctors({ aid: { doctors } }: PartProps) {
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

/** What the app cannot tell about China, how to check a centre, and the two rules, each with what it covers. */
export function China({ aid: { china } }: PartProps) {
  return (
    <>
      <SourcedTexts items={china.paragraphs} />
      <Heading level={3} className='decide-subheading'>{china.checks.heading}</Heading>
      <View className='stack stack--tight china-checks'>
        {china.checks.items.map((item) => <Text key={item}>{`· ${item}`}</Text>)}
      </View>
      <Sources sources={china.checks.sources} />
      <Heading level={3} className='decide-subheading'>{china.rules.heading}</Heading>
      <View className='stack china-rules'>
        <SourcedTexts items={china.rules.paragraphs} />
      </View>
    </>
  )
}

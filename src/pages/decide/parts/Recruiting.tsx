import { Text, View } from '@tarojs/components'
import { fill, ui } from '@/content/ui'
import { isRecordFresh } from '@/content/dates'
import { statusText } from '@/content/status'
import { CopyButton } from '@/components/CopyButton'
import { Heading } from '@/components/Section'
import { Sources, SourcedTexts } from '@/components/Sources'
import type { PartProps } from './parts'

/**
 * Trials that may recruit, each with its status dated by its record, and how to look for others. The mini-program
 * cannot open other sites (no web-view for their domains), so each address and search word copies with one tap.
 */
export function Recruiting({ aid: { recruiting } }: PartProps) {
  return (
    <>
      {/* Its sources behind one 来源 tap, so that no source line stands between its first sentence and the trials. */}
      <SourcedTexts items={recruiting.paragraphs} foldSources />
      {recruiting.trials.map((trial) => (
        <View key={trial.name} className='card stack stack--tight recruiting-trial'>
          <Heading level={3} className='decide-trial__name'>{trial.name}</Heading>
          <Text className='trial-status'>{statusText(trial.status)}</Text>
          {!isRecordFresh(trial.status.recordDate, new Date()) && <Text className='trial-status__old'>{recruiting.oldRecordNote}</Text>}
          <Sources sources={trial.status.sources} subject={trial.name} />
          <SourcedTexts items={trial.paragraphs} subject={trial.name} />
        </View>
      ))}
      <Heading level={3} className='decide-subheading'>{recruiting.registriesHeading}</Heading>
      {recruiting.registries.map((registry) => (
        <View key={registry.id} className='card stack stack--tight registry'>
          <Text className='registry__name'>{registry.name}</Text>
          <Text className='registry__address'>{registry.address}</Text>
          <Text className='muted'>{registry.note}</Text>
          <CopyButton value={registry.address} label={fill(ui.decide.copyAddressSpoken, { address: registry.address, name: registry.name })}>{ui.decide.copyAddress}</CopyButton>
        </View>
      ))}
      <Heading level={3} className='decide-subheading'>{recruiting.searchHeading}</Heading>
      {recruiting.searchWords.map((words) => (
        <View key={words} className='stack stack--tight search-words'>
          <Text className='registry__address'>{words}</Text>
          <CopyButton value={words} label={fill(ui.decide.copySearchWordsSpoken, { words })}>{ui.decide.copySearchWords}</CopyButton>
        </View>
      ))}
      <Text className='decide-prompt'>{recruiting.searchNote}</Text>
    </>
  )
}

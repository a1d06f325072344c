import { Text, View } from '@tarojs/components'
import type { Decide } from '@/content'
import { CopyButton } from '@/components/CopyButton'
import { Heading } from '@/components/Section'
import { SourcedTexts } from '@/components/Sources'

/**
 * Trials that recruit now and how to look for others. The mini-program cannot open other sites (no web-view for
 * their domains), so each address and search word copies with one tap, to paste into the phone's browser.
 */
export function Recruiting({ recruiting }: { recruiting: Decide['recruiting'] }) {
  return (
    <>
      <SourcedTexts items={recruiting.paragraphs} />
      <Heading level={3} className='decide-subheading'>{recruiting.registriesHeading}</Heading>
      {recruiting.registries.map((registry) => (
        <View key={registry.id} className='card stack stack--tight registry'>
          <Text className='registry__name'>{registry.name}</Text>
          <Text className='registry__address'>{registry.address}</Text>
          <Text className='muted'>{registry.note}</Text>
          <CopyButton value={registry.address} label={`复制网址 ${registry.address}（${registry.name}）`}>复制网址</CopyButton>
        </View>
      ))}
      <Heading level={3} className='decide-subheading'>{recruiting.searchHeading}</Heading>
      {recruiting.searchWords.map((words) => (
        <View key={words} className='stack stack--tight search-words'>
          <Text className='registry__address'>{words}</Text>
          <CopyButton value={words} label={`复制检索词 ${words}`}>复制检索词</CopyButton>
        </View>
      ))}
      <Text className='decide-prompt'>{recruiting.searchNote}</Text>
      <Heading level={3} className='decide-subheading'>{recruiting.rulesHeading}</Heading>
      <SourcedTexts items={recruiting.rules} />
    </>
  )
}

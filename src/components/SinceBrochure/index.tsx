import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Source, SourcedText } from '@/content'
import { copyText } from '@/platform/actions'
import { CopyFallback } from '../CopyFallback'
import { Tappable } from '../Tappable'
import './index.scss'
import { Heading } from '../Section'

function copyableValue(source: Source): string | undefined {
  return source.doi ? `doi:${source.doi}` : source.registry
}

function SourceLine({ source, subject, onCopy }: { source: Source; subject?: string; onCopy: (value: string) => void }) {
  const value = copyableValue(source)
  const action = source.doi ? '复制 DOI' : '复制注册号'
  return (
    <View className='stack stack--tight muted'>
      <Text className='source__citation'>来源：{source.citation}{value ? ` · ${value}` : ''}</Text>
      {value && (
        <Tappable className='pill source__copy-button' onTap={() => onCopy(value)} label={`${action} ${value}${subject ? `（${subject}）` : ''}`}>
          <Text>{action}</Text>
        </Tappable>
      )}
    </View>
  )
}

function SourcedParagraph({ item, subject, onCopy }: { item: SourcedText; subject?: string; onCopy: (value: string) => void }) {
  return (
    <View className='stack stack--tight'>
      <Text>{item.text}</Text>
      {item.sources.map((source) => <SourceLine key={source.citation + (copyableValue(source) ?? '')} source={source} subject={subject} onCopy={onCopy} />)}
    </View>
  )
}

interface SinceBrochureProps {
  heading: string
  label: string
  checkedAt: string
  entries: SourcedText[]
  correction?: SourcedText
  /** What the entries are about (a trial's acronym), so that each copy button says whose number it copies. */
  subject?: string
}

/**
 * What the app compiled after the brochure: kept apart from the brochure's text, dated, and with every sentence
 * sourced; each DOI or registry number copies with one tap.
 */
export function SinceBrochure({ heading, label, checkedAt, entries, correction, subject }: SinceBrochureProps) {
  const [failedCopy, setFailedCopy] = useState<{ value: string; message: string }>()
  const copy = async (value: string) => {
    const outcome = await copyText(value)
    setFailedCopy(outcome.ok ? undefined : { value, message: outcome.message })
  }
  return (
    <View className='stack stack--loose since-brochure'>
      <Heading level={2} className='since-brochure__heading'>{heading}</Heading>
      <Text className='since-brochure__label'>{label}核对日期：{checkedAt}。</Text>
      {correction && (
        <View className='since-brochure__correction'>
          <SourcedParagraph item={correction} subject={subject} onCopy={copy} />
        </View>
      )}
      {entries.map((entry) => <SourcedParagraph key={entry.text} item={entry} subject={subject} onCopy={copy} />)}
      {failedCopy && <CopyFallback message={failedCopy.message} value={failedCopy.value} />}
    </View>
  )
}

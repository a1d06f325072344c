import { Text, View } from '@tarojs/components'
import type { SourcedText } from '@/content'
import { Heading } from '../Section'
import { SourcedTexts } from '../Sources'
import './index.scss'

interface SinceBrochureProps {
  heading: string
  label: string
  checkedAt: string
  entries: SourcedText[]
  id?: string
  /** What the entries are about (a trial's acronym), so that each copy button says whose number it copies. */
  subject?: string
}

/** What the app compiled after the brochure: kept apart from the brochure's text, dated, every sentence sourced. */
export function SinceBrochure({ heading, label, checkedAt, entries, id, subject }: SinceBrochureProps) {
  return (
    <View className='stack stack--loose update-panel since-brochure' {...(id ? { id } : {})}>
      <Heading level={2} className='since-brochure__heading'>{heading}</Heading>
      <Text className='since-brochure__label'>{label}核对日期：{checkedAt}。</Text>
      <SourcedTexts items={entries} subject={subject} />
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import type { Finding, SourcedText } from '@/content'
import { fill, ui } from '@/content/ui'
import { Findings } from '../Findings'
import { Heading } from '../Section'
import { SourcedTexts } from '../Sources'
import './index.scss'

interface SinceBrochureProps {
  heading: string
  label: string
  checkedAt: string
  entries: SourcedText[]
  /** Trial results, benefits and harms in the same form, before the entries. */
  findings?: Finding[]
  id?: string
  /** What the entries are about (a trial's acronym), so that each copy button says whose number it copies. */
  subject?: string
}

/** What the app compiled after the brochure: kept apart from the brochure's text, dated, every sentence sourced. */
export function SinceBrochure({ heading, label, checkedAt, entries, findings = [], id, subject }: SinceBrochureProps) {
  return (
    <View className='stack stack--loose update-panel since-brochure' {...(id ? { id } : {})}>
      <Heading level={2} className='since-brochure__heading'>{heading}</Heading>
      <Text className='since-brochure__label'>{`${label}${fill(ui.common.checkedAt, { date: checkedAt })}。`}</Text>
      {findings.length > 0 && <Findings findings={findings} subject={subject} />}
      <SourcedTexts items={entries} subject={subject} />
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

interface SectionProps {
  id?: string
  heading: string
  children: ReactNode
}

/** A titled block of a page; `id` makes it a scroll target for tables of contents and deep links. */
export function Section({ id, heading, children }: SectionProps) {
  return (
    // An absent id must not reach the web build as id="undefined".
    <View className='stack section' {...(id ? { id } : {})}>
      <Text className='section__heading'>{heading}</Text>
      <View className='stack'>{children}</View>
    </View>
  )
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <View className='paragraph'>{children}</View>
}

/** The date the brochure's content speaks for, shown wherever statuses or findings are. */
export function DateNote({ children }: { children: ReactNode }) {
  return (
    <View className='date-note'>
      <Text>{children}</Text>
    </View>
  )
}

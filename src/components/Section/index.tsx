import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { roleProps } from '@/platform/accessibility'
import './index.scss'

interface SectionProps {
  id?: string
  heading: string
  children: ReactNode
}

/** A heading, announced as one (with its level) by screen readers that support it. */
export function Heading({ level, className, children }: { level: 1 | 2 | 3; className: string; children: ReactNode }) {
  return <Text className={className} {...roleProps('heading')} aria-level={level}>{children}</Text>
}

/** The page's title: the one level-1 heading. */
export function PageTitle({ children }: { children: ReactNode }) {
  return <Heading level={1} className='page-title'>{children}</Heading>
}

/** A titled block of a page; `id` makes it a scroll target for tables of contents and deep links. */
export function Section({ id, heading, children }: SectionProps) {
  return (
    // An absent id must not reach the web build as id="undefined".
    <View className='stack section' {...(id ? { id } : {})}>
      <Heading level={2} className='section__heading'>{heading}</Heading>
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

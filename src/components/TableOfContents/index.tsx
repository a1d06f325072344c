import { View } from '@tarojs/components'
import { ui } from '@/content/ui'
import { Heading } from '../Section'
import { Tappable } from '../Tappable'
import './index.scss'

export interface ContentsEntry<T extends string> {
  id: T
  label: string
}

/** A long page's sections as large entries; a tap scrolls to the section (the page decides how). */
export function TableOfContents<T extends string>({ entries, onJump, heading = ui.shell.contents }: { entries: ContentsEntry<T>[]; onJump: (id: T) => void; heading?: string }) {
  return (
    <View className='stack panel'>
      <Heading level={2} className='toc__heading'>{heading}</Heading>
      {entries.map((entry) => (
        <Tappable key={entry.id} className='toc-entry' onTap={() => onJump(entry.id)}>
          {entry.label}
        </Tappable>
      ))}
    </View>
  )
}

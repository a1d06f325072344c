import { Button, Text, View } from '@tarojs/components'
import { glossary } from '@/content'
import type { Segment } from '@/content/terms'
import { controlProps, dialogProps, HIDDEN } from '@/platform/accessibility'
import './index.scss'

interface TermTextProps {
  segments: Segment[]
  onTerm: (termId: string) => void
}

/** A sentence whose glossary terms are underlined and open their definition with one tap. */
export function TermText({ segments, onTerm }: TermTextProps) {
  return (
    <Text className='term-text'>
      {segments.map((segment, index) =>
        segment.termId ? (
          <Text key={index} className='term' onClick={() => onTerm(segment.termId as string)} {...controlProps('button', `${segment.text}（查看解释）`)}>{segment.text}</Text>
        ) : (
          <Text key={index}>{segment.text}</Text>
        )
      )}
    </Text>
  )
}

interface TermSheetProps {
  termId?: string
  onClose: () => void
}

/**
 * The definition of one term, in a sheet at the bottom that closes with a large button. Screen readers hear it
 * as a dialog as it opens (WeChat reads the live region); the backdrop is only a shortcut, so it stays silent.
 */
export function TermSheet({ termId, onClose }: TermSheetProps) {
  const term = glossary.terms.find((entry) => entry.id === termId)
  if (!term) return null
  return (
    <View className='term-sheet' catchMove>
      <View className='term-sheet__backdrop' onClick={onClose} {...HIDDEN} />
      <View className='stack term-sheet__panel' {...dialogProps(`术语解释：${term.term}`)}>
        <Text className='term-sheet__title'>{term.term}</Text>
        <Text className='term-sheet__definition'>{term.definition}</Text>
        <Text className='muted'>{glossary.note}（{glossary.reviewedAt} 审阅）</Text>
        <Button className='solid-button' onClick={onClose}>知道了，关闭</Button>
      </View>
    </View>
  )
}

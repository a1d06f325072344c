import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { fill } from '@/content/ui'
import { fieldProps } from '@/platform/accessibility'
import { limitText } from '../notes'
import './OwnWordsField.scss'

interface OwnWordsFieldProps {
  /** What to write, shown above the field and announced for it. */
  label: string
  placeholder: string
  value: string
  limit: number
  /** Under the field: the limit and where the words are kept ({limit}); left out where a list of fields says it once. */
  hint?: string
  /** Said when she reaches the limit: what was kept is what the field shows ({limit}). */
  cut: string
  onChange: (words: string) => void
  className: string
}

/**
 * A field she types her own words into, on the page itself: a textarea works on every base library, where WeChat's
 * editable dialog needs 2.17.1 (and on an older one comes back without the words). What she types is kept as plain
 * text; reaching the limit says so, and the field shows exactly what was kept.
 */
export function OwnWordsField({ label, placeholder, value, limit, hint, cut, onChange, className }: OwnWordsFieldProps) {
  const [full, setFull] = useState(false)
  const change = (typed: string) => {
    const kept = limitText(typed, limit)
    setFull(Array.from(kept).length >= limit)
    onChange(kept)
  }
  return (
    <View className={`stack stack--tight own-words ${className}`}>
      <Text className='own-words__label'>{label}</Text>
      <Textarea
        className='own-words__field'
        value={value}
        placeholder={placeholder}
        maxlength={limit}
        autoHeight
        onInput={(event) => change(event.detail.value)}
        {...fieldProps(label)}
      />
      {hint && <Text className='muted'>{fill(hint, { limit })}</Text>}
      {full && <Text className='notes-cleared' aria-live='polite'>{fill(cut, { limit })}</Text>}
    </View>
  )
}

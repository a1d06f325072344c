import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { controlProps } from '@/platform/accessibility'
import { visibleWords } from './visibleWords'

interface TappableProps {
  className: string
  onTap: () => void
  children: ReactNode
  /** What a screen reader announces where the visible words alone are unclear; defaults to the visible words. */
  label?: string
  /** Set for a choice: announced as one, and whether it is chosen. */
  checked?: boolean
  /** A choice of its own (ticked or not), rather than one of a group. */
  checkbox?: boolean
}

/**
 * A large tap target: a single tap anywhere on it acts (no long press, no precision needed). Screen readers
 * (WeChat's and the web's) announce it as a button, or as a choice (radio or checkbox) when `checked` is set.
 */
export function Tappable({ className, onTap, children, label, checked, checkbox = false }: TappableProps) {
  const role = checked === undefined ? 'button' : checkbox ? 'checkbox' : 'radio'
  return (
    <View className={`tappable ${className}`} hoverClass='tappable--pressed' onClick={onTap} {...controlProps(role, label ?? visibleWords(children), checked)}>
      {children}
    </View>
  )
}

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
  /** Set for one choice of a group (text sizes, filters): announced as a choice, and whether it is the chosen one. */
  checked?: boolean
}

/**
 * A large tap target: a single tap anywhere on it acts (no long press, no precision needed). Screen readers
 * (WeChat's and the web's) announce it as a button, or as a choice when `checked` is set, with its words.
 */
export function Tappable({ className, onTap, children, label, checked }: TappableProps) {
  const role = checked === undefined ? 'button' : 'radio'
  return (
    <View className={`tappable ${className}`} hoverClass='tappable--pressed' onClick={onTap} {...controlProps(role, label ?? visibleWords(children), checked)}>
      {children}
    </View>
  )
}

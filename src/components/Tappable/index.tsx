import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface TappableProps {
  className: string
  onTap: () => void
  children: ReactNode
  /** What a screen reader announces; defaults to the visible text. */
  label?: string
}

// The web build passes these through to the element; WeChat reads the visible text instead.
const buttonSemantics = (label?: string) => ({ role: 'button', tabIndex: 0, ...(label ? { 'aria-label': label } : {}) }) as object

/** A large tap target: a single tap anywhere on it acts (no long press, no precision needed). */
export function Tappable({ className, onTap, children, label }: TappableProps) {
  return (
    <View className={`tappable ${className}`} hoverClass='tappable--pressed' onClick={onTap} {...buttonSemantics(label)}>
      {children}
    </View>
  )
}

import { useState } from 'react'
import { copyText } from '@/platform/actions'
import { CopyFallback } from '../CopyFallback'
import { Tappable } from '../Tappable'

interface CopyButtonProps {
  /** What lands on the clipboard. */
  value: string
  /** The button's words. */
  children: string
  /** What a screen reader hears, where the words alone do not say what is copied. */
  label?: string
  className?: string
}

/** Copies with one tap (WeChat shows its own 内容已复制); if the clipboard is refused, shows the text to copy by hand. */
export function CopyButton({ value, children, label, className = 'pill' }: CopyButtonProps) {
  const [failed, setFailed] = useState<string>()
  const copy = async () => {
    const outcome = await copyText(value)
    setFailed(outcome.ok ? undefined : outcome.message)
  }
  // No wrapper: the fallback follows the button in whatever stack holds it.
  return (
    <>
      <Tappable className={className} onTap={copy} label={label}>{children}</Tappable>
      {failed && <CopyFallback message={failed} value={value} />}
    </>
  )
}

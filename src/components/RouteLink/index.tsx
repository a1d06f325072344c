import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { openDestination } from '@/platform/navigation'
import type { Destination } from '@/routes'
import { DecoratedText } from '../Decoration'
import { useArrival } from '../PageShell'
import { Tappable } from '../Tappable'

interface RouteLinkProps {
  to: Destination
  className?: string
  children: ReactNode
  label?: string
  /** In Moments' single-page mode keep the content (e.g. a trial card) and drop only the link. */
  keepContentInSinglePage?: boolean
}

/** A link to another page. WeChat disables navigation in Moments' single-page mode, so there it is not a link. */
export function RouteLink({ to, className = 'pill', children, label, keepContentInSinglePage = false }: RouteLinkProps) {
  const { singlePage } = useArrival()
  const content = typeof children === 'string' ? <DecoratedText>{children}</DecoratedText> : children
  if (singlePage) return keepContentInSinglePage ? <View className={className}>{content}</View> : null
  return (
    <Tappable className={className} onTap={() => openDestination(to)} label={label}>
      {content}
    </Tappable>
  )
}

/** A visual "more ›" cue inside a link, left out where links are disabled; its glyphs are silent. */
export function LinkCue({ children }: { children: string }) {
  const { singlePage } = useArrival()
  return singlePage ? null : <DecoratedText className='link-cue'>{children}</DecoratedText>
}

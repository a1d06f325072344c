import { Text } from '@tarojs/components'
import { useContext, type ReactNode } from 'react'
import { openDestination } from '@/platform/navigation'
import type { Destination } from '@/routes'
import { ArrivalContext } from '../PageShell/arrival'
import { Tappable } from '../Tappable'

interface RouteLinkProps {
  to: Destination
  className?: string
  children: ReactNode
  label?: string
}

/** A link to another page; in Moments' single-page mode, where WeChat disables navigation, it is not shown. */
export function RouteLink({ to, className = 'link-button', children, label }: RouteLinkProps) {
  const { singlePage } = useContext(ArrivalContext)
  if (singlePage) return null
  return (
    <Tappable className={className} onTap={() => openDestination(to)} label={label}>
      {typeof children === 'string' ? <Text>{children}</Text> : children}
    </Tappable>
  )
}

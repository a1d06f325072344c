import { Button, Text, View } from '@tarojs/components'
import { useMemo, useState, type ReactNode } from 'react'
import { meta } from '@/content/frame'
import { fill, ui } from '@/content/ui'
import { isAloneOnStack, readArrival } from '@/platform/launch'
import { goHome, openDestination } from '@/platform/navigation'
import { usePageShare, type PageShare } from '@/platform/share'
import type { Destination } from '@/routes'
import { FirstScreen } from '../AfterFirstScreen'
import { DecoratedText } from '../Decoration'
import { RouteLink } from '../RouteLink'
import { Tappable } from '../Tappable'
import { TermProvider } from '../TermText'
import { ArrivalContext } from './arrival'
import { useTextSize } from './textSize'
import './index.scss'

export { useArrival } from './arrival'
export { TextSizeProvider, useTextSize } from './textSize'

const FOLLOW_FLOW: Destination = { route: 'contact', query: { section: 'follow' } }

interface PageShellProps {
  share: PageShare
  children: ReactNode
  /** The home page needs no way back home. */
  isHome?: boolean
  /** Where the follow entries lead; the contact page handles them in place. */
  onFollow?: () => void
  /** The about page needs no link to itself. */
  isAbout?: boolean
  /** When the app last checked what it added to this page (corrections, statuses, results), beside the brochure's date. */
  additionsCheckedAt?: string
  /** The share button's words, where a page is meant for families too. */
  shareLabel?: string
}

/**
 * Every page's frame: the reader's text size (from TextSizeProvider at the app root), the aids for readers who
 * arrive from a share card or Moments, the share button, one sheet for every term's definition, and the footer
 * with the content's date, source, disclaimer, the way to the official account and the about page. The frame is
 * always in the page's first screen; what a page wraps in AfterFirstScreen follows once the page is ready.
 */
export function PageShell({ share, children, isHome = false, onFollow, isAbout = false, additionsCheckedAt, shareLabel = ui.shell.share }: PageShellProps) {
  const arrival = useMemo(readArrival, [])
  const [alone] = useState(isAloneOnStack)
  const { scale } = useTextSize()
  usePageShare(share)
  const follow = onFollow ?? (() => openDestination(FOLLOW_FLOW))
  const showNavigation = !arrival.singlePage

  return (
    <ArrivalContext.Provider value={arrival}>
      <View className='page theme-root' style={`--text-scale: ${scale}`}>
        <TermProvider>
          {arrival.fromShare && showNavigation && !isHome && (
            <Tappable className='pill arrival-banner' onTap={follow}>
              <DecoratedText>{ui.shell.fromShare}</DecoratedText>
            </Tappable>
          )}
          {alone && showNavigation && !isHome && (
            <Tappable className='pill home-entry' onTap={goHome}>
              {ui.common.backHome}
            </Tappable>
          )}
          <View className='stack page__content'>
            <FirstScreen>{children}</FirstScreen>
          </View>
          {showNavigation ? (
            <Button className='solid-button share-button' openType='share'>{shareLabel}</Button>
          ) : (
            <View className='panel single-page-hint'>
              <Text>{ui.shell.singlePage}</Text>
            </View>
          )}
          <View className='stack stack--tight muted page-footer'>
            <Text className='page-footer__date'>
              {fill(ui.shell.contentDate, { date: meta.contentDate }) + (additionsCheckedAt ? fill(ui.shell.additionsCheckedAt, { date: additionsCheckedAt }) : '')}
            </Text>
            <Text>{fill(ui.shell.source, { source: meta.source })}</Text>
            <Text>{fill(ui.shell.disclaimer, { disclaimer: meta.disclaimer })}</Text>
            {showNavigation && (
              <Tappable className='pill follow-entry' onTap={follow}>
                {ui.shell.follow}
              </Tappable>
            )}
            {!isAbout && <RouteLink to={{ route: 'about', query: {} }}>{ui.shell.about}</RouteLink>}
          </View>
        </TermProvider>
      </View>
    </ArrivalContext.Provider>
  )
}

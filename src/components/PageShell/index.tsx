import { Button, Text, View } from '@tarojs/components'
import { useMemo, useState, type ReactNode } from 'react'
import { meta } from '@/content'
import { ui } from '@/content/ui'
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
export function PageShell({ share, children, isHome = false, onFollow, isAbout = false, additionsCheckedAt, shareLabel = '分享给病友' }: PageShellProps) {
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
              <DecoratedText>来自病友分享 · 关注紫贝壳公益</DecoratedText>
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
              <Text>这是朋友圈里的预览页。点击屏幕底部的“前往小程序”，可以打开全部内容，也可以转发给病友或关注公众号。</Text>
            </View>
          )}
          <View className='stack stack--tight muted page-footer'>
            <Text className='page-footer__date'>
              {`手册内容日期：${meta.contentDate}${additionsCheckedAt ? `；本页由本小程序补充的内容核对于${additionsCheckedAt}` : ''}`}
            </Text>
            <Text>{`来源：${meta.source}`}</Text>
            <Text>{`手册的免责声明（原文照录）：${meta.disclaimer}`}</Text>
            {showNavigation && (
              <Tappable className='pill follow-entry' onTap={follow}>
                关注紫贝壳公益公众号
              </Tappable>
            )}
            {!isAbout && <RouteLink to={{ route: 'about', query: {} }}>关于本小程序 · 谁写的 · 隐私 · 报告错误</RouteLink>}
          </View>
        </TermProvider>
      </View>
    </ArrivalContext.Provider>
  )
}

// Share payloads for chats, Moments and favorites, all from one description of the page.
import { useAddToFavorites, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { queryString, routeUrl, type Destination } from '@/routes'

export type ShareImage = 'home' | 'hsct' | 'trials' | 'contact'

export interface PageShare {
  title: string
  destination: Destination
  image: ShareImage
}

/** Share images live in the package (config copies src/assets/share), so they work offline. */
export function shareImagePath(image: ShareImage | 'square'): string {
  return `/assets/share/${image}.png`
}

export function chatSharePayload({ title, destination, image }: PageShare) {
  return { title, path: routeUrl(destination), imageUrl: shareImagePath(image) }
}

export function timelineSharePayload({ title, destination }: PageShare) {
  return { title, query: queryString(destination.query), imageUrl: shareImagePath('square') }
}

export function favoritesPayload({ title, destination, image }: PageShare) {
  return { title, query: queryString(destination.query), imageUrl: shareImagePath(image) }
}

/** Registers the page's share handlers (each page's index.config.ts must enable them: enableShareAppMessage, enableShareTimeline). */
export function usePageShare(share: PageShare): void {
  useShareAppMessage(() => chatSharePayload(share))
  useShareTimeline(() => timelineSharePayload(share))
  useAddToFavorites(() => favoritesPayload(share))
}

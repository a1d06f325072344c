// Share payloads for chats, Moments and favorites, all from one description of the page.
import { useAddToFavorites, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { queryString, routeUrl, type Destination } from '@/routes'

/**
 * Share images live in the package, so they work offline. A subpackage page's own image sits in its folder
 * (config/index.ts copies src/pages/<page>/share.png there): a card or code that opens the page downloads only the
 * main package and that page's subpackage. The home image (also the about page's) and Moments' square are in main.
 */
const SHARE_IMAGES = {
  home: '/assets/share/home.png',
  square: '/assets/share/square.png',
  hsct: '/pages/hsct/share.png',
  trials: '/pages/trials/share.png',
  trial: '/pages/trial/share.png',
  contact: '/pages/contact/share.png',
  decide: '/pages/decide/share.png'
} as const

export type ShareImage = Exclude<keyof typeof SHARE_IMAGES, 'square'>

export interface PageShare {
  title: string
  destination: Destination
  image: ShareImage
}

export function chatSharePayload({ title, destination, image }: PageShare) {
  return { title, path: routeUrl(destination), imageUrl: SHARE_IMAGES[image] }
}

export function timelineSharePayload({ title, destination }: PageShare) {
  return { title, query: queryString(destination.query), imageUrl: SHARE_IMAGES.square }
}

export function favoritesPayload({ title, destination, image }: PageShare) {
  return { title, query: queryString(destination.query), imageUrl: SHARE_IMAGES[image] }
}

/** Registers the page's share handlers (each page's index.config.ts must enable them: enableShareAppMessage, enableShareTimeline). */
export function usePageShare(share: PageShare): void {
  useShareAppMessage(() => chatSharePayload(share))
  useShareTimeline(() => timelineSharePayload(share))
  useAddToFavorites(() => favoritesPayload(share))
}

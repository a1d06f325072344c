// Moving between pages. Every destination is a typed route, so a link can never point at a renamed page.
import Taro from '@tarojs/taro'
import { routeUrl, type Destination } from '@/routes'

export function openDestination(destination: Destination): void {
  Taro.navigateTo({ url: routeUrl(destination) }).catch(() => {
    // The stack is full (10 pages): replace the current page instead.
    Taro.redirectTo({ url: routeUrl(destination) }).catch(() => undefined)
  })
}

/** Replaces the current page, e.g. when a QR code on the home page points elsewhere. */
export function replaceWith(destination: Destination): void {
  Taro.redirectTo({ url: routeUrl(destination) }).catch(() => undefined)
}

export function goHome(): void {
  Taro.reLaunch({ url: routeUrl({ route: 'home', query: {} }) }).catch(() => undefined)
}

/** Scrolls the page to an element by its id (used for table-of-contents entries). */
export function scrollToElement(elementId: string): void {
  Taro.pageScrollTo({ selector: `#${elementId}`, duration: 300 }).catch(() => undefined)
}

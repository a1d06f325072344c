import { useReady } from '@tarojs/taro'
import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react'
import { afterRender } from '@/platform/render'

/**
 * Whether the page has had its first render (WeChat's onReady). Outside a FirstScreen (a component rendered on its
 * own) it reads as true, so that nothing is ever held back where no page will say it is ready.
 */
const PageReadyContext = createContext(true)

/** Around a page's content (PageShell does it for every page): holds AfterFirstScreen back until onReady. */
export function FirstScreen({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false)
  useReady(() => setReady(true))
  return <PageReadyContext.Provider value={ready}>{children}</PageReadyContext.Provider>
}

interface AfterFirstScreenProps {
  /** Everything of the page below its first screen. */
  children: ReactNode
  /**
   * Runs once the children are on the screen: where a deep link scrolls to a section below the first screen, so
   * that the section exists when the scroll looks for it.
   */
  onShown?: () => void
}

/**
 * The cut between a long page's first screen and the rest. A page's first render (one setData) carries only what
 * stands outside this component, so the first screen costs the same however many entries the content has lower
 * down. The children follow as soon as the page is ready (onReady, right after the first render), in one more
 * setData and with no gesture, so that screen readers and find-in-page have the whole page within a moment.
 *
 * Use: inside PageShell, wrap everything below the page's top (what a phone shows first: title, lead, status)
 * in one AfterFirstScreen, e.g. `<PageShell …><Header /><AfterFirstScreen>{sections}</AfterFirstScreen></PageShell>`;
 * it renders no element of its own, so the layout is as without it. Lists that grow with the content belong inside
 * it. PageShell's frame (footer with date, source and disclaimer) is outside it, in the first screen. A scroll to an
 * element inside it (a deep link) goes in `onShown`, not in useReady. Mounted after the page is ready (e.g. where a
 * tap brings in another part), it renders its children at once; once shown they stay.
 */
export function AfterFirstScreen({ children, onShown }: AfterFirstScreenProps) {
  const ready = useContext(PageReadyContext)
  // Layout effect: the setData that carries the children is pending by now, so afterRender waits for it.
  useLayoutEffect(() => {
    if (ready && onShown) afterRender(onShown)
    // Once, when the children first show: a page passes a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready])
  return ready ? <>{children}</> : null
}

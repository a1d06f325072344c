import { useLaunch } from '@tarojs/taro'
import { createElement, type PropsWithChildren } from 'react'
import { TextSizeProvider } from '@/components/PageShell'
import { watchForUpdates } from '@/platform/update'
import './app.scss'

function App({ children }: PropsWithChildren) {
  // A corrected sentence or trial status should reach the reader now, not at some later cold start.
  useLaunch(watchForUpdates)
  // children is the page being shown; every page shares the reader's text size
  return createElement(TextSizeProvider, null, children)
}

export default App

import { createElement, type PropsWithChildren } from 'react'
import { TextSizeProvider } from '@/components/PageShell'
import './app.scss'

function App({ children }: PropsWithChildren) {
  // children is the page being shown; every page shares the reader's text size
  return createElement(TextSizeProvider, null, children)
}

export default App

import type { PropsWithChildren } from 'react'

// The smallest Taro React app: the benchmark's baseline for what the framework alone costs.
function App({ children }: PropsWithChildren) {
  return children
}

export default App

import { useDidShow } from '@tarojs/taro'
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'
import { readTextSize, saveTextSize, textScale, type TextSize } from '@/platform/preferences'

interface TextSizeState {
  size: TextSize
  /** The chosen size times WeChat's own font setting, as the pages apply it. */
  scale: number
}

/** The reader's text size as the pages show it, and how to change it (remembered for every page). */
const TextSizeContext = createContext<TextSizeState & { choose: (size: TextSize) => void }>({
  size: 'standard',
  scale: 1,
  choose: () => undefined
})

function stateOf(size: TextSize): TextSizeState {
  return { size, scale: textScale(size) }
}

/**
 * At the app root, so that every page shares one text size: read from storage at launch, and again when the
 * app returns to the foreground (WeChat's font setting may have changed meanwhile).
 */
export function TextSizeProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => stateOf(readTextSize()))
  useDidShow(() => setState((current) => {
    const next = stateOf(readTextSize())
    return next.size === current.size && next.scale === current.scale ? current : next
  }))
  const value = useMemo(() => ({
    ...state,
    choose: (chosen: TextSize) => {
      saveTextSize(chosen)
      setState(stateOf(chosen))
    }
  }), [state])
  return <TextSizeContext.Provider value={value}>{children}</TextSizeContext.Provider>
}

export function useTextSize() {
  return useContext(TextSizeContext)
}

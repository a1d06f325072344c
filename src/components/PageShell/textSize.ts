import { createContext } from 'react'
import type { TextSize } from '@/platform/preferences'

/** The reader's text size as the page shows it, and how to change it (remembered for every page). */
export const TextSizeContext = createContext<{ size: TextSize; choose: (size: TextSize) => void }>({
  size: 'standard',
  choose: () => undefined
})

import { createContext, useContext } from 'react'
import type { Arrival } from '@/platform/launch'

export const ArrivalContext = createContext<Arrival>({ fromShare: false, singlePage: false, followCardAllowed: false })

/** How the reader arrived at the page that is showing (read once per page by PageShell). */
export function useArrival(): Arrival {
  return useContext(ArrivalContext)
}

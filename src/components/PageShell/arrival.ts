import { createContext } from 'react'
import type { Arrival } from '@/platform/launch'

export const ArrivalContext = createContext<Arrival>({ fromShare: false, singlePage: false, followCardAllowed: false })

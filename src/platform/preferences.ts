// The reader's text size (标准/大/特大), remembered across pages and launches, combined with
// WeChat's own font-size setting (care mode or the system font size).
import Taro from '@tarojs/taro'
import { ui } from '@/content/ui'
import { readStored, writeStored } from './storage'

export type TextSize = 'standard' | 'large' | 'xlarge'

export const TEXT_SIZES: { value: TextSize; label: string; scale: number }[] = [
  { value: 'standard', label: ui.home.standard, scale: 1 },
  { value: 'large', label: ui.home.large, scale: 1.2 },
  { value: 'xlarge', label: ui.home.xlarge, scale: 1.4 }
]

const STORAGE_KEY = 'textSize'

const isTextSize = (value: unknown): value is TextSize => TEXT_SIZES.some((size) => size.value === value)

export function readTextSize(): TextSize {
  return readStored(STORAGE_KEY, isTextSize) ?? 'standard'
}

/** Storage can be full or unavailable; the choice still applies to this page. */
export function saveTextSize(size: TextSize): void {
  writeStored(STORAGE_KEY, size)
}

/** WeChat's font-size factor (1 normally, more in care mode), kept within what the layouts are built for. */
export function systemTextScale(): number {
  try {
    const factor = Number(Taro.getAppBaseInfo?.()?.fontSizeScaleFactor)
    return Number.isFinite(factor) && factor > 0 ? Math.min(Math.max(factor, 1), 1.6) : 1
  } catch {
    return 1
  }
}

export function textScale(size: TextSize): number {
  const chosen = TEXT_SIZES.find((entry) => entry.value === size)?.scale ?? 1
  return Math.round(chosen * systemTextScale() * 100) / 100
}

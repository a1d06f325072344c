// The reader's text size (标准/大/特大), remembered across pages and launches, combined with
// WeChat's own font-size setting (care mode or the system font size).
import Taro from '@tarojs/taro'

export type TextSize = 'standard' | 'large' | 'xlarge'

export const TEXT_SIZES: { value: TextSize; label: string; scale: number }[] = [
  { value: 'standard', label: '标准', scale: 1 },
  { value: 'large', label: '大', scale: 1.2 },
  { value: 'xlarge', label: '特大', scale: 1.4 }
]

const STORAGE_KEY = 'textSize'

export function readTextSize(): TextSize {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY)
    return TEXT_SIZES.some((size) => size.value === stored) ? (stored as TextSize) : 'standard'
  } catch {
    return 'standard'
  }
}

export function saveTextSize(size: TextSize): void {
  try {
    Taro.setStorageSync(STORAGE_KEY, size)
  } catch {
    // Storage can be full or unavailable; the choice still applies to this page.
  }
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

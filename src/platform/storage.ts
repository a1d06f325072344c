// The phone's own storage (wx.setStorageSync): what the app keeps between launches never leaves the phone.
// Every call answers plainly; storage that is full, unavailable or holds something unexpected never breaks a page.
import Taro from '@tarojs/taro'
import type { StoredKey } from './storedKeys'

/** The stored value under `key` if `accept` takes it, else undefined (nothing stored, or a garbled value). */
export function readStored<T>(key: StoredKey, accept: (value: unknown) => value is T): T | undefined {
  try {
    const stored: unknown = Taro.getStorageSync(key)
    return accept(stored) ? stored : undefined
  } catch {
    return undefined
  }
}

/** Keeps `value` under `key`; false when storage refused (the choice still holds for this page). */
export function writeStored(key: StoredKey, value: unknown): boolean {
  try {
    Taro.setStorageSync(key, value)
    return true
  } catch {
    return false
  }
}

export function removeStored(key: StoredKey): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // Nothing stored, or storage unavailable: either way nothing is kept.
  }
}

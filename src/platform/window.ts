// The size of the window the pages lay out in.
import Taro from '@tarojs/taro'

/** The window's width in px (getWindowInfo, base library 2.20.1+); undefined when the platform does not say. */
export function windowWidth(): number | undefined {
  try {
    const width = Number(Taro.getWindowInfo().windowWidth)
    return Number.isFinite(width) && width > 0 ? width : undefined
  } catch {
    return undefined
  }
}

// When what the page rendered has reached the screen.
import Taro from '@tarojs/taro'

/**
 * Runs `callback` once the render the page has pending is on the screen: Taro's nextTick waits for the setData
 * that carries it and calls back when WeChat has applied it (on the web, once the page's element is ready).
 */
export function afterRender(callback: () => void): void {
  Taro.nextTick(callback)
}

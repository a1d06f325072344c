// Asking the reader for a few words. WeChat's own dialog with a text field (showModal, editable) costs the package
// nothing: an <input> would add its template to base.wxml, which every reader downloads first. The web build,
// where Taro's dialog has no text field, asks with the browser's own prompt.
import Taro from '@tarojs/taro'

export type TextEntry = { kind: 'entered'; text: string } | { kind: 'cancelled' } | { kind: 'unavailable'; message: string }

const UNAVAILABLE = '暂时无法在这里输入文字。可以把想说的写在纸上，带去门诊。'

export async function askForText({ title, placeholder, current }: { title: string; placeholder: string; current: string }): Promise<TextEntry> {
  if (process.env.TARO_ENV === 'h5') {
    const text = typeof window.prompt === 'function' ? window.prompt(title, current) : null
    return text === null ? { kind: 'cancelled' } : { kind: 'entered', text }
  }
  try {
    const result = await Taro.showModal({ title, editable: true, placeholderText: placeholder, content: current, confirmText: '保存', cancelText: '取消' })
    if (!result.confirm) return { kind: 'cancelled' }
    return { kind: 'entered', text: typeof result.content === 'string' ? result.content : '' }
  } catch {
    return { kind: 'unavailable', message: UNAVAILABLE }
  }
}

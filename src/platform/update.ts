// Corrections and trial statuses ship inside the package, and WeChat swaps in a new package only at a later cold
// start: a reader could keep reading a corrected sentence for days. When WeChat has downloaded a new version, ask
// her once and restart into it if she agrees. Older base libraries (and the web build) have no update manager.
import Taro from '@tarojs/taro'
import { ui } from '@/content/ui'

/** Watches for a new version of the package; call once, at launch. */
export function watchForUpdates(): void {
  if (process.env.TARO_ENV !== 'weapp' || !Taro.canIUse('getUpdateManager')) return
  const manager = Taro.getUpdateManager()
  manager.onUpdateReady(() => {
    const { title, content, confirm, cancel } = ui.update
    Taro.showModal({ title, content, confirmText: confirm, cancelText: cancel })
      .then((answer) => {
        if (answer.confirm) manager.applyUpdate()
      })
      // A dialog that cannot show leaves the new version for the next cold start, as WeChat would anyway.
      .catch(() => undefined)
  })
  // A failed download is retried by WeChat at a later launch; the reader has nothing to do about it.
  manager.onUpdateFailed(() => undefined)
}

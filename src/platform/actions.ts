// Contact actions: each resolves to a plain outcome the page can show; none throws at the page.
import Taro from '@tarojs/taro'
import { ui } from '@/content/ui'
import { settings } from '@/settings'

export type CopyOutcome = { ok: true } | { ok: false; message: string }

function errorText(error: unknown): string {
  return typeof error === 'object' && error !== null ? String((error as { errMsg?: string }).errMsg ?? '') : String(error)
}

/** Copies with WeChat's own 内容已复制 toast; when the privacy rules refuse, explains in plain words. */
export async function copyText(text: string): Promise<CopyOutcome> {
  try {
    await Taro.setClipboardData({ data: text })
    return { ok: true }
  } catch (error) {
    const reason = errorText(error)
    const privacy = /privacy|scope|auth|112/i.test(reason) || (error as { errno?: number })?.errno === 112
    return {
      ok: false,
      message: privacy ? ui.common.copyFailedPrivacy : ui.common.copyFailed
    }
  }
}

export type CallOutcome = 'called' | 'cancelled' | 'failed'

export async function callPhone(phoneNumber: string): Promise<CallOutcome> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
    return 'called'
  } catch (error) {
    return /cancel/i.test(errorText(error)) ? 'cancelled' : 'failed'
  }
}

export type FollowOutcome = { kind: 'opened' } | { kind: 'copied' } | { kind: 'manual'; message: string }

type CallbackApi<T> = (options: T & { success: () => void; fail: (error: unknown) => void }) => void

/** Taro passes these newer APIs through without promisifying them (see types/taro.d.ts), so wrap their callbacks here. */
function callApi<T>(api: CallbackApi<T>, options: T): Promise<void> {
  return new Promise((resolve, reject) => api({ ...options, success: () => resolve(), fail: reject }))
}

/** The account's profile where the base library offers it (3.7.10+), else its name copied with instructions. */
export async function openOfficialAccount(): Promise<FollowOutcome> {
  if (typeof Taro.openOfficialAccountProfile === 'function') {
    try {
      await callApi(Taro.openOfficialAccountProfile, { username: settings.officialAccount.originalId })
      return { kind: 'opened' }
    } catch {
      // fall through to the copy fallback
    }
  }
  const copied = await copyText(settings.officialAccount.name)
  return copied.ok ? { kind: 'copied' } : { kind: 'manual', message: copied.message }
}

/** Opens one of the account's articles (base library 3.4.8+), else copies its link. */
export async function openArticle(url: string): Promise<CopyOutcome | { ok: true; opened: true }> {
  if (typeof Taro.openOfficialAccountArticle === 'function') {
    try {
      await callApi(Taro.openOfficialAccountArticle, { url })
      return { ok: true, opened: true }
    } catch {
      // fall through
    }
  }
  return copyText(url)
}

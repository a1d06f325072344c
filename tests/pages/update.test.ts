// A new version of the package (a correction, a changed trial status) reaches readers: when WeChat has downloaded it,
// the app asks, and restarts into it only if the reader agrees.
import { ui } from '@/content/ui'
import { announceUpdate, answerApi, callsOf, launchApp, openPage, resetApis, updatesApplied } from '../support/miniprogram'

beforeAll(() => launchApp())
beforeEach(() => resetApis())

async function announceOnHome(outcome: 'ready' | 'failed') {
  const page = await openPage('pages/index/index')
  announceUpdate(outcome)
  await page.settle()
}

test('a downloaded version is announced in words that say the content was updated', async () => {
  await announceOnHome('ready')
  expect(callsOf('showModal')).toEqual([expect.objectContaining({
    title: ui.update.title,
    content: ui.update.content,
    confirmText: ui.update.confirm,
    cancelText: ui.update.cancel
  })])
})

test('declining keeps the running version', async () => {
  const before = updatesApplied()
  answerApi('showModal', { confirm: false, cancel: true })
  await announceOnHome('ready')
  expect(updatesApplied()).toBe(before)
})

test('agreeing restarts into the new version', async () => {
  const before = updatesApplied()
  answerApi('showModal', { confirm: true, cancel: false })
  await announceOnHome('ready')
  expect(updatesApplied()).toBe(before + 1)
})

test('a failed download says nothing to the reader', async () => {
  await announceOnHome('failed')
  expect(callsOf('showModal')).toEqual([])
  expect(callsOf('showToast')).toEqual([])
})

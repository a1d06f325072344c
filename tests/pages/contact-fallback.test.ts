// Older base libraries have no openOfficialAccountProfile: Taro must see it missing from the first launch.
import { fill, ui } from '@/content/ui'
import { settings } from '@/settings'
import { callsOf, failApi, launchApp, openPage, resetApis, withoutApi } from '../support/miniprogram'

beforeAll(() => {
  withoutApi('openOfficialAccountProfile')
  launchApp({ scene: 1007 })
})
beforeEach(() => resetApis())

/** The account's name as the organization set it in src/content/settings.json. */
const { name } = settings.officialAccount

test('without openOfficialAccountProfile, following copies the account name and explains how to search it', async () => {
  const page = await openPage('pages/contact/index')
  await page.tap(ui.contact.followButton, { rerender: true })
  expect(callsOf('setClipboardData')).toEqual([expect.objectContaining({ data: name })])
  expect(page.text()).toContain(fill(ui.contact.copiedAccount, { name }))
})

test('and if copying fails too, the name is shown to search by hand', async () => {
  const page = await openPage('pages/contact/index')
  failApi('setClipboardData', { errMsg: 'setClipboardData:fail privacy permission is not authorized' })
  await page.tap(ui.contact.followButton, { rerender: true })
  expect(page.first('copy-fallback')?.textContent).toContain(name)
  expect(page.text()).toContain(`搜索“${name}”并关注`)
})

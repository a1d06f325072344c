// The contact page shows what organization.json holds (the organization keeps it current; the brochure's 2016
// copy of its contacts is history), and each row does what its action says.
import { organization, type Contact } from '@/content'
import { ui } from '@/content/ui'
import { settings } from '@/settings'
import { callsOf, failApi, launchApp, openPage, resetApis } from '../support/miniprogram'
import { compact } from '../support/content'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => {
  launchApp({ scene: 1001 })
  resetApis()
})

const contactsDoing = (action: Contact['action']) => organization.contacts.filter((contact) => contact.action === action)
const [phone] = contactsDoing('call')
const [email] = contactsDoing('copy')

test('the organization: its names, every paragraph of its introduction, its vision, mission and slogan, and the brochure\'s translation note', async () => {
  const page = await openPage('pages/contact/index')
  const text = page.compactText()
  for (const words of [organization.name, organization.nameEn, organization.formerName, ...organization.introduction, organization.vision, organization.mission, organization.slogan]) {
    expect(text).toContain(compact(words))
  }
  expect(text).toContain('本手册由以下机构授权翻译：TheScleroderma Education Project'.replace(/\s+/g, ''))
})

test('every contact of organization.json has its own row, with its label, value and note', async () => {
  const page = await openPage('pages/contact/index')
  const rows = page.all('contact-row').map((row) => row.textContent ?? '')
  expect(rows).toHaveLength(organization.contacts.length)
  organization.contacts.forEach((contact, index) => {
    for (const words of [contact.label, contact.value, contact.note ?? '']) expect(rows[index]).toContain(words)
  })
})

test('tapping the phone row calls the number organization.json holds; a cancel stays silent', async () => {
  expect(phone).toBeDefined()
  const page = await openPage('pages/contact/index')
  failApi('makePhoneCall', { errMsg: 'makePhoneCall:fail cancel' })
  await page.tap(phone.value)
  expect(callsOf('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: phone.value })])
  expect(page.first('copy-fallback')).toBeUndefined()
})

test('a failed call shows the number to dial by hand', async () => {
  const page = await openPage('pages/contact/index')
  failApi('makePhoneCall', { errMsg: 'makePhoneCall:fail not supported' })
  await page.tap(phone.value, { rerender: true })
  expect(page.first('copy-fallback')?.textContent).toContain('无法直接拨打')
  expect(page.first('copy-fallback__value')?.textContent).toBe(phone.value)
})

test.each(contactsDoing('copy'))('tapping the $label row copies its value', async ({ value }) => {
  const page = await openPage('pages/contact/index')
  await page.tap(value)
  expect(callsOf('setClipboardData')).toEqual([expect.objectContaining({ data: value })])
  expect(page.first('copy-fallback')).toBeUndefined()
})

test('when the privacy rules refuse the clipboard, the value is shown to copy by hand, in plain Chinese', async () => {
  const page = await openPage('pages/contact/index')
  failApi('setClipboardData', { errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement', errno: 112 })
  await page.tap(email.value, { rerender: true })
  const fallback = page.first('copy-fallback')
  expect(fallback?.textContent).toContain(ui.common.copyFailedPrivacy)
  expect(fallback?.textContent).toContain(email.value)
  expect(fallback?.textContent).not.toMatch(/scope|fail|privacy/)
})

test('launched from a mini-program code (1047): the follow card shows', async () => {
  launchApp({ scene: 1047 })
  const page = await openPage('pages/contact/index')
  expect(page.first('follow__card')).toBeDefined()
  expect(page.first('follow-button')).toBeUndefined()
})

test('on a 320-px-wide phone, where the card\'s 300 px do not fit beside the page\'s paddings, the follow button shows instead', async () => {
  launchApp({ scene: 1047 }, { windowWidth: 320 })
  const page = await openPage('pages/contact/index')
  expect(page.first('follow__card')).toBeUndefined()
  await page.tap('关注公众号')
  expect(callsOf('openOfficialAccountProfile')).toEqual([expect.objectContaining({ username: settings.officialAccount.originalId })])
})

test('if the follow card reports an error, it is hidden and the follow button shows', async () => {
  launchApp({ scene: 1047 })
  const page = await openPage('pages/contact/index')
  await page.trigger(page.first('follow__card') as Element, 'error', { status: 3, errMsg: 'not linked' }, { rerender: true })
  expect(page.first('follow__card')).toBeUndefined()
  await page.tap('关注公众号')
  expect(callsOf('openOfficialAccountProfile')).toEqual([expect.objectContaining({ username: settings.officialAccount.originalId })])
})

test('launched from a share card (1007): no follow card; the button opens the account profile', async () => {
  launchApp({ scene: 1007 })
  const page = await openPage('pages/contact/index')
  expect(page.first('follow__card')).toBeUndefined()
  await page.tap('关注公众号')
  expect(callsOf('openOfficialAccountProfile')).toEqual([expect.objectContaining({ username: settings.officialAccount.originalId })])
})

test('?section=follow scrolls to the follow block (where every footer entry leads)', async () => {
  await openPage('pages/contact/index', { section: 'follow' })
  expect(callsOf('pageScrollTo')).toEqual([expect.objectContaining({ selector: '#follow' })])
})

import { callsOf, failApi, launchApp, openPage, resetApis } from '../support/miniprogram'
import { contactChannels, organizationSentences } from '../support/brochure'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => {
  launchApp({ scene: 1001 })
  resetApis()
})

test('the organization: every sentence of its introduction, vision, mission, slogan and the translation note', async () => {
  const page = await openPage('pages/contact/index')
  const text = page.compactText()
  for (const sentence of organizationSentences) expect(text).toContain(sentence.replace(/：/, ''))
  expect(text).toContain('本手册由以下机构授权翻译：TheScleroderma Education Project'.replace(/\s+/g, ''))
})

test('every contact channel of the brochure is shown with its value', async () => {
  const page = await openPage('pages/contact/index')
  expect(contactChannels).toHaveLength(6)
  for (const { label, value } of contactChannels) {
    const row = page.all('contact-row').find((element) => element.textContent?.includes(label))
    expect(row?.textContent).toContain(value)
  }
  expect(page.text()).toContain('进群需提供诊断证明')
})

test('tapping the phone row calls the number; a cancel stays silent', async () => {
  const page = await openPage('pages/contact/index')
  failApi('makePhoneCall', { errMsg: 'makePhoneCall:fail cancel' })
  await page.tap('18180768676')
  expect(callsOf('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '18180768676' })])
  expect(page.first('copy-fallback')).toBeUndefined()
})

test('a failed call shows the number to dial by hand', async () => {
  const page = await openPage('pages/contact/index')
  failApi('makePhoneCall', { errMsg: 'makePhoneCall:fail not supported' })
  await page.tap('18180768676', { rerender: true })
  expect(page.first('copy-fallback')?.textContent).toContain('无法直接拨打')
  expect(page.first('copy-fallback__value')?.textContent).toBe('18180768676')
})

test.each([
  ['info@sscchina.org'], ['www.sscchina.org'], ['@紫贝壳公益'], ['152267349']
])('tapping %s copies it', async (value) => {
  const page = await openPage('pages/contact/index')
  await page.tap(value)
  expect(callsOf('setClipboardData')).toEqual([expect.objectContaining({ data: value })])
  expect(page.first('copy-fallback')).toBeUndefined()
})

test('when the privacy rules refuse the clipboard, the value is shown to copy by hand, in plain Chinese', async () => {
  const page = await openPage('pages/contact/index')
  failApi('setClipboardData', { errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement', errno: 112 })
  await page.tap('info@sscchina.org', { rerender: true })
  const fallback = page.first('copy-fallback')
  expect(fallback?.textContent).toContain('需要先同意隐私保护指引')
  expect(fallback?.textContent).toContain('info@sscchina.org')
  expect(fallback?.textContent).not.toMatch(/scope|fail|privacy/)
})

test('launched from a mini-program code (1047): the follow card shows', async () => {
  launchApp({ scene: 1047 })
  const page = await openPage('pages/contact/index')
  expect(page.first('follow__card')).toBeDefined()
  expect(page.first('follow-button')).toBeUndefined()
})

test('if the follow card reports an error, it is hidden and the follow button shows', async () => {
  launchApp({ scene: 1047 })
  const page = await openPage('pages/contact/index')
  await page.trigger(page.first('follow__card') as Element, 'error', { status: 3, errMsg: 'not linked' }, { rerender: true })
  expect(page.first('follow__card')).toBeUndefined()
  await page.tap('关注公众号')
  expect(callsOf('openOfficialAccountProfile')).toEqual([expect.objectContaining({ username: 'gh_PLACEHOLDER' })])
})

test('launched from a share card (1007): no follow card; the button opens the account profile', async () => {
  launchApp({ scene: 1007 })
  const page = await openPage('pages/contact/index')
  expect(page.first('follow__card')).toBeUndefined()
  await page.tap('关注公众号')
  expect(callsOf('openOfficialAccountProfile')).toEqual([expect.objectContaining({ username: 'gh_PLACEHOLDER' })])
})

test('?section=follow scrolls to the follow block (where every footer entry leads)', async () => {
  await openPage('pages/contact/index', { section: 'follow' })
  expect(callsOf('pageScrollTo')).toEqual([expect.objectContaining({ selector: '#follow' })])
})

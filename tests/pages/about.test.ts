import { readFileSync } from 'fs'
import path from 'path'
import { meta, organization } from '@/content'
import { glossary } from '@/content/glossary'
import { about } from '@/content/about'
import { correctionsCheckedAt } from '@/content/corrections'
import { fill, ui } from '@/content/ui'
import { fundingText, medicalReviewText, settings } from '@/settings'
import { compact } from '../support/content'
import { callsOf, distDir, failApi, launchApp, openPage, resetApis, type OpenPage } from '../support/miniprogram'

beforeEach(() => {
  launchApp({ scene: 1001 })
  resetApis()
})

/** HONcode's eight principles, in the order the page answers them (about.json's ids). */
const HONCODE = ['authority', 'complementarity', 'privacy', 'attribution', 'justifiability', 'transparency', 'financial-disclosure', 'advertising']
const email = organization.contacts.find((contact) => contact.id === 'email')?.value as string

/** What the page adds under a principle, besides about.json's paragraphs: the review, the dates of each kind of text, the funding, the ways to report an error. */
const ADDED: Record<string, string[]> = {
  authority: [fill(about.page.medicalReview, { review: medicalReviewText(settings) ?? meta.medicalReviewPending })],
  attribution: [
    `手册《${meta.brochure.title}》，${meta.contentDate}`,
    fill(about.page.correctionsDate, { date: correctionsCheckedAt() }),
    about.page.additionsDate.split('{date}')[0],
    fill(about.page.glossaryDate, { date: glossary.reviewedAt })
  ],
  'financial-disclosure': [fundingText(settings) ?? meta.fundingPending],
  transparency: [ui.about.feedback, fill(ui.about.copyEmail, { email })]
}

test('the page answers HONcode\'s eight principles, one section each, in order', () => {
  expect(about.principles.map((principle) => principle.id)).toEqual(HONCODE)
})

/**
 * The value WeChat gets for a button's open-type: the compiled template binds it to a short data key of the node
 * (open-type="{{i.p11}}"), which the simulator's DOM does not show; so read the template and the node's data.
 */
function buttonOpenType(page: OpenPage, element: Element): unknown {
  const template = readFileSync(path.join(distDir(), 'base.wxml'), 'utf8')
  const key = template.match(/<button [^>]*open-type="\{\{i\.(\w+)\}\}"/)?.[1]
  const sid = element.closest('[data-sid]')?.getAttribute('data-sid')
  const find = (node: unknown): Record<string, unknown> | undefined => {
    if (!node || typeof node !== 'object') return undefined
    const record = node as Record<string, unknown>
    if (record.sid === sid) return record
    for (const child of Object.values(record)) {
      const found = find(child)
      if (found) return found
    }
    return undefined
  }
  return key ? find(page.instance.data)?.[key] : undefined
}

test.each(about.principles)('the about page answers "$heading": every paragraph, and what the page adds', async ({ id, heading, paragraphs }) => {
  const page = await openPage('pages/about/index')
  const section = page.all('section').find((element) => element.textContent?.trim().startsWith(heading))
  expect(section).toBeDefined()
  const text = compact(section?.textContent ?? '')
  for (const words of [...paragraphs, ...(ADDED[id] ?? [])]) expect(text).toContain(compact(words))
})

test('reporting an error: a real WeChat feedback button and the email, copied with one tap or shown to copy by hand', async () => {
  const page = await openPage('pages/about/index')
  const button = page.findByText(ui.about.feedback)
  expect(button?.tagName.toLowerCase()).toBe('wx-button')
  expect(buttonOpenType(page, button as Element)).toBe('feedback')
  await page.tap(fill(ui.about.copyEmail, { email }))
  expect(callsOf('setClipboardData')).toEqual([expect.objectContaining({ data: email })])
  failApi('setClipboardData', { errMsg: 'setClipboardData:fail' })
  await page.tap(fill(ui.about.copyEmail, { email }), { rerender: true })
  expect(page.first('copy-fallback')?.textContent).toContain(email)
})

test('every page\'s footer leads to the about page', async () => {
  for (const [route, query] of [['pages/index/index', {}], ['pages/hsct/index', {}], ['pages/trials/index', {}], ['pages/trial/index', { id: 'stat' }], ['pages/contact/index', {}]] as const) {
    resetApis()
    const page = await openPage(route, query)
    await page.tap(ui.shell.about)
    expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/about/index' })])
  }
})

test('the page shares itself, and in Moments\' single-page mode shows no feedback button', async () => {
  const page = await openPage('pages/about/index')
  expect(page.share()).toEqual(expect.objectContaining({ title: expect.stringContaining(about.title), path: '/pages/about/index' }))
  launchApp({ scene: 1154, path: 'pages/about/index', query: {} })
  const single = await openPage('pages/about/index')
  for (const principle of about.principles) expect(single.text()).toContain(principle.heading)
  expect(single.component.dom.innerHTML).not.toContain('open-type')
})

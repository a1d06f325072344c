// A long page's first screen is its first setData alone: the top of the page and the frame (footer with the
// disclaimer), nothing from lower down, so that entries added lower down do not make the first paint wait. The rest
// follows in one more setData once the page is ready, with no tap: screen readers and find-in-page see it all.
import { explainer, findTrial, meta, organization } from '@/content'
import { about } from '@/content/about'
import { trialToday } from '@/content/additions'
import { decisionAid } from '@/content/decide'
import { launchApp, openPage, resetApis, scrolls } from '../support/miniprogram'

beforeEach(() => {
  launchApp({ scene: 1001 })
  resetApis()
})

const compact = (text: string) => text.replace(/\s+/g, '')
const last = <T>(list: T[]): T => list[list.length - 1]

const scot = findTrial('scot')
const lastSection = last(explainer.sections)

interface LongPage {
  route: string
  query: Record<string, string>
  /** What the first screen shows: the top of the page. */
  top: string[]
  /** What stands lower down: absent from the first screen, present once the page is whole. */
  below: string[]
}

const LONG_PAGES: Record<string, LongPage> = {
  hsct: {
    route: 'pages/hsct/index',
    query: {},
    top: [explainer.title, explainer.lead, ...explainer.sections.map((section) => section.heading)],
    below: [explainer.sections[0].paragraphs[0], last(lastSection.paragraphs)]
  },
  'trial?id=scot': {
    route: 'pages/trial/index',
    query: { id: 'scot' },
    top: [scot?.acronym ?? 'SCOT', scot?.nameZh ?? '', trialToday('scot')?.status.text ?? ''],
    below: [scot?.brochureText[0] ?? '', last(scot?.brochureText ?? [])]
  },
  about: {
    route: 'pages/about/index',
    query: {},
    top: [about.title, about.intro],
    below: [about.principles[0].heading, last(last(about.principles).paragraphs)]
  },
  contact: {
    route: 'pages/contact/index',
    query: {},
    top: [organization.name, ...organization.introduction],
    // The official account's name is also the organization's short name, which the top shows.
    below: organization.contacts.filter((contact) => contact.action !== 'follow').map((contact) => contact.value)
  },
  'decide?section=decision': {
    route: 'pages/decide/index',
    query: { section: 'decision' },
    top: [decisionAid.title, decisionAid.decision.heading],
    below: decisionAid.decision.paragraphs.map((paragraph) => paragraph.text)
  },
  'decide?section=certainty': {
    route: 'pages/decide/index',
    query: { section: 'certainty' },
    top: [decisionAid.title, decisionAid.certainty.heading],
    below: decisionAid.certainty.paragraphs.map((paragraph) => paragraph.text)
  }
}

test('the pages named here are as described: every phrase is real content', () => {
  for (const { top, below } of Object.values(LONG_PAGES)) {
    for (const phrase of [...top, ...below]) expect(phrase.length).toBeGreaterThan(1)
  }
})

test.each(Object.entries(LONG_PAGES))('%s: the first setData holds the top and the frame, the second the rest, with no tap', async (_, { route, query, top, below }) => {
  const page = await openPage(route, query)
  const first = page.firstScreen
  expect(first.setDataCalls).toHaveLength(1)
  const firstText = compact(first.text)
  for (const phrase of top) expect(firstText).toContain(compact(phrase))
  // The frame is always there: the brochure's disclaimer stands in the first screen's footer.
  expect(firstText).toContain(compact(meta.disclaimer))
  for (const phrase of below) expect(firstText).not.toContain(compact(phrase))

  // openPage tapped nothing: the page completed itself in exactly one more setData.
  expect(page.setDataCalls).toHaveLength(2)
  const wholeText = compact(page.setDataCalls[1].text)
  for (const phrase of [...top, ...below, meta.disclaimer]) expect(wholeText).toContain(compact(phrase))
})

test('a deep link to a section below the first screen scrolls once the section is on the page', async () => {
  const page = await openPage('pages/hsct/index', { section: lastSection.id })
  expect(compact(page.firstScreen.text)).not.toContain(compact(last(lastSection.paragraphs)))
  expect(scrolls()).toEqual([{ selector: `#section-${lastSection.id}`, found: true }])
})

test('?section=follow on the contact page scrolls once the follow block is on the page', async () => {
  await openPage('pages/contact/index', { section: 'follow' })
  expect(scrolls()).toEqual([{ selector: '#follow', found: true }])
})

test('a tap after the page is whole renders as before: another part of the aid comes in one setData, whole', async () => {
  const page = await openPage('pages/decide/index', { section: 'key-points' })
  const before = page.setDataCalls.length
  // The first part, the decision itself, is the one before the key points.
  await page.tapElement(page.first('decide-previous') as Element, { rerender: true })
  expect(page.setDataCalls.length - before).toBe(1)
  for (const paragraph of decisionAid.decision.paragraphs) expect(page.compactText()).toContain(compact(paragraph.text))
})

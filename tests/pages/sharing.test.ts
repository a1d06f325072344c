import { existsSync } from 'fs'
import path from 'path'
import { findSection, meta, organization } from '@/content'
import { about } from '@/content/about'
import { decisionAid } from '@/content/decide'
import { ui } from '@/content/ui'
import { MAIN_PACKAGE, packageOf, readPackages } from '../../tools/packages'
import { callsOf, distDir, launchApp, openPage, resetApis } from '../support/miniprogram'

beforeEach(() => {
  launchApp({ scene: 1001 })
  resetApis()
})

/** Each page with a query, how its share title starts (built from the content it shows), and its share path. */
const PAGES: [string, Record<string, string>, string, string][] = [
  ['pages/index/index', {}, meta.appTitle, '/pages/index/index'],
  ['pages/hsct/index', {}, `${meta.treatmentName}：`, '/pages/hsct/index'],
  ['pages/hsct/index', { section: 'risks' }, findSection('risks')?.heading as string, '/pages/hsct/index?section=risks'],
  ['pages/trials/index', {}, `${meta.treatmentName}治疗硬皮病的四项临床试验：ASTIS、SCOT、ASSIST、STAT`, '/pages/trials/index'],
  ['pages/trial/index', { id: 'astis' }, 'ASTIS：自体干细胞移植国际硬皮病临床试验', '/pages/trial/index?id=astis'],
  ['pages/trial/index', { id: 'scot' }, 'SCOT：环磷酰胺或移植试验', '/pages/trial/index?id=scot'],
  ['pages/trial/index', { id: 'assist' }, 'ASSIST：', '/pages/trial/index?id=assist'],
  ['pages/trial/index', { id: 'stat' }, 'STAT：硬皮病自体移植治疗试验', '/pages/trial/index?id=stat'],
  ['pages/contact/index', {}, `${organization.shortName}：${organization.slogan}`, '/pages/contact/index'],
  ['pages/about/index', {}, about.title, '/pages/about/index'],
  ['pages/decide/index', {}, decisionAid.title, '/pages/decide/index'],
  ['pages/decide/index', { section: 'questions' }, decisionAid.questions.heading, '/pages/decide/index?section=questions']
]

/** The package a file of the build ships in (a share image's path starts with /). */
const packageOfFile = (file: string) => packageOf(file.replace(/^\//, ''), readPackages(distDir()))

test.each(PAGES)('%s %p shares itself: title, path with its query, an image in its own package or the main one', async (route, query, titleStart, sharePath) => {
  const page = await openPage(route, query)
  const payload = page.share()
  expect(payload.title.slice(0, titleStart.length)).toBe(titleStart)
  expect(payload.path).toBe(sharePath)
  expect(existsSync(path.join(distDir(), payload.imageUrl))).toBe(true)
  // While a page shows, WeChat has downloaded the main package and that page's own subpackage, and no other.
  expect([MAIN_PACKAGE, packageOfFile(route)]).toContain(packageOfFile(payload.imageUrl))
  expect(page.share('button')).toEqual(payload)

  const search = sharePath.split('?')[1] ?? ''
  const timeline = page.shareTimeline()
  expect(timeline).toEqual({ title: payload.title, query: search, imageUrl: '/assets/share/square.png' })
  expect(existsSync(path.join(distDir(), timeline.imageUrl))).toBe(true)
  expect(page.addToFavorites()).toEqual({ title: payload.title, query: search, imageUrl: payload.imageUrl })
  expect(page.text()).toContain(ui.shell.share)
})

test('the share button is a WeChat share button', async () => {
  const page = await openPage('pages/trial/index', { id: 'scot' })
  expect(page.first('share-button')).toBeDefined()
  expect(page.component.dom.innerHTML).toContain(ui.shell.share)
})

describe('arriving', () => {
  test.each([1007, 1008, 1044])('from a share card (%i), alone on the stack: 返回首页 and the follow banner', async (scene) => {
    launchApp({ scene, path: 'pages/trial/index', query: { id: 'scot' } })
    const page = await openPage('pages/trial/index', { id: 'scot' })
    expect(page.text()).toContain(ui.shell.fromShare)
    await page.tap(ui.common.backHome)
    expect(callsOf('reLaunch')).toEqual([expect.objectContaining({ url: '/pages/index/index' })])
    await page.tap(ui.shell.fromShare)
    expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/contact/index?section=follow' })])
  })

  test('from the recently-used list (1001) with a back stack: neither', async () => {
    const page = await openPage('pages/trial/index', { id: 'scot' }, { stackDepth: 2 })
    expect(page.text()).not.toContain(ui.shell.fromShare)
    expect(page.text()).not.toContain(ui.common.backHome)
  })

  test('the footer entry to the official account is on every page and leads to the follow flow', async () => {
    for (const [route, query] of PAGES.filter(([pageRoute]) => pageRoute !== 'pages/contact/index')) {
      resetApis()
      const page = await openPage(route, query)
      await page.tap(ui.shell.follow)
      expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/contact/index?section=follow' })])
    }
    resetApis()
    const contact = await openPage('pages/contact/index')
    await contact.tap(ui.shell.follow)
    expect(callsOf('pageScrollTo')).toEqual([expect.objectContaining({ selector: '#follow' })])
  })

  test.each(PAGES)('in Moments single-page mode (1154), %s %p shows its content and no disabled control', async (route, query) => {
    launchApp({ scene: 1154, path: route, query })
    const page = await openPage(route, query)
    const html = page.component.dom.innerHTML as string
    expect(page.text()).toContain(ui.shell.singlePage)
    expect(page.text()).toContain('截至2016年12月')
    expect(page.first('share-button')).toBeUndefined()
    for (const disabled of [ui.shell.share, ui.common.backHome, ui.shell.follow, ui.shell.fromShare, '›', ui.trial.toTrials]) {
      expect(page.text()).not.toContain(disabled)
    }
    expect(html).not.toMatch(/official-account|open-type|navigator/)
  })

  test('the trial record stays complete in single-page mode', async () => {
    launchApp({ scene: 1154, path: 'pages/trial/index', query: { id: 'scot' } })
    const page = await openPage('pages/trial/index', { id: 'scot' })
    expect(page.text()).toContain('SCOT临床试验是一项基于美国的多中心研究')
  })
})

describe('mini-program codes and QR links land on the right page', () => {
  test.each([
    ['p=hsct', '/pages/hsct/index'],
    ['p=trials', '/pages/trials/index'],
    ['p=contact', '/pages/contact/index'],
    ['t=astis', '/pages/trial/index?id=astis'],
    ['t=scot', '/pages/trial/index?id=scot'],
    ['t=assist', '/pages/trial/index?id=assist'],
    ['t=stat', '/pages/trial/index?id=stat'],
    ['p=hsct&s=risks', '/pages/hsct/index?section=risks']
  ])('scene %s opens %s', async (scene, url) => {
    launchApp({ scene: 1047, query: { scene: encodeURIComponent(scene) } })
    const page = await openPage('pages/index/index', { scene: encodeURIComponent(scene) })
    expect(callsOf('redirectTo')).toEqual([expect.objectContaining({ url })])
    expect(page.text()).not.toContain('无法识别')
  })

  test('an ordinary QR link (q) opens its page', async () => {
    // Any domain the organization registers for its QR links: only the query counts.
    const q = encodeURIComponent('https://example.org/mp?t=scot')
    await openPage('pages/index/index', { q, scancode_time: '1700000000' })
    expect(callsOf('redirectTo')).toEqual([expect.objectContaining({ url: '/pages/trial/index?id=scot' })])
  })

  test.each([['t%3Dnope'], ['%E0%A4%A'], ['x'.repeat(5000)], ['p%3Dhsct%26s%3D%3Cscript%3E']])('a garbled scene (%s) lands on home with a gentle note', async (scene) => {
    const page = await openPage('pages/index/index', { scene })
    expect(callsOf('redirectTo')).toEqual([])
    expect(page.text()).toContain(ui.home.unknownCode)
    expect(page.text()).toContain('四项临床试验')
  })
})

// Every page of the package opened from a cold start, as a mini-program code with the page's path (1047) or a share
// card (1007) opens it: a subpackage page that cannot load on its own (a missing sub-common chunk, a module left in
// another package) fails here.
import { explainer, findSection, meta, organization, trials } from '@/content'
import { about } from '@/content/about'
import { decisionAid } from '@/content/decide'
import { DECIDE_CORE } from '@/routes'
import { readPackages } from '../../tools/packages'
import { coldStart } from '../support/cold-start'
import { distDir } from '../support/miniprogram'

/** Each page with a query a code or card carries, and the words its first screen must show. */
const LANDINGS: { path: string; query: Record<string, string>; shows: string[] }[] = [
  { path: 'pages/index/index', query: {}, shows: [meta.appTitle] },
  { path: 'pages/hsct/index', query: { section: 'risks' }, shows: [explainer.title, findSection('risks')?.heading as string] },
  { path: 'pages/trials/index', query: {}, shows: ['四项临床试验', ...trials.map((trial) => trial.nameZh)] },
  ...trials.map((trial) => ({ path: 'pages/trial/index', query: { id: trial.id }, shows: [trial.acronym, trial.nameZh] })),
  { path: 'pages/contact/index', query: { section: 'follow' }, shows: [organization.name, '关注公众号'] },
  { path: 'pages/about/index', query: {}, shows: [about.title] },
  { path: 'pages/decide/index', query: { section: 'values' }, shows: [decisionAid.title, decisionAid.values.heading] }
]

test('every page of app.json is landed on below', () => {
  expect(readPackages(distDir()).routes.sort()).toEqual([...new Set(LANDINGS.map((landing) => landing.path))].sort())
})

describe.each([1047, 1007])('cold start from scene %i', (scene) => {
  test.each(LANDINGS)('$path $query renders its content, the frame and its share card', async ({ path, query, shows }) => {
    const { text, sharePath } = await coldStart({ scene, path, query }, (page) => ({ text: page.text(), sharePath: page.share().path }))
    for (const words of shows) expect(text).toContain(words)
    expect(text).toContain(`内容日期：${meta.contentDate}`)
    expect(sharePath).toMatch(new RegExp(`^/${path}`))
    // Alone on the stack: every page but home offers the way home.
    expect(text.includes('返回首页')).toBe(path !== 'pages/index/index')
  })
})

test('from a cold start by QR code, the decision aid\'s core path is walked by taps to its last step', async () => {
  const headings = await coldStart({ scene: 1047, path: 'pages/decide/index', query: {} }, async (page) => {
    const heading = () => (page.first('section__heading')?.textContent ?? '').replace(/\s+/g, '')
    const seen = [heading()]
    for (let step = 1; step < DECIDE_CORE.length; step += 1) {
      await page.tapElement(page.first('decide-next') as Element, { rerender: true })
      seen.push(heading())
    }
    return seen
  })
  expect(headings).toEqual(DECIDE_CORE.map((_, index) => expect.stringContaining(`第${index + 1}步`)))
  expect(headings[4]).toContain(decisionAid.values.heading)
})

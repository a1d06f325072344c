// The organization's setting off (TARO_APP_SHOW_UPDATES=false build): the brochure with the app's corrections of
// it, and the safety content (today's status, every trial's results with their harms, the harms block), nothing
// else added, nothing lost.
import { launchApp, openPage, useDist } from '../support/miniprogram'
import { explainerSentences, trialSentences } from '../support/brochure'

beforeAll(() => {
  useDist('dist-brochure-only')
  launchApp({ scene: 1001 })
})

const compact = (element?: Element) => (element?.textContent ?? '').replace(/\s+/g, '')

/** Today's status as the sources give it, and a figure of each trial's harms with its transplanted group. */
const SAFETY: Record<string, { status: string; harm?: string }> = {
  astis: { status: '现在：已结束', harm: '移植组79人中8人' },
  scot: { status: '现在：已结束', harm: '移植组36人中1人' },
  assist: { status: '现在：已终止，不再招募', harm: '移植组10人中0人' },
  stat: { status: '现在：尚未结束，不再招募' }
}

test.each(Object.keys(trialSentences))('%s: today\'s status and the harms stay, the other additions go, every brochure sentence remains', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const now = compact(page.first('trial-now'))
  expect(now).toContain(SAFETY[id].status)
  expect(now).toContain('本小程序整理，不属于原手册')
  if (SAFETY[id].harm) expect(now).toContain(SAFETY[id].harm)
  // The headline and the later block are additions the organization may hide.
  expect(page.first('since-brochure')).toBeUndefined()
  expect(page.text()).not.toMatch(/手册之后的进展：更多|NCT03593902|移植组100人中约74人|2017年7月14日/)
  for (const sentence of trialSentences[id]) expect(page.compactText()).toContain(sentence)
  expect(page.text()).toContain('状态（截至2016年12月）')
})

test('ASSIST no longer reads as recruiting: its 2016 status stands dated, beside today\'s', async () => {
  const page = await openPage('pages/trial/index', { id: 'assist' })
  const text = page.compactText()
  expect(text.indexOf('现在：已终止，不再招募')).toBeLessThan(text.indexOf('状态（截至2016年12月）招募中'))
})

test('the corrections of the brochure stay, beside their sentences', async () => {
  const assist = await openPage('pages/trial/index', { id: 'assist' })
  const corrections = assist.all('correction').map((element) => element.textContent ?? '').join('')
  expect(corrections).toContain('勘误 · 本小程序')
  expect(corrections).toContain('把已发表的结果说反了')
  expect(corrections).toContain('Lancet 2011')
  const scot = await openPage('pages/trial/index', { id: 'scot' })
  expect(scot.all('correction').map((element) => element.textContent ?? '').join('')).toContain('Assassi是一位作者的姓')
})

test('the list says that none recruits and filters on today\'s status; the explainer keeps the harms, not the guidelines', async () => {
  const list = await openPage('pages/trials/index')
  expect(list.all('status-badge--since')).toHaveLength(4)
  expect(list.text()).toContain('手册所列的试验现在都不再招募新患者')
  expect(list.text()).toContain('按现在的状态（本小程序核对于2026-12-01）筛选')
  expect(list.text()).toContain('尚未结束（1）')
  const explainer = await openPage('pages/hsct/index')
  const blocks = explainer.all('since-brochure').map(compact)
  expect(blocks).toHaveLength(1)
  expect(blocks[0]).toContain('移植的风险和代价')
  for (const harm of ['移植组79人中8人', '移植组36人中1人', '移植组10人中0人', '卵巢或睾丸功能衰竭']) expect(blocks[0]).toContain(harm)
  expect(explainer.text()).not.toContain('Cochrane')
  for (const sentence of explainerSentences) expect(explainer.compactText()).toContain(sentence)
})

test('the decision aid keeps its harms beside its benefits: it is safety content, not an addition to hide', async () => {
  const grid = await openPage('pages/decide/index', { section: 'grid' })
  for (const figure of ['ASTIS（第一年）：移植组79人中8人（100人中约10人）', 'ASTIS（第一年）：环磷酰胺组77人中0人', 'SCOT（到第54个月）：移植组36人中1人',
    '卵巢或睾丸功能衰竭', 'ASTIS（中位随访5.8年）：移植组79人中22人']) {
    expect(grid.compactText()).toContain(figure)
  }
  const pictures = await openPage('pages/decide/index', { section: 'pictures' })
  expect(pictures.all('icon--marked')).toHaveLength(10 + 0 + 28 + 40)
})

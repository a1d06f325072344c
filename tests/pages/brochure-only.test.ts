// The organization's setting off (TARO_APP_SHOW_UPDATES=false build): exactly the brochure with the app's
// corrections of it, nothing else added, nothing lost.
import { launchApp, openPage, useDist } from '../support/miniprogram'
import { explainerSentences, trialSentences } from '../support/brochure'

beforeAll(() => {
  useDist('dist-brochure-only')
  launchApp({ scene: 1001 })
})

test.each(Object.keys(trialSentences))('%s: no addition, every brochure sentence and the 2016 status remain', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  expect(page.first('since-brochure')).toBeUndefined()
  expect(page.first('trial-now')).toBeUndefined()
  expect(page.text()).not.toMatch(/手册之后|现在：|移植的风险和代价|ISRCTN|NCT0(?!1445821)/)
  for (const sentence of trialSentences[id]) expect(page.compactText()).toContain(sentence)
  expect(page.text()).toContain('状态（截至2016年12月）')
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

test('the list shows and filters only the dated brochure statuses, the explainer only the brochure', async () => {
  const list = await openPage('pages/trials/index')
  expect(list.all('status-badge--since')).toHaveLength(0)
  expect(list.all('status-badge')).toHaveLength(4)
  expect(list.text()).toContain('按手册所述状态（截至2016年12月）筛选')
  expect(list.text()).toContain('进行中（2）')
  const explainer = await openPage('pages/hsct/index')
  expect(explainer.first('since-brochure')).toBeUndefined()
  expect(explainer.text()).not.toContain('现在：')
  for (const sentence of explainerSentences) expect(explainer.compactText()).toContain(sentence)
})

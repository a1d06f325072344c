import { callsOf, launchApp, openPage, resetApis } from '../support/miniprogram'
import { disclaimer, trialSentences } from '../support/brochure'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => resetApis())

const NUMBERS: Record<string, string[]> = {
  astis: ['2001', '2008', '156', '四年或更短', '2012', '10%'],
  scot: ['2005', '2011', '115', '75', '12个月', '54个月', '2016年11月', '1例'],
  assist: ['2011', '160', '2016', '2018'],
  stat: ['30', '2011', '2019']
}

test.each(Object.keys(trialSentences))('%s: every sentence and number of its brochure paragraph, the date, risks, doctor note and disclaimer', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const text = page.compactText()
  expect(trialSentences[id].length).toBeGreaterThan(1)
  for (const sentence of trialSentences[id]) expect(text).toContain(sentence)
  const facts = (page.first('fact-list')?.textContent ?? '').replace(/\s+/g, '')
  for (const number of NUMBERS[id]) expect(facts).toContain(number)
  expect(text).toContain('截至2016年12月')
  expect(text).toContain('影响患者死亡率主要危险因素之一是心脏受累')
  expect(text).toContain('是否参加临床试验，需要和您的医生一起商量决定。')
  expect(text).toContain(disclaimer)
})

test('previous/next, the list and home are one tap away', async () => {
  const page = await openPage('pages/trial/index', { id: 'scot' })
  await page.tap('上一项：ASTIS')
  await page.tap('下一项：ASSIST')
  await page.tap('返回试验列表')
  expect(callsOf('navigateTo').map((call) => call.url)).toEqual(['/pages/trial/index?id=astis', '/pages/trial/index?id=assist', '/pages/trials/index'])
})

test.each([[{ id: 'nope' }, '“nope”不在手册所列的四项试验中'], [{}, '链接里缺少试验编号']])('an unknown or missing id (%p) shows a clear not-found page with ways on', async (query, message) => {
  const page = await openPage('pages/trial/index', query)
  expect(page.text()).toContain('没有找到这项试验')
  expect(page.text()).toContain(message)
  await page.tap('查看四项临床试验')
  await page.tap('回到首页')
  expect(callsOf('navigateTo').map((call) => call.url)).toEqual(['/pages/trials/index', '/pages/index/index'])
  expect(page.share().path).toBe('/pages/trials/index')
})

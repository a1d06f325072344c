import { callsOf, launchApp, openPage, resetApis } from '../support/miniprogram'
import { disclaimer, explainerSentences, trialSentences } from '../support/brochure'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => resetApis())

const NUMBERS: Record<string, string[]> = {
  astis: ['2001', '2008', '156', '四年或更短', '2012', '10%'],
  scot: ['2005', '2011', '115', '75', '12个月', '54个月', '2016年11月', '1例'],
  assist: ['2011', '160', '2016', '2018'],
  stat: ['30', '2011', '2019']
}

/** What became of each trial, as the first screen must say it, with a source of it. */
const TODAY: Record<string, { status: string; source: string }> = {
  astis: { status: '现在：已结束，完整结果2014年发表', source: 'JAMA 2014;311(24):2490–2498' },
  scot: { status: '现在：已结束，完整结果2018年发表', source: 'N Engl J Med 2018;378(1):35–47' },
  assist: { status: '现在：已终止，不再招募', source: 'NCT01445821' },
  stat: { status: '现在：尚未结束，不再招募', source: 'NCT01413100' }
}

const compact = (element?: Element) => (element?.textContent ?? '').replace(/\s+/g, '')

/** The tappable term showing `text` inside `container` (classes reach the DOM with a prefix, e.g. main--term). */
const termIn = (container: Element | undefined, text: string) => Array.from(container?.querySelectorAll('*') ?? [])
  .find((element) => (element.getAttribute('class') ?? '').split(/\s+/).some((name) => name === 'term' || name.endsWith('--term')) && element.textContent === text)

test.each(Object.keys(trialSentences))('%s: every sentence and number of its brochure paragraph, the date, risks, doctor note and disclaimer', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const text = page.compactText()
  expect(trialSentences[id].length).toBeGreaterThan(1)
  for (const sentence of trialSentences[id]) expect(text).toContain(sentence)
  const facts = compact(page.first('fact-list'))
  for (const number of NUMBERS[id]) expect(facts).toContain(number)
  expect(text).toContain('手册原文（截至2016年12月）')
  expect(text).toContain('影响患者死亡率主要危险因素之一是心脏受累')
  expect(text).toContain('是否参加临床试验，需要和您的医生一起商量决定。')
  expect(text).toContain(disclaimer)
})

test.each(Object.keys(TODAY))('%s: the page opens with today\'s status, dated, sourced and marked as the app\'s, before the brochure', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const text = page.compactText()
  const now = compact(page.first('trial-now'))
  expect(now).toContain(TODAY[id].status)
  expect(now).toContain('本小程序整理，不属于原手册')
  expect(now).toContain('核对日期：2026-12-01')
  expect(now).toContain('来源：')
  expect(now).toContain(TODAY[id].source.replace(/\s+/g, ''))
  // Only the title and the name come before it; the brochure's record and text follow.
  expect(text.indexOf(now)).toBeLessThan(text.indexOf('截至2016年12月'))
  expect(text.indexOf(now)).toBeLessThan(text.indexOf(trialSentences[id][0]))
  expect(text.indexOf(now)).toBeLessThan(100)
})

test('ASSIST: the reversed brochure sentence stays word for word with the correction right beside it', async () => {
  const page = await openPage('pages/trial/index', { id: 'assist' })
  const text = page.compactText()
  const reversed = trialSentences.assist.find((sentence) => sentence.includes('几乎所有'))
  expect(reversed).toBeDefined()
  const sentenceAt = text.indexOf(reversed as string)
  const next = trialSentences.assist[trialSentences.assist.indexOf(reversed as string) + 1]
  const corrections = page.all('correction').map(compact)
  const correction = corrections.find((entry) => entry.includes('Lancet2011'))
  expect(correction).toBeDefined()
  const correctionAt = text.indexOf(correction as string)
  expect(correctionAt).toBeGreaterThan(sentenceAt)
  expect(correctionAt).toBeLessThan(text.indexOf(next))
  expect(correction).toContain('勘误·本小程序')
  expect(correction).toContain('把已发表的结果说反了')
  expect(correction).toContain('II期')
  expect(correction).toContain('6个月（不是一年）')
  expect(correction).toContain('Cytoxan')
  expect(correction).toContain('doi:10.1016/S0140-6736(11)60982-3')
})

test('no summary of the app repeats an error of the brochure', async () => {
  const assist = (await openPage('pages/trial/index', { id: 'assist' })).compactText()
  // The brochure's sentence once, and nowhere else.
  expect(assist.split('几乎所有').length - 1).toBe(1)
  expect(assist.split('在一年期间').length - 1).toBe(1)
  const scot = await openPage('pages/trial/index', { id: 'scot' })
  expect(scot.compactText()).not.toContain('其中75')
  expect(compact(scot.first('fact-list'))).toContain('75例随机分组（手册另写“共招募115位”，未说明两者的关系）')
  const notes = scot.all('correction').map(compact).join('')
  expect(notes).toContain('Assassi是一位作者的姓，不是杂志名')
  expect(notes).toContain('不能理解为“115位中有75例被随机分组”')
})

test('a term opens its explanation on a trial page, also inside the app\'s addition and inside a correction', async () => {
  const page = await openPage('pages/trial/index', { id: 'scot' })
  const inAddition = termIn(page.first('trial-now'), '按最初分组统计')
  expect(inAddition).toBeDefined()
  await page.tapElement(inAddition as Element, { rerender: true })
  expect(page.first('term-sheet')?.textContent).toContain('按患者最初被随机分到的组，统计所有人的结果')
  await page.tap('知道了，关闭', { rerender: true })
  expect(page.first('term-sheet')).toBeUndefined()

  const assist = await openPage('pages/trial/index', { id: 'assist' })
  const correction = assist.all('correction').find((element) => compact(element).includes('Lancet'))
  const term = termIn(correction, '开放标签')
  expect(term).toBeDefined()
  await assist.tapElement(term as Element, { rerender: true })
  expect(assist.first('term-sheet')?.textContent).toContain('医生和患者都知道用的是哪种治疗')
})

test('the brochure\'s notes on its own wording sit beside the sentences they explain', async () => {
  const astis = await openPage('pages/trial/index', { id: 'astis' })
  expect(astis.all('correction').map(compact).join('')).toContain('这里的“刚”是“只”的意思')
  expect(astis.compactText()).toContain('英文名称（本小程序补充，手册未写）')
  const risks = explainerSentences.find((sentence) => sentence.includes('复杂的手术')) as string
  const text = astis.compactText()
  const note = astis.all('correction').map(compact).find((entry) => entry.includes('不是开刀的外科手术')) as string
  expect(note).toContain('说明·本小程序')
  expect(text.indexOf(note)).toBeGreaterThan(text.indexOf(risks))
})

test('the harms are one tap away from a trial page', async () => {
  const page = await openPage('pages/trial/index', { id: 'scot' })
  await page.tap('移植的风险和代价：每项随机试验的移植相关死亡、复发、生育（本小程序整理）›')
  expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/hsct/index?section=risks' })])
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

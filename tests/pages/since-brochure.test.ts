import { callsOf, failApi, launchApp, openPage, resetApis } from '../support/miniprogram'
import { explainerSentences, trialSentences } from '../support/brochure'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => resetApis())

const SOURCES: Record<string, string[]> = {
  astis: ['JAMA 2014;311(24):2490–2498', 'ISRCTN54371254'],
  scot: ['N Engl J Med 2018;378(1):35–47', 'doi:10.1056/NEJMoa1703327', 'NCT00114530'],
  assist: ['NCT01445821', 'NCT03593902'],
  stat: ['NCT01413100']
}

const textOf = (element?: Element) => element?.textContent ?? ''

test.each(Object.keys(SOURCES))('%s: the additions are dated, sourced, marked as not the handbook, and never mixed into its text', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const additions = [page.first('trial-now'), ...page.all('since-brochure')].map(textOf).join('\n')
  expect(additions).toContain('手册之后的进展')
  expect(additions).toContain('本小程序整理，不属于原手册')
  expect(additions).toContain('不是医疗建议')
  expect(additions).toContain('核对日期：2026-12-01')
  for (const source of SOURCES[id]) expect(additions).toContain(source)
  for (const sentence of trialSentences[id]) expect(additions.replace(/\s+/g, '')).not.toContain(sentence)
})

test('ASSIST: what did not fit the first screen follows the brochure text, in its own dated block', async () => {
  const page = await openPage('pages/trial/index', { id: 'assist' })
  const block = textOf(page.first('since-brochure'))
  expect(block).toContain('氟达拉滨')
  expect(block).toContain('NCT03593902')
  expect(block).toContain('核对日期：2026-12-01')
  const whole = page.compactText()
  expect(whole.indexOf('氟达拉滨')).toBeGreaterThan(whole.indexOf(trialSentences.assist[trialSentences.assist.length - 1]))
  // Said once: the first screen's status is not repeated below.
  expect(whole.split('已经终止').length - 1).toBe(1)
})

test('SCOT keeps the brochure wording and the correction of "Assassi" sits beside it, with the real publication', async () => {
  const page = await openPage('pages/trial/index', { id: 'scot' })
  const sentence = trialSentences.scot.find((entry) => entry.includes('Assassi')) as string
  expect(page.compactText()).toContain(sentence)
  const correction = page.all('correction').map(textOf).find((entry) => entry.includes('Assassi')) ?? ''
  expect(correction).toContain('勘误 · 本小程序')
  expect(correction).toContain('Assassi是一位作者的姓，不是杂志名')
  expect(correction).toContain('N Engl J Med 2018;378(1):35–47')
})

test('the explainer gets a dated, sourced guidelines block and the harms right after the brochure\'s risks', async () => {
  const page = await openPage('pages/hsct/index')
  const blocks = page.all('since-brochure').map(textOf)
  const guidelines = blocks.find((block) => block.includes('指南和证据怎么看自体造血干细胞移植')) ?? ''
  expect(guidelines).toContain('核对日期：2026-12-01')
  for (const source of ['Ann Rheum Dis 2017;76(8):1327–1339', 'RMD Open 2018;4:e000533', 'CD011819']) expect(guidelines).toContain(source)

  const harms = blocks.find((block) => block.includes('移植的风险和代价')) ?? ''
  expect(harms).toContain('不属于原手册')
  expect(harms).toContain('核对日期：2026-12-01')
  for (const fact of ['复发', '继发性）自身免疫性疾病', '卵巢或睾丸功能衰竭', '生育']) {
    expect(harms.replace(/\s+/g, '')).toContain(fact)
  }
  for (const source of ['RMD Open 2018;4:e000533（表1）', 'doi:10.1038/s41409-025-02695-y', 'Blood 2011;118:1693', 'Mod Rheumatol 2023;33:330–337']) {
    expect(harms).toContain(source)
  }
  const whole = page.compactText()
  const lastRiskSentence = explainerSentences.find((sentence) => sentence.includes('应仔细筛查患者潜在心脏问题')) as string
  expect(whole.indexOf('移植的风险和代价')).toBeGreaterThan(whole.indexOf(lastRiskSentence))
  expect(whole.indexOf('移植的风险和代价')).toBeLessThan(whole.indexOf(explainerSentences.find((sentence) => sentence.includes('即使短期内移植成功')) as string))
})

test('one tap copies a source; if the clipboard is refused the source is shown to copy by hand', async () => {
  const page = await openPage('pages/trial/index', { id: 'assist' })
  await page.tap('复制注册号')
  expect(callsOf('setClipboardData')).toEqual([expect.objectContaining({ data: 'NCT01445821' })])
  failApi('setClipboardData', { errMsg: 'setClipboardData:fail privacy permission is not authorized' })
  await page.tap('复制注册号', { rerender: true })
  expect(page.first('copy-fallback')?.textContent).toContain('NCT01445821')
  expect(page.first('copy-fallback')?.textContent).toContain('请长按下面的文字手动复制')
})

import { callsOf, failApi, launchApp, openPage, resetApis } from '../support/miniprogram'
import { trialSentences } from '../support/brochure'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => resetApis())

const SOURCES: Record<string, string[]> = {
  astis: ['JAMA 2014;311(24):2490–2498', 'ISRCTN54371254'],
  scot: ['N Engl J Med 2018;378(1):35–47', 'doi:10.1056/NEJMoa1703327', 'NCT00114530'],
  assist: ['NCT01445821', 'NCT03593902'],
  stat: ['NCT01413100']
}

test.each(Object.keys(SOURCES))('%s: a separate, dated, sourced block after the brochure text, marked as not the handbook', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const block = page.first('since-brochure')
  const text = block?.textContent ?? ''
  expect(text).toContain('手册之后的进展')
  expect(text).toContain('由本小程序整理，不属于原手册')
  expect(text).toContain('不是医疗建议')
  expect(text).toContain('核对日期：2026-11-24')
  for (const source of SOURCES[id]) expect(text).toContain(source)
  const whole = page.compactText()
  const lastBrochureSentence = trialSentences[id][trialSentences[id].length - 1]
  expect(whole.indexOf('手册之后的进展')).toBeGreaterThan(whole.indexOf(lastBrochureSentence))
  for (const sentence of trialSentences[id]) expect(text.replace(/\s+/g, '')).not.toContain(sentence)
})

test('SCOT keeps the brochure wording and adds a visible correction with the real publication', async () => {
  const page = await openPage('pages/trial/index', { id: 'scot' })
  expect(page.text()).toContain('2016年11月，初步结果发布在《Assassi et al》杂志')
  const correction = page.first('since-brochure__correction')?.textContent ?? ''
  expect(correction).toContain('Assassi 是一位作者的姓，不是杂志名')
  expect(correction).toContain('N Engl J Med 2018;378(1):35–47')
})

test('the explainer gets one dated, sourced guidelines block', async () => {
  const page = await openPage('pages/hsct/index')
  const blocks = page.all('since-brochure')
  expect(blocks).toHaveLength(1)
  const text = blocks[0].textContent ?? ''
  expect(text).toContain('指南现在怎么看自体干细胞移植')
  expect(text).toContain('核对日期：2026-11-24')
  for (const source of ['Ann Rheum Dis 2017;76(8):1327–1339', 'RMD Open 2018;4:e000533', 'doi:10.1038/s41409-025-02695-y']) expect(text).toContain(source)
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

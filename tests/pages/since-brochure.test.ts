import { guidelinesUpdate, harms, updateForTrial } from '@/content/additions'
import { fill, ui } from '@/content/ui'
import { explainerSentences, trialSentences } from '../support/brochure'
import { compact, correctionLabel, correctionOf, today, trialNowLabel } from '../support/content'
import { callsOf, failApi, launchApp, openPage, resetApis } from '../support/miniprogram'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => resetApis())

/** The sources' own identifiers of what the app adds about each trial. */
const SOURCES: Record<string, string[]> = {
  astis: ['JAMA 2014;311(24):2490–2498', 'ISRCTN54371254'],
  scot: ['N Engl J Med 2018;378(1):35–47', 'doi:10.1056/NEJMoa1703327', 'NCT00114530'],
  assist: ['NCT01445821'],
  stat: ['NCT01413100']
}

const textOf = (element?: Element) => element?.textContent ?? ''

test.each(Object.keys(SOURCES))('%s: the additions are dated, sourced, marked as not the handbook, and never mixed into its text', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const additions = [page.first('trial-now'), ...page.all('since-brochure')].map(textOf).join('\n')
  expect(additions).toContain(today(id).heading)
  expect(additions).toContain(trialNowLabel(id))
  expect(additions).toContain(fill(ui.common.checkedAt, { date: today(id).checkedAt }))
  for (const source of SOURCES[id]) expect(additions).toContain(source)
  for (const sentence of trialSentences[id]) expect(additions.replace(/\s+/g, '')).not.toContain(sentence)
})

test('ASSIST: what did not fit the first screen follows the brochure text, in its own dated block', async () => {
  const more = updateForTrial('assist')
  expect(more?.entries.length).toBeGreaterThan(0)
  const page = await openPage('pages/trial/index', { id: 'assist' })
  const block = compact(textOf(page.first('since-brochure')))
  expect(block).toContain(compact(`核对日期：${more?.checkedAt}`))
  for (const entry of more?.entries ?? []) {
    expect(block).toContain(compact(entry.text))
    for (const source of entry.sources) expect(block).toContain(compact(source.registry ?? source.citation))
  }
  const whole = page.compactText()
  const lastSentence = trialSentences.assist[trialSentences.assist.length - 1]
  expect(whole.indexOf(compact(more?.entries[0].text ?? ''))).toBeGreaterThan(whole.indexOf(lastSentence))
  // Said once: the first screen's headline is not repeated below.
  expect(whole.split(compact(more?.headline.text ?? '')).length - 1).toBe(1)
})

test('SCOT keeps the brochure wording and the correction of "Assassi" sits beside it, with the real publication', async () => {
  const page = await openPage('pages/trial/index', { id: 'scot' })
  const sentence = trialSentences.scot.find((entry) => entry.includes('Assassi')) as string
  expect(page.compactText()).toContain(sentence)
  const expected = correctionOf(sentence)
  const correction = page.all('correction').map(textOf).find((entry) => compact(entry).includes(compact(expected.text))) ?? ''
  expect(correction).toContain(correctionLabel(expected))
  expect(correction).toContain('N Engl J Med 2018;378(1):35–47')
})

test('the explainer gets a dated, sourced guidelines block and the harms right after the brochure\'s risks', async () => {
  const guidelinesBlock = guidelinesUpdate()
  const harmsBlock = harms()
  const page = await openPage('pages/hsct/index')
  const blocks = page.all('since-brochure').map(textOf)
  const headed = (heading = '') => blocks.find((block) => block.trim().startsWith(heading)) ?? ''
  const guidelines = headed(guidelinesBlock?.heading)
  expect(guidelines).toContain(`核对日期：${guidelinesBlock?.checkedAt}`)
  for (const entry of guidelinesBlock?.entries ?? []) expect(compact(guidelines)).toContain(compact(entry.text))
  for (const source of ['Ann Rheum Dis 2017;76(8):1327–1339', 'RMD Open 2018;4:e000533', 'CD011819']) expect(guidelines).toContain(source)

  const harmsText = headed(harmsBlock.heading)
  expect(harmsText).toContain('不属于原手册')
  expect(harmsText).toContain(`核对日期：${harmsBlock.checkedAt}`)
  expect(harmsBlock.entries.length).toBeGreaterThan(0)
  for (const entry of harmsBlock.entries) expect(compact(harmsText)).toContain(compact(entry.text))
  for (const source of ['RMD Open 2018;4:e000533（表1）', 'doi:10.1038/s41409-025-02695-y', 'Blood 2011;118:1693', 'Mod Rheumatol 2023;33:330–337']) {
    expect(harmsText).toContain(source)
  }
  const whole = page.compactText()
  const lastRiskSentence = explainerSentences.find((sentence) => sentence.includes('应仔细筛查患者潜在心脏问题')) as string
  expect(whole.indexOf(compact(harmsBlock.heading))).toBeGreaterThan(whole.indexOf(lastRiskSentence))
  expect(whole.indexOf(compact(harmsBlock.heading))).toBeLessThan(whole.indexOf(explainerSentences.find((sentence) => sentence.includes('即使短期内移植成功')) as string))
})

test('one tap copies a source; if the clipboard is refused the source is shown to copy by hand', async () => {
  const page = await openPage('pages/trial/index', { id: 'assist' })
  await page.tap('复制注册号')
  expect(callsOf('setClipboardData')).toEqual([expect.objectContaining({ data: 'NCT01445821' })])
  failApi('setClipboardData', { errMsg: 'setClipboardData:fail privacy permission is not authorized' })
  await page.tap('复制注册号', { rerender: true })
  expect(page.first('copy-fallback')?.textContent).toContain('NCT01445821')
  expect(page.first('copy-fallback')?.textContent).toContain(ui.common.copyFailedPrivacy)
})

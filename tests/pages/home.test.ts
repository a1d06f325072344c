import { homeGlossary, meta, organization } from '@/content'
import { ui } from '@/content/ui'
import { callsOf, launchApp, openPage, resetApis, storage } from '../support/miniprogram'
import { compact } from '../support/content'

/** The home page's entries, as the page titles them from the content. */
const EXPLAINER = `什么是${meta.treatmentName}`
const ORGANIZATION = `关于${organization.shortName}`

beforeEach(() => {
  launchApp({ scene: 1001 })
  resetApis()
})

test('home says what this is, shows the date, the disclaimer and big entries to the three sections', async () => {
  const page = await openPage('pages/index/index')
  const text = page.compactText()
  expect(text).toContain(compact(meta.appTitle))
  expect(text).toContain('截至2016年12月')
  expect(text).toContain(compact(meta.disclaimer))
  expect(text).toContain('本手册由以下机构授权翻译：TheScleroderma Education Project'.replace(/\s+/g, ''))
  for (const entry of [EXPLAINER, '手册所列的四项临床试验', ORGANIZATION]) expect(page.text()).toContain(entry)
  expect(page.text()).not.toContain('返回首页')
})

test('near the top, in the brochure\'s words: an experimental treatment, a decision for the patient and the doctors', async () => {
  const page = await openPage('pages/index/index')
  const text = page.compactText()
  const note = compact(page.first('experimental-note')?.textContent ?? '')
  expect(note).toContain('实验性治疗方法')
  expect(note).toContain(compact(meta.experimentalNote))
  expect(text.indexOf(note)).toBeLessThan(text.indexOf('手册所列的四项临床试验'))
})

test.each([
  [EXPLAINER, '/pages/hsct/index'],
  ['手册所列的四项临床试验', '/pages/trials/index'],
  [ORGANIZATION, '/pages/contact/index']
])('tapping %s opens %s', async (entry, url) => {
  const page = await openPage('pages/index/index')
  await page.tap(entry)
  expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url })])
})

test('the chosen text size is remembered and enlarges the page', async () => {
  const page = await openPage('pages/index/index')
  const scaleOf = (p: typeof page) => p.first('page')?.getAttribute('style')
  expect(scaleOf(page)).toContain('--text-scale: 1')
  await page.tap('特大', { rerender: true })
  expect(storage().get('textSize')).toBe('xlarge')
  expect(scaleOf(page)).toContain('--text-scale: 1.4')
  const other = await openPage('pages/hsct/index')
  expect(scaleOf(other)).toContain('--text-scale: 1.4')
  storage().delete('textSize')
})

test("WeChat's care mode (font scale factor) enlarges the text too", async () => {
  launchApp({ scene: 1001 }, { fontSizeScaleFactor: 1.25 })
  const page = await openPage('pages/index/index')
  expect(page.first('page')?.getAttribute('style')).toContain('--text-scale: 1.25')
})

test('the terms of home\'s own text open their definition from the main package alone (the glossary stays in the subpackages)', async () => {
  const page = await openPage('pages/index/index')
  const terms = page.all('term')
  expect(terms.length).toBeGreaterThan(0)
  for (const term of terms) {
    const definition = homeGlossary.terms.find((entry) => entry.matches.includes(term.textContent ?? ''))?.definition
    expect(definition).toBeDefined()
    await page.tapElement(term, { rerender: true })
    expect(page.first('term-sheet')?.textContent).toContain(definition)
    await page.tap(ui.terms.close, { rerender: true })
  }
})

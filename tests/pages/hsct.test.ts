import { callsOf, launchApp, openPage, resetApis } from '../support/miniprogram'
import { disclaimer, explainerSentences } from '../support/brochure'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => resetApis())

test('every explainer sentence of the brochure is on the page, with the date near the top and the disclaimer', async () => {
  const page = await openPage('pages/hsct/index')
  const text = page.compactText()
  expect(explainerSentences.length).toBeGreaterThan(10)
  for (const sentence of explainerSentences) expect(text).toContain(sentence)
  expect(text.indexOf('截至2016年12月')).toBeLessThan(text.indexOf('本页目录'))
  expect(text.indexOf(disclaimer)).toBeGreaterThan(text.indexOf('术语表'))
})

test('the trials section links to each trial and to the list', async () => {
  const page = await openPage('pages/hsct/index')
  await page.tap('SCOT · 环磷酰胺或移植试验')
  await page.tap('比较四项试验和时间线')
  expect(callsOf('navigateTo').map((call) => call.url)).toEqual(['/pages/trial/index?id=scot', '/pages/trials/index'])
})

test('tapping a table-of-contents entry scrolls to its section, and sharing then keeps it', async () => {
  const page = await openPage('pages/hsct/index')
  expect(page.share().path).toBe('/pages/hsct/index')
  await page.tap('风险与筛查')
  expect(callsOf('pageScrollTo')).toEqual([expect.objectContaining({ selector: '#section-risks' })])
  // The scroll must land on the section itself, not merely on a page that shows its text somewhere.
  const target = page.component.querySelector(callsOf('pageScrollTo')[0].selector)
  expect(target?.dom.textContent).toContain('风险与筛查')
  expect(target?.dom.textContent).toContain('影响患者死亡率')
  expect(page.share().path).toBe('/pages/hsct/index?section=risks')
})

test('?section= opens the page at that section and a shared link keeps it', async () => {
  const page = await openPage('pages/hsct/index', { section: 'outlook' })
  expect(callsOf('pageScrollTo')).toEqual([expect.objectContaining({ selector: '#section-outlook' })])
  expect(page.share()).toEqual(expect.objectContaining({ title: expect.stringContaining('效果能持续多久'), path: '/pages/hsct/index?section=outlook' }))
})

test('an unknown section opens the page at the top, whole', async () => {
  const page = await openPage('pages/hsct/index', { section: '%E0%A4%A<script>' })
  expect(callsOf('pageScrollTo')).toEqual([])
  expect(page.compactText()).toContain(explainerSentences[0])
  expect(page.share().path).toBe('/pages/hsct/index')
})

test('tapping a term shows its definition in a sheet that closes with a large button', async () => {
  const page = await openPage('pages/hsct/index')
  expect(page.first('term-sheet')).toBeUndefined()
  const term = page.all('term').find((element) => element.textContent === '造血干细胞')
  expect(term).toBeDefined()
  await page.tapElement(term as Element, { rerender: true })
  const sheet = page.first('term-sheet')
  expect(sheet?.textContent).toContain('能分化成红细胞、白细胞、血小板等各种血细胞')
  expect(sheet?.textContent).toContain('不属于原手册内容')
  await page.tap('知道了，关闭', { rerender: true })
  expect(page.first('term-sheet')).toBeUndefined()
})

test('the glossary lists every term with its definition and review date', async () => {
  const page = await openPage('pages/hsct/index')
  const glossary = page.compactText().slice(page.compactText().lastIndexOf('术语表'))
  for (const term of ['造血干细胞', '自体', '免疫抑制', '环磷酰胺（Cytoxan）', '麦考酚酸酯（CellCept）', '弥漫型系统性硬皮病', '无事件生存率',
    '总体生存率', '治疗相关死亡率', '随机', '开放标签', 'I期/II期临床试验']) {
    expect(glossary).toContain(term)
  }
  expect(glossary).toContain('审阅日期：2026-11-25')
})

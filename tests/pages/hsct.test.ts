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

test('near the top, in the brochure\'s words: an experimental treatment, a decision for the patient and the doctors', async () => {
  const page = await openPage('pages/hsct/index')
  const note = page.first('experimental-note')?.textContent ?? ''
  expect(note).toContain('实验性治疗方法')
  expect(note).toContain('要由您和您的医生一起决定')
  expect(page.compactText().indexOf('实验性治疗方法')).toBeLessThan(page.compactText().indexOf('本页目录'))
})

test('the trials section gives each 2016 status its date and today\'s status beside it', async () => {
  const page = await openPage('pages/hsct/index')
  const rows = page.all('trial-summary-row').map((row) => (row.textContent ?? '').replace(/\s+/g, ''))
  expect(rows).toHaveLength(4)
  for (const row of rows) expect(row).toMatch(/状态截至2016年12月：.+现在：.+（本小程序核对于\d{4}-\d{2}-\d{2}）/)
  expect(rows[2]).toContain('状态截至2016年12月：招募中')
  expect(rows[2]).toContain('现在：已终止')
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

test('the table of contents opens the folded glossary where it scrolls to', async () => {
  const page = await openPage('pages/hsct/index')
  await page.tap('术语表', { rerender: true })
  expect(callsOf('pageScrollTo')).toEqual([expect.objectContaining({ selector: '#section-glossary' })])
  expect(page.all('glossary-entry').length).toBeGreaterThan(30)
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

test('硬皮病 is explained as the wider name (localized scleroderma is never transplanted), 系统性硬化症 as one disease', async () => {
  const page = await openPage('pages/hsct/index')
  const umbrella = page.all('term').find((element) => element.textContent === '硬皮病')
  expect(umbrella).toBeDefined()
  await page.tapElement(umbrella as Element, { rerender: true })
  const wide = page.first('term-sheet')?.textContent ?? ''
  expect(wide).toContain('局限性硬皮病')
  expect(wide).toContain('不做移植')
  await page.tap('知道了，关闭', { rerender: true })
  const systemic = page.all('term').find((element) => element.textContent === '系统性硬皮病') as Element
  await page.tapElement(systemic, { rerender: true })
  const one = page.first('term-sheet')?.textContent ?? ''
  expect(one).toContain('同一种疾病的不同叫法')
  expect(one).toContain('它是硬皮病的一种')
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

test('the glossary, folded at first, lists every term with its definition and review date', async () => {
  const page = await openPage('pages/hsct/index')
  expect(page.all('glossary-entry')).toHaveLength(0)
  await page.tap('展开全部36条术语解释', { rerender: true })
  const glossary = page.compactText().slice(page.compactText().indexOf('以下术语解释由本小程序编写'))
  for (const term of ['造血干细胞', '自体', '免疫抑制', '环磷酰胺（Cytoxan）', '麦考酚酸酯（CellCept）', '弥漫型系统性硬皮病', '无事件生存率',
    '总体生存率', '治疗相关死亡率', '随机', '开放标签', 'I期/II期/III期临床试验', '风险比', '按方案分析', '单组研究', '一线治疗', '不良事件', '对照组', '随访',
    '系统性硬皮病/系统性硬化症（SSc）', '意向治疗分析（按最初分组统计）', '预处理']) {
    expect(glossary).toContain(term)
  }
  expect(glossary).toContain('审阅日期：2026-12-01')
  await page.tap('收起术语表', { rerender: true })
  expect(page.all('glossary-entry')).toHaveLength(0)
})

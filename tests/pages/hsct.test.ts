import { explainer, findSection, meta, trials, trialsContent } from '@/content'
import { glossary } from '@/content/glossary'
import { trialPages } from '@/content/trialPages'
import { fill, ui } from '@/content/ui'
import { callsOf, launchApp, openPage, resetApis } from '../support/miniprogram'
import { explainerSentences } from '../support/brochure'
import { compact, statusWords, today } from '../support/content'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => resetApis())

const risks = findSection('risks') as NonNullable<ReturnType<typeof findSection>>
/** The glossary's definition of the term that the page marks where it shows `word`. */
const definitionOf = (word: string) => glossary.terms.find((term) => term.matches.includes(word))?.definition as string

test('every explainer sentence of the brochure is on the page, with the date near the top and the disclaimer', async () => {
  const page = await openPage('pages/hsct/index')
  const text = page.compactText()
  expect(explainerSentences.length).toBeGreaterThan(10)
  for (const sentence of explainerSentences) expect(text).toContain(sentence)
  expect(text.indexOf('截至2016年12月')).toBeLessThan(text.indexOf('本页目录'))
  expect(text.indexOf(compact(meta.disclaimer))).toBeGreaterThan(text.indexOf('术语表'))
})

test('near the top, in the brochure\'s words: an experimental treatment, a decision for the patient and the doctors', async () => {
  const page = await openPage('pages/hsct/index')
  const note = page.first('experimental-note')?.textContent ?? ''
  expect(note).toContain('实验性治疗方法')
  expect(compact(note)).toContain(compact(meta.experimentalNote))
  expect(page.compactText().indexOf('实验性治疗方法')).toBeLessThan(page.compactText().indexOf('本页目录'))
})

test('the trials section gives each 2016 status its date and today\'s status beside it', async () => {
  const page = await openPage('pages/hsct/index')
  const rows = page.all('trial-summary-row').map((row) => (row.textContent ?? '').replace(/\s+/g, ''))
  expect(rows).toHaveLength(4)
  trials.forEach((trial, index) => {
    expect(rows[index]).toContain(compact(fill(explainer.page.trialLine, { years: trial.yearsLabel, asOf: trialsContent.statusAsOf, status: trial.statusLabel })))
    expect(rows[index]).toContain(compact(fill(trialPages.list.statusChecked, { status: '', date: today(trial.id).checkedAt })))
    for (const words of statusWords(trial.id)) expect(rows[index]).toContain(compact(words))
  })
  expect(rows[trials.findIndex((trial) => trial.acronym === 'ASSIST')]).toContain('状态截至2016年12月：招募中')
})

test('the trials section links to each trial and to the list', async () => {
  const page = await openPage('pages/hsct/index')
  await page.tap('SCOT · 环磷酰胺或移植试验')
  await page.tap(ui.explainer.toTrials)
  expect(callsOf('navigateTo').map((call) => call.url)).toEqual(['/pages/trial/index?id=scot', '/pages/trials/index'])
})

test('tapping a table-of-contents entry scrolls to its section, and sharing then keeps it', async () => {
  const page = await openPage('pages/hsct/index')
  expect(page.share().path).toBe('/pages/hsct/index')
  await page.tap(risks.heading)
  expect(callsOf('pageScrollTo')).toEqual([expect.objectContaining({ selector: '#section-risks' })])
  // The scroll must land on the section itself, not merely on a page that shows its text somewhere.
  const target = page.component.querySelector(callsOf('pageScrollTo')[0].selector)
  expect(target?.dom.textContent).toContain(risks.heading)
  expect(target?.dom.textContent).toContain('影响患者死亡率')
  expect(page.share().path).toBe('/pages/hsct/index?section=risks')
})

test('the table of contents opens the folded glossary where it scrolls to', async () => {
  const page = await openPage('pages/hsct/index')
  await page.tap('术语表', { rerender: true })
  expect(callsOf('pageScrollTo')).toEqual([expect.objectContaining({ selector: '#section-glossary' })])
  expect(page.all('glossary-entry')).toHaveLength(glossary.terms.length)
})

test('?section= opens the page at that section and a shared link keeps it', async () => {
  const page = await openPage('pages/hsct/index', { section: 'outlook' })
  expect(callsOf('pageScrollTo')).toEqual([expect.objectContaining({ selector: '#section-outlook' })])
  expect(page.share()).toEqual(expect.objectContaining({ title: expect.stringContaining(findSection('outlook')?.heading as string), path: '/pages/hsct/index?section=outlook' }))
})

test('an unknown section opens the page at the top, whole', async () => {
  const page = await openPage('pages/hsct/index', { section: '%E0%A4%A<script>' })
  expect(callsOf('pageScrollTo')).toEqual([])
  expect(page.compactText()).toContain(explainerSentences[0])
  expect(page.share().path).toBe('/pages/hsct/index')
})

test('硬皮病 and 系统性硬皮病 each open their own explanation', async () => {
  const page = await openPage('pages/hsct/index')
  for (const word of ['硬皮病', '系统性硬皮病']) {
    const term = page.all('term').find((element) => element.textContent === word)
    expect(term).toBeDefined()
    await page.tapElement(term as Element, { rerender: true })
    expect(page.first('term-sheet')?.textContent).toContain(definitionOf(word))
    await page.tap(ui.terms.close, { rerender: true })
  }
  expect(definitionOf('硬皮病')).not.toBe(definitionOf('系统性硬皮病'))
})

test('tapping a term shows its definition in a sheet that closes with a large button', async () => {
  const page = await openPage('pages/hsct/index')
  expect(page.first('term-sheet')).toBeUndefined()
  const term = page.all('term').find((element) => element.textContent === '造血干细胞')
  expect(term).toBeDefined()
  await page.tapElement(term as Element, { rerender: true })
  const sheet = page.first('term-sheet')
  expect(sheet?.textContent).toContain(definitionOf('造血干细胞'))
  expect(compact(sheet?.textContent ?? '')).toContain(compact(glossary.note))
  await page.tap(ui.terms.close, { rerender: true })
  expect(page.first('term-sheet')).toBeUndefined()
})

test('the glossary, folded at first, lists every term with its definition and review date', async () => {
  const page = await openPage('pages/hsct/index')
  expect(page.all('glossary-entry')).toHaveLength(0)
  await page.tap(`展开全部${glossary.terms.length}条术语解释`, { rerender: true })
  const entries = page.all('glossary-entry').map((entry) => compact(entry.textContent ?? ''))
  expect(entries).toEqual(glossary.terms.map(({ term, definition }) => expect.stringContaining(compact(`${term}${definition}`))))
  const text = page.compactText()
  expect(text).toContain(compact(`${glossary.note}审阅日期：${glossary.reviewedAt}`))
  await page.tap('收起术语表', { rerender: true })
  expect(page.all('glossary-entry')).toHaveLength(0)
})

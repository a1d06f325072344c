// What WeChat's screen reader (VoiceOver / TalkBack inside WeChat) receives on every route: the compiled
// templates must bind the aria-* attributes, and the page data must fill them. See tests/support/wechat-aria.ts.
import fs from 'fs'
import path from 'path'
import { trials } from '@/content'
import { fill, ui } from '@/content/ui'
import { DECIDE_SECTIONS, ROUTES as PAGES } from '@/routes'
import { distDir, launchApp, openPage, resetApis, type OpenPage } from '../support/miniprogram'
import { trialSentences } from '../support/brochure'
import { filterGroupLabel, today } from '../support/content'
import { readTemplates, renderedNodes, type AriaAttribute, type RenderedNode } from '../support/wechat-aria'

// Every page of src/routes.ts (a new page cannot be missed), each trial, a trial link that leads nowhere, and each
// part of the decision aid (it shows one at a time).
const ROUTES: [string, Record<string, string>][] = Object.entries(PAGES).flatMap(([name, page]): [string, Record<string, string>][] => {
  if (name === 'trial') return [...Object.keys(trialSentences), 'nope'].map((id) => [page, { id }])
  if (name === 'decide') return DECIDE_SECTIONS.map((section) => [page, { section }])
  return [[page, {}]]
})
// What a template must bind to carry a role-marked node's meaning: its role and words, a way to hide it, and what
// the role needs (a choice is checked or not, a heading has a level, the term sheet announces itself).
const BOUND_FOR_EVERY_ROLE: AriaAttribute[] = ['aria-role', 'aria-label', 'aria-hidden']
const BOUND_FOR_ROLE: Record<string, AriaAttribute[]> = { radio: ['aria-checked'], checkbox: ['aria-checked'], heading: ['aria-level'], dialog: ['aria-live', 'aria-modal'] }
// Scenes: an ordinary launch, and a share card (adds the arrival banner and the way home).
const SCENES = [1001, 1007]
const DECORATIVE_ONLY = /^[›‹·•✓☎✉\s]+$/
const CUSTOM_CONTROL_TAGS = ['view', 'text']

const templates = () => readTemplates(distDir())
const nodesOf = (page: OpenPage) => renderedNodes(page.instance.data, templates())
const where = (page: OpenPage, node: RenderedNode) => `${page.route}?${new URLSearchParams(page.query)} "${node.text.slice(0, 40)}"`
const isControl = (node: RenderedNode) => node.template.tappable && CUSTOM_CONTROL_TAGS.includes(node.tag) && !node.hidden

/** One line per node that breaks a rule, so a failure names the route and the node's words. */
function problems(page: OpenPage): string[] {
  const found: string[] = []
  for (const node of nodesOf(page)) {
    const role = node.aria['aria-role']
    if (role !== undefined) {
      for (const template of node.templates) {
        const unbound = [...BOUND_FOR_EVERY_ROLE, ...(BOUND_FOR_ROLE[String(role)] ?? [])].filter((attribute) => !(attribute in template.bindings))
        if (unbound.length > 0) found.push(`${where(page, node)}: template ${template.name} does not bind ${unbound.join(', ')}`)
      }
    }
    if (isControl(node)) {
      if (!['button', 'radio', 'checkbox'].includes(String(role))) found.push(`${where(page, node)}: tappable, but its role is ${String(role)}`)
      const label = node.aria['aria-label']
      if (typeof label !== 'string' || label.trim() === '') found.push(`${where(page, node)}: tappable, but has no label`)
      else if (DECORATIVE_ONLY.test(label) || /[›‹·✓]/.test(label)) found.push(`${where(page, node)}: label "${label}" reads out a glyph`)
    }
    if ((role === 'radio' || role === 'checkbox') && typeof node.aria['aria-checked'] !== 'boolean') found.push(`${where(page, node)}: a choice without aria-checked`)
    if (role === 'radio' && !node.group) found.push(`${where(page, node)}: a choice outside a radiogroup`)
    if (node.ownText !== '' && DECORATIVE_ONLY.test(node.ownText) && !node.hidden) found.push(`${where(page, node)}: a decorative glyph a screen reader would read`)
    if (role === 'heading' && ![1, 2, 3].includes(node.aria['aria-level'] as number)) found.push(`${where(page, node)}: a heading without a level`)
  }
  return found
}

const checkedChoices = (page: OpenPage, group: string) =>
  nodesOf(page).filter((node) => node.group === group && node.aria['aria-role'] === 'radio' && node.aria['aria-checked'] === true).map((node) => node.text)

// What each component carries here: controls, groups and the term sheet are views; headings and inline terms are
// texts; native buttons speak for themselves and may take a fuller label.
const BOUND_BY_TAG: Record<string, AriaAttribute[]> = {
  view: [...BOUND_FOR_EVERY_ROLE, 'aria-checked', 'aria-live', 'aria-modal'],
  text: [...BOUND_FOR_EVERY_ROLE, 'aria-level'],
  button: ['aria-label']
}

test('the compiled templates bind the aria-* attributes on view, text and button, at every depth', () => {
  const all = [...templates().values()].flat()
  for (const [tag, attributes] of Object.entries(BOUND_BY_TAG)) {
    const bound = all.filter((template) => template.tag === tag && 'aria-label' in template.bindings)
    // Taro's bare views (no props) render through templates without attributes; every other one binds them all.
    expect(bound.length).toBeGreaterThan(0)
    for (const template of bound) expect([template.name, Object.keys(template.bindings).sort()]).toEqual([template.name, [...attributes].sort()])
  }
})

// 特大's scale (src/platform/preferences.ts) and WeChat's care mode (23.8 px over 16 px) on a 标准 choice.
const LARGE_TEXT_SCALES = { 特大: 1.4, 关怀模式: 23.8 / 16 }
const MIN_LARGE_TAP_RPX = 120

/** The compiled --tap-min at a text scale, in rpx: the token's max()/calc() evaluated with numbers only. */
function tapMinRpx(wxss: string, scale: number): number {
  const token = /--tap-min:([^;}]+)/.exec(wxss)?.[1]
  if (!token) throw new Error('No --tap-min token in the compiled styles')
  const expression = token.replace(/var\(--text-scale\)/g, String(scale)).replace(/rpx/g, '').replace(/calc\(/g, '(').replace(/\b(max|min)\(/g, 'Math.$1(')
  if (!/^[\d.+\-*/(),\s]*(Math\.(max|min)[\d.+\-*/(),\s]*)*$/.test(expression)) throw new Error(`Cannot evaluate --tap-min: ${token}`)
  return Number(new Function(`return ${expression}`)())
}

test('at 特大 and in care mode, main tap targets are at least 120rpx in the compiled styles', () => {
  const wxss = fs.readdirSync(distDir()).filter((file) => file.endsWith('.wxss')).map((file) => fs.readFileSync(path.join(distDir(), file), 'utf8')).join('\n')
  for (const [name, scale] of Object.entries(LARGE_TEXT_SCALES)) expect([name, tapMinRpx(wxss, scale) >= MIN_LARGE_TAP_RPX]).toEqual([name, true])
  // The classes every main target carries hold at least that size, both ways.
  for (const selector of ['.tappable', '.solid-button']) {
    const rule = new RegExp(`(^|[}\\s,])\\${selector}\\{([^}]*)\\}`, 'm').exec(wxss)?.[2] ?? ''
    expect([selector, rule]).toEqual([selector, expect.stringContaining('min-height:var(--tap-min)')])
  }
  expect(wxss).toMatch(/\.tappable\{[^}]*min-width:var\(--tap-min\)/)
})

describe.each(SCENES)('launched from scene %i', (scene) => {
  beforeAll(() => launchApp({ scene }))
  beforeEach(() => resetApis())

  test.each(ROUTES)('%s %o: every control has its role and words, decorations are silent', async (route, query) => {
    const page = await openPage(route, query)
    expect(problems(page)).toEqual([])
    const controls = nodesOf(page).filter(isControl)
    expect(controls.length).toBeGreaterThan(0)
    const headings = nodesOf(page).filter((node) => node.aria['aria-role'] === 'heading')
    expect(headings.length).toBeGreaterThan(0)
    expect(headings.filter((node) => node.aria['aria-level'] === 1).length).toBeLessThanOrEqual(1)
    page.close()
  })
})

describe('selected states and the term sheet', () => {
  beforeAll(() => launchApp({ scene: 1001 }))

  test('the text-size chips announce which size is chosen, and follow a tap', async () => {
    const page = await openPage('pages/index/index')
    expect(checkedChoices(page, '文字大小')).toEqual(['✓ 标准'])
    await page.tap('特大', { rerender: true })
    expect(checkedChoices(page, '文字大小')).toEqual(['✓ 特大'])
    const labels = nodesOf(page).filter((node) => node.group === '文字大小' && node.aria['aria-role'] === 'radio').map((node) => node.aria['aria-label'])
    expect(labels).toEqual(['文字大小：标准', '文字大小：大', '文字大小：特大'])
    page.close()
  })

  test('the trial filters announce which one is chosen, and follow a tap', async () => {
    const page = await openPage('pages/trials/index')
    // The group names the status it filters on: today's, with the date the app checked it.
    const group = filterGroupLabel()
    const unfinished = fill(ui.trials.filterCount, { label: ui.trials.unfinished, count: trials.filter((trial) => !today(trial.id).status.endedNow).length })
    expect(checkedChoices(page, group)).toEqual([`✓ ${fill(ui.trials.filterCount, { label: ui.trials.all, count: trials.length })}`])
    await page.tap(unfinished, { rerender: true })
    expect(checkedChoices(page, group)).toEqual([`✓ ${unfinished}`])
    page.close()
  })

  test('copy buttons say whose number they copy', async () => {
    const page = await openPage('pages/trial/index', { id: 'scot' })
    const labels = nodesOf(page).filter(isControl).map((node) => node.aria['aria-label'])
    expect(labels).toContain('复制注册号 NCT00114530（SCOT）')
    page.close()
  })

  test('the term sheet is announced as a dialog as it opens, and its close button is reachable', async () => {
    const page = await openPage('pages/hsct/index')
    const term = page.all('term').find((element) => element.textContent === '造血干细胞') as Element
    await page.tapElement(term, { rerender: true })
    const nodes = nodesOf(page)
    const dialog = nodes.find((node) => node.aria['aria-role'] === 'dialog')
    expect(dialog?.aria).toEqual(expect.objectContaining({ 'aria-label': fill(ui.terms.sheet, { term: '造血干细胞' }), 'aria-live': 'assertive', 'aria-modal': true }))
    expect(dialog?.hidden).toBe(false)
    const close = nodes.find((node) => node.tag === 'button' && node.text === ui.terms.close)
    expect(close?.hidden).toBe(false)
    expect(problems(page)).toEqual([])
    page.close()
  })
})

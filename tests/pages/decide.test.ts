// The decision aid (pages/decide), as a patient uses it in WeChat: every part, the numbers drawn as 100 people, the
// choices kept on the phone, the questions copied with the answers, sharing and QR codes. The figures below are
// the sources' own (van Laar, JAMA 2014; Sullivan, NEJM 2018; Burt, Lancet 2011), written here.
import { DECIDE_SECTIONS } from '@/routes'
import { callsOf, distDir, failApi, launchApp, openPage, resetApis, storage, type OpenPage } from '../support/miniprogram'
import { readTemplates, renderedNodes } from '../support/wechat-aria'

const ROUTE = 'pages/decide/index'

beforeEach(() => {
  launchApp({ scene: 1001 })
  resetApis()
  storage().clear()
})

const compact = (element?: Element) => (element?.textContent ?? '').replace(/\s+/g, '')
const withClass = (root: Element, name: string) => Array.from(root.querySelectorAll('*'))
  .filter((element) => (element.getAttribute('class') ?? '').split(/\s+/).some((entry) => entry === name || entry.endsWith(`--${name}`)))

/** What each part must say: its heading and facts a reader needs from it (IPDAS's items). */
const PARTS: Record<string, string[]> = {
  decision: ['1.要做的决定', '要不要考虑做自体造血干细胞移植', '局限性硬皮病不做移植', '本小程序不替您做决定'],
  options: ['2.两种选择', '自体造血干细胞移植', '标准的免疫抑制治疗', '静脉输注环磷酰胺', '还有哪些治疗适合我'],
  grid: ['3.逐项比较', '第一年因治疗本身死亡的机会', 'ASTIS（第一年）：移植组79人中8人（100人中约10人）', 'ASTIS（第一年）：环磷酰胺组77人中0人',
    'SCOT（到第54个月，按最初分组统计）：移植组36人中10人', '环磷酰胺组39人中20人', '会影响生育吗', '在哪里做', '这些数字有多可靠'],
  pictures: ['4.用100个人来看', '第一年因治疗本身死亡（ASTIS）', '死亡或心、肺、肾持续衰竭（ASTIS）'],
  trials: ['5.三项随机试验并排看', '19人：移植组10人，环磷酰胺组9人', '156人：移植组79人，环磷酰胺组77人', '75人随机分组：移植组36人，环磷酰胺组39人',
    '全身放疗（800cGy', '左心室射血分数低于50%', 'STAT是一项单组研究'],
  process: ['6.移植是什么样的过程', '检查和评估', '采集干细胞', '预处理', '血细胞很低的几周', '恢复和随访', '要住院多少天、要花多少钱'],
  doctors: ['7.医生会看哪些方面', '不是给您打分', '发病5年内', '一线治疗6个月', '上限一般为60岁', '缩窄性心包炎'],
  certainty: ['8.这些数字有多可靠', 'ASTIS和SCOT为中等，ASSIST为低', '没有一项试验在主要分析中显示总死亡率降低', '6.3%', '在下降'],
  values: ['9.对您来说什么更重要', '避免第一年因治疗本身死亡的风险', '保留生孩子的可能', '不用离家几个月', '您现在更倾向于哪一种', '还不确定',
    '准备好和医生谈了吗', '只保存在这部手机上'],
  questions: ['10.想问医生和移植中心的问题', '因治疗死亡的有多少', '预处理方案', '心脏', '保存卵子或精子', '离家多久', '医保', '随访', '再等一等', '还有哪些治疗'],
  recruiting: ['11.现在招募的试验，怎样查找', '手册所列的四项试验现在都不再招募', 'UPSIDE', '2023年10月9日', 'www.chictr.org.cn', 'trialsearch.who.int',
    'clinicaltrials.gov', '系统性硬化症造血干细胞移植', '不得向参加的人收费', '不得做广告'],
  about: ['12.关于这份决策辅助', 'IPDAS', '编写于2026-12-01', '至少每12个月', '还没有临床医生审阅过', '机构尚未填写资金来源说明', 'NCT04464434']
}

test('the parts of the aid are the public sections of its route, in order', () => {
  expect(Object.keys(PARTS)).toEqual([...DECIDE_SECTIONS])
})

test.each(Object.entries(PARTS))('?section=%s opens that part, complete', async (section, phrases) => {
  const page = await openPage(ROUTE, { section })
  const text = page.compactText()
  for (const phrase of phrases) expect([section, text]).toEqual([section, expect.stringContaining(phrase.replace(/\s+/g, ''))])
})

test('a reader reaches every part by tapping 下一部分, from the first to the last, and back', async () => {
  const page = await openPage(ROUTE)
  const seen = [compact(page.first('section__heading'))]
  for (let step = 1; step < DECIDE_SECTIONS.length; step += 1) {
    const button = page.first('decide-next') as Element
    await page.tapElement(button, { rerender: true })
    seen.push(compact(page.first('section__heading')))
    expect(callsOf('pageScrollTo').at(-1)).toEqual(expect.objectContaining({ selector: '#decide-step' }))
  }
  expect(seen).toEqual(Object.values(PARTS).map((phrases) => phrases[0]))
  expect(page.first('decide-next')).toBeUndefined()
  await page.tapElement(page.first('decide-previous') as Element, { rerender: true })
  expect(compact(page.first('section__heading'))).toBe(PARTS.recruiting[0])
})

describe('the pictures of 100 people', () => {
  /** The sources' counts, and what they are per 100 (8 of 79 ≈ 10, 22 of 79 ≈ 28, 31 of 77 ≈ 40). */
  const EXPECTED = [
    { heading: '第一年因治疗本身死亡', transplant: [10, '79人中8人'], control: [0, '77人中0人'] },
    { heading: '死亡或心、肺、肾持续衰竭', transplant: [28, '79人中22人'], control: [40, '77人中31人'] }
  ] as const

  test('each array marks exactly the number written beside it, which is the source\'s count per 100', async () => {
    const page = await openPage(ROUTE, { section: 'pictures' })
    const pictures = page.all('picture')
    expect(pictures).toHaveLength(EXPECTED.length)
    pictures.forEach((picture, index) => {
      expect(compact(picture)).toContain(EXPECTED[index].heading)
      const arrays = withClass(picture, 'icon-array')
      expect(arrays).toHaveLength(2)
      arrays.forEach((array, side) => {
        const [number, exact] = EXPECTED[index][side === 0 ? 'transplant' : 'control']
        const caption = compact(withClass(array, 'icon-array__caption')[0])
        const stated = Number(/100人中约?(\d+)人/.exec(caption)?.[1])
        expect(withClass(array, 'icon')).toHaveLength(100)
        expect(withClass(array, 'icon--marked')).toHaveLength(stated)
        expect([stated, caption]).toEqual([number, expect.stringContaining(exact)])
      })
    })
    // A harm and a benefit of the same trial.
    expect(pictures.map((picture) => picture.getAttribute('class'))).toEqual([expect.stringContaining('picture--harm'), expect.stringContaining('picture--benefit')])
  })

  test('WeChat\'s screen reader hears each array as one picture that says its numbers', async () => {
    const page = await openPage(ROUTE, { section: 'pictures' })
    const pictures = renderedNodes(page.instance.data, readTemplates(distDir())).filter((node) => node.aria['aria-role'] === 'img')
    expect(pictures.map((node) => node.aria['aria-label'])).toEqual([
      expect.stringContaining('移植组79人中8人（100人中约10人）'),
      expect.stringContaining('环磷酰胺组77人中0人'),
      expect.stringContaining('移植组79人中22人（100人中约28人）'),
      expect.stringContaining('环磷酰胺组77人中31人（100人中约40人）')
    ])
  })
})

/** The chip showing `label` inside the first element of `container` class whose text includes `within`. */
function chip(page: OpenPage, container: string, within: string, label: string): Element {
  const block = page.all(container).find((element) => (element.textContent ?? '').includes(within))
  const found = block && withClass(block, 'choice-chip').find((element) => compact(element).replace('✓', '') === label)
  if (!found) throw new Error(`No chip "${label}" in the ${container} "${within}"`)
  return found
}
const chosen = (page: OpenPage) => page.all('pill--selected').map(compact)

describe('what matters to the reader', () => {
  test('choices are kept on the phone, restored when the page reopens, and cleared with one tap', async () => {
    const page = await openPage(ROUTE, { section: 'values' })
    expect(chosen(page)).toEqual([])
    await page.tapElement(chip(page, 'value-statement', '避免第一年因治疗本身死亡的风险', '很重要'), { rerender: true })
    await page.tapElement(chip(page, 'value-statement', '保留生孩子的可能', '不太重要'), { rerender: true })
    await page.tapElement(chip(page, 'value-statement', '您现在更倾向于哪一种', '还不确定'), { rerender: true })
    expect(chosen(page)).toEqual(['✓很重要', '✓不太重要', '✓还不确定'])
    expect(storage().get('decisionNotes')).toEqual(expect.objectContaining({ leaning: 'unsure' }))
    page.close()

    const reopened = await openPage(ROUTE, { section: 'values' })
    expect(chosen(reopened)).toEqual(['✓很重要', '✓不太重要', '✓还不确定'])
    await reopened.tap('清除我的全部选择', { rerender: true })
    expect(chosen(reopened)).toEqual([])
    expect(storage().has('decisionNotes')).toBe(false)
    expect(reopened.text()).toContain('已清除')
  })

  test('a garbled stored value is ignored, not a broken page', async () => {
    storage().set('decisionNotes', { values: 'x', questions: 3 })
    const page = await openPage(ROUTE, { section: 'values' })
    expect(chosen(page)).toEqual([])
    expect(page.text()).toContain('避免第一年因治疗本身死亡的风险')
  })

  test('the choices tell WeChat\'s screen reader which is chosen', async () => {
    const page = await openPage(ROUTE, { section: 'values' })
    await page.tapElement(chip(page, 'value-statement', '不用离家几个月去外地治疗', '有点重要'), { rerender: true })
    const nodes = renderedNodes(page.instance.data, readTemplates(distDir()))
    const group = nodes.filter((node) => node.group === '不用离家几个月去外地治疗' && node.aria['aria-role'] === 'radio')
    expect(group.map((node) => [node.aria['aria-label'], node.aria['aria-checked']])).toEqual([['很重要', false], ['有点重要', true], ['不太重要', false], ['说不清', false]])
  })
})

describe('questions for the doctor', () => {
  const tick = async (page: OpenPage, words: string) => {
    const question = page.all('question').find((element) => compact(element).includes(words)) as Element
    await page.tapElement(question, { rerender: true })
  }

  test('at least eight, each a checkbox a screen reader hears as ticked or not', async () => {
    const page = await openPage(ROUTE, { section: 'questions' })
    expect(page.all('question').length).toBeGreaterThanOrEqual(8)
    await tick(page, '医保能报销多少')
    const boxes = renderedNodes(page.instance.data, readTemplates(distDir())).filter((node) => node.aria['aria-role'] === 'checkbox')
    expect(boxes.length).toBe(page.all('question').length)
    expect(boxes.filter((node) => node.aria['aria-checked'] === true).map((node) => node.aria['aria-label'])).toEqual(['大概要花多少钱？医保能报销多少？'])
  })

  test('one tap copies the ticked questions with the reader\'s answers', async () => {
    const values = await openPage(ROUTE, { section: 'values' })
    await values.tapElement(chip(values, 'value-statement', '避免第一年因治疗本身死亡的风险', '很重要'), { rerender: true })
    await values.tapElement(chip(values, 'value-statement', '您现在更倾向于哪一种', '考虑移植'), { rerender: true })
    await values.tapElement(chip(values, 'readiness-question', '我有足够的支持，能做这个决定。', '不确定'), { rerender: true })
    values.close()

    const page = await openPage(ROUTE, { section: 'questions' })
    await tick(page, '这个中心做过多少例')
    await tick(page, '再等一等')
    await page.tap('复制勾选的问题和我的选择', { rerender: true })
    const [copied] = callsOf('setClipboardData')
    const text = copied.data as string
    expect(text).toContain('1. 这个中心做过多少例系统性硬化症的自体造血干细胞移植？其中因治疗死亡的有多少？')
    expect(text).toContain('2. 如果我先不做移植，再等一等，会怎样？')
    expect(text).not.toContain('医保')
    expect(text).toContain('避免第一年因治疗本身死亡的风险：很重要')
    expect(text).toContain('您现在更倾向于哪一种？考虑移植')
    expect(text).toContain('我有足够的支持，能做这个决定。不确定')
    expect(page.text()).toContain('已复制')
  })

  test('nothing ticked: says so and copies nothing; a refused clipboard shows the text to copy by hand', async () => {
    const page = await openPage(ROUTE, { section: 'questions' })
    await page.tap('复制勾选的问题和我的选择', { rerender: true })
    expect(callsOf('setClipboardData')).toEqual([])
    expect(page.text()).toContain('还没有勾选问题')
    await tick(page, '预处理方案')
    failApi('setClipboardData', { errMsg: 'setClipboardData:fail privacy permission is not authorized' })
    await page.tap('复制勾选的问题和我的选择', { rerender: true })
    expect(page.first('copy-fallback')?.textContent).toContain('您会用哪种预处理方案？为什么是这一种？')
    expect(page.first('copy-fallback')?.textContent).toContain('请长按下面的文字手动复制')
  })
})

test('registry addresses and search words copy with one tap', async () => {
  const page = await openPage(ROUTE, { section: 'recruiting' })
  const registry = page.all('registry').find((element) => compact(element).includes('ChiCTR')) as Element
  await page.tapElement(withClass(registry, 'tappable')[0])
  await page.tapElement(withClass(page.all('search-words')[0], 'tappable')[0])
  expect(callsOf('setClipboardData').map((call) => call.data)).toEqual(['www.chictr.org.cn', '系统性硬化症 造血干细胞移植'])
})

describe('sharing and arriving', () => {
  test('the page shares itself, and the part on show, to chats, Moments and favorites', async () => {
    const page = await openPage(ROUTE)
    expect(page.share()).toEqual({ title: '要不要考虑自体造血干细胞移植：和医生商量之前', path: '/pages/decide/index', imageUrl: expect.stringMatching(/\.png$/) })
    await page.tap('9. 对您来说什么更重要', { rerender: true })
    expect(page.share().path).toBe('/pages/decide/index?section=values')
    expect(page.share().title).toContain('对您来说什么更重要')
    expect(page.shareTimeline()).toEqual(expect.objectContaining({ query: 'section=values' }))
    expect(page.addToFavorites()).toEqual(expect.objectContaining({ query: 'section=values' }))
  })

  test.each([['p=decide', '/pages/decide/index'], ['p=decide&s=questions', '/pages/decide/index?section=questions']])('scene %s opens %s', async (scene, url) => {
    launchApp({ scene: 1047, query: { scene: encodeURIComponent(scene) } })
    await openPage('pages/index/index', { scene: encodeURIComponent(scene) })
    expect(callsOf('redirectTo')).toEqual([expect.objectContaining({ url })])
  })

  test('a garbled part in a QR code lands on home with a note; in a link, on the first part, whole', async () => {
    const home = await openPage('pages/index/index', { scene: encodeURIComponent('p=decide&s=nope') })
    expect(callsOf('redirectTo')).toEqual([])
    expect(home.text()).toContain('这个二维码里的页面地址无法识别')
    const page = await openPage(ROUTE, { section: '%E0%A4%A<script>' })
    expect(compact(page.first('section__heading'))).toBe(PARTS.decision[0])
    expect(page.share().path).toBe('/pages/decide/index')
  })

  test('opened alone from Moments, every part can still be read, with no control WeChat disables there', async () => {
    launchApp({ scene: 1154, path: ROUTE, query: {} })
    const page = await openPage(ROUTE)
    expect(page.text()).toContain('前往小程序')
    for (let step = 1; step < DECIDE_SECTIONS.length; step += 1) await page.tapElement(page.first('decide-next') as Element, { rerender: true })
    expect(page.compactText()).toContain('关于这份决策辅助')
    expect(page.component.dom.innerHTML).not.toMatch(/open-type|navigator/)
  })
})

test.each([
  ['pages/index/index', {}, '要不要考虑移植：和医生商量之前'],
  ['pages/hsct/index', {}, '要不要考虑移植：和医生商量之前'],
  ['pages/trial/index', { id: 'astis' }, '要不要考虑移植：和医生商量之前'],
  ['pages/trials/index', {}, '要不要考虑移植：和医生商量之前']
])('%s leads to the aid', async (route, query, link) => {
  const page = await openPage(route, query)
  await page.tap(link)
  expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/decide/index' })])
})

test('the trial list leads straight to how to find recruiting trials', async () => {
  const page = await openPage('pages/trials/index')
  await page.tap('现在招募的试验，怎样查找')
  expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/decide/index?section=recruiting' })])
})

test('the about page says what the aid keeps on the phone and who reviewed it', async () => {
  const page = await openPage('pages/about/index')
  expect(page.text()).toContain('“和医生商量之前”页面上的选择和勾选的问题')
  expect(page.text()).toContain('还没有临床医生审阅过')
})

import { readFileSync } from 'fs'
import path from 'path'
import { callsOf, distDir, failApi, launchApp, openPage, resetApis, type OpenPage } from '../support/miniprogram'

beforeEach(() => {
  launchApp({ scene: 1001 })
  resetApis()
})

/** HONcode's eight principles and what the page must say for each. */
const PRINCIPLES: [string, string[]][] = [
  ['谁写的', ['The Scleroderma Education Project 授权翻译', '由本小程序根据已发表的论文']],
  ['不能代替医生', ['不能代替医生的诊断和治疗', '实验性治疗方法']],
  ['隐私', ['不收集任何个人信息', '不通过网络发送任何内容', '您选择的文字大小', '只有在您点“复制”时']],
  ['每类内容的来源和日期', ['手册《实验性治疗方法》，截至2016年12月', '勘误和说明：本小程序编写，每条注明来源和核对日期，最近核对于2026-12-01', '试验结果的数字和移植的风险：本小程序整理，每条注明来源', '术语解释：本小程序编写，审阅于2026-12-01']],
  ['说法有依据', ['都注明出处']],
  ['联系我们、报告错误', ['意见反馈', 'info@sscchina.org']],
  ['资金来源', ['机构尚未填写资金来源说明']],
  ['广告', ['没有任何广告']]
]

/**
 * The value WeChat gets for a button's open-type: the compiled template binds it to a short data key of the node
 * (open-type="{{i.p11}}"), which the simulator's DOM does not show; so read the template and the node's data.
 */
function buttonOpenType(page: OpenPage, element: Element): unknown {
  const template = readFileSync(path.join(distDir(), 'base.wxml'), 'utf8')
  const key = template.match(/<button [^>]*open-type="\{\{i\.(\w+)\}\}"/)?.[1]
  const sid = element.closest('[data-sid]')?.getAttribute('data-sid')
  const find = (node: unknown): Record<string, unknown> | undefined => {
    if (!node || typeof node !== 'object') return undefined
    const record = node as Record<string, unknown>
    if (record.sid === sid) return record
    for (const child of Object.values(record)) {
      const found = find(child)
      if (found) return found
    }
    return undefined
  }
  return key ? find(page.instance.data)?.[key] : undefined
}

test.each(PRINCIPLES)('the about page answers "%s"', async (heading, phrases) => {
  const page = await openPage('pages/about/index')
  const section = page.all('section').find((element) => element.textContent?.trim().startsWith(heading))
  expect(section).toBeDefined()
  for (const phrase of phrases) expect(section?.textContent).toContain(phrase)
})

test('reporting an error: a real WeChat feedback button and the email, copied with one tap or shown to copy by hand', async () => {
  const page = await openPage('pages/about/index')
  const button = page.findByText('意见反馈（微信）')
  expect(button?.tagName.toLowerCase()).toBe('wx-button')
  expect(buttonOpenType(page, button as Element)).toBe('feedback')
  await page.tap('复制邮箱：info@sscchina.org')
  expect(callsOf('setClipboardData')).toEqual([expect.objectContaining({ data: 'info@sscchina.org' })])
  failApi('setClipboardData', { errMsg: 'setClipboardData:fail' })
  await page.tap('复制邮箱：info@sscchina.org', { rerender: true })
  expect(page.first('copy-fallback')?.textContent).toContain('info@sscchina.org')
})

test('every page\'s footer leads to the about page', async () => {
  for (const [route, query] of [['pages/index/index', {}], ['pages/hsct/index', {}], ['pages/trials/index', {}], ['pages/trial/index', { id: 'stat' }], ['pages/contact/index', {}]] as const) {
    resetApis()
    const page = await openPage(route, query)
    await page.tap('关于本小程序 · 谁写的 · 隐私 · 报告错误')
    expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/about/index' })])
  }
})

test('the page shares itself, and in Moments\' single-page mode shows no feedback button', async () => {
  const page = await openPage('pages/about/index')
  expect(page.share()).toEqual(expect.objectContaining({ title: expect.stringContaining('关于本小程序'), path: '/pages/about/index' }))
  launchApp({ scene: 1154, path: 'pages/about/index', query: {} })
  const single = await openPage('pages/about/index')
  expect(single.text()).toContain('没有任何广告')
  expect(single.component.dom.innerHTML).not.toContain('open-type')
})

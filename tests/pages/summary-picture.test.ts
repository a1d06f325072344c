// The clinic summary as a picture, in the compiled package: drawn on the page's canvas 2d (a recording fake, since
// miniprogram-simulate has none), saved with canvasToTempFilePath, forwarded with showShareImageMenu, saved to the
// album after authorize, the way on when the album is refused, and no picture controls in Moments' single-page mode.
import { decisionAid } from '@/content/decide'
import {
  answerApi, callsOf, canvases, distDir, failApi, fakeTextWidth, launchApp, openPage, resetApis, state, storage, type OpenPage
} from '../support/miniprogram'
import { pictureMade } from '../support/picture'
import { readTemplates, renderedNodes } from '../support/wechat-aria'

const ROUTE = 'pages/decide/index'
const { questions, values } = decisionAid
const [asked, alsoAsked, notAsked] = questions.items
const statement = values.statements[0]
const NOTES = { values: { [statement.id]: values.choices[0].id }, other: '', sure: {}, questions: [asked.id, alsoAsked.id] }

beforeEach(() => {
  launchApp({ scene: 1001 })
  resetApis()
  storage().clear()
  storage().set('decisionNotes', NOTES)
})

const compact = (text: string) => text.replace(/\s+/g, '')

/** Taps the element of that class; `rerender` waits for the page to change after the platform calls answer. */
async function tapClass(page: OpenPage, className: string, options: { rerender?: boolean } = {}): Promise<void> {
  const target = page.first(className)
  if (!target) throw new Error(`Nothing on the page has the class ${className}. Page text: ${page.text()}`)
  await page.tapElement(target, options)
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/** The page data of the first node of that class: what Taro hands WeChat to render it (simulate drops an image's src). */
function nodeData(page: OpenPage, className: string): Record<string, unknown> | undefined {
  const find = (node: any): any => (String(node?.cl ?? '').split(' ').includes(className) ? node : (node?.cn ?? []).map(find).find(Boolean))
  return find(page.instance.data.root)
}

const tempFilePath = () => state.answers.get('canvasToTempFilePath')?.tempFilePath as string

test('生成图片 draws the chosen questions and answers on the page\'s canvas and saves it as an image file', async () => {
  const page = await pictureMade()
  const [exported] = callsOf('canvasToTempFilePath')
  const canvas = canvases[canvases.length - 1]
  expect(canvas.selector).toBe('#summary-picture-canvas')
  expect(exported.canvas).toBe(canvas)
  // simulate's phone has a pixel ratio of 3: the 750-px picture is saved 1.5 × as large, the canvas shown at image px / 3.
  expect(exported.destWidth).toBe(1125)
  expect([canvas.width, canvas.height]).toEqual([exported.destWidth, exported.destHeight])
  expect([canvas.cssWidth, canvas.cssHeight]).toEqual([exported.width, exported.height])
  expect(canvas.cssWidth).toBe(375)

  const drawn = compact(canvas.drawn.map((line) => line.text).join(''))
  expect(drawn).toContain(compact(asked.text))
  expect(drawn).toContain(compact(alsoAsked.text))
  expect(drawn).toContain(compact(`${statement.text.replace('{person}', '患者')}：${values.choices[0].label}`))
  // No more than the reader chose.
  expect(drawn).not.toContain(compact(notAsked.text))
  for (const line of canvas.drawn) {
    expect([line.text, line.x + fakeTextWidth(line.text, line.font) <= 750]).toEqual([line.text, true])
  }
  expect(Object.values(nodeData(page, 'summary-picture__image') ?? {})).toContain(tempFilePath())
})

test('WeChat\'s screen reader hears the picture as one image whose label is its text', async () => {
  const page = await pictureMade()
  const images = renderedNodes(page.instance.data, readTemplates(distDir())).filter((node) => node.aria['aria-role'] === 'img')
  expect(images).toHaveLength(1)
  const label = compact(String(images[0].aria['aria-label']))
  expect(label).toContain(compact(asked.text))
  expect(label).toContain(compact(`${statement.text.replace('{person}', '患者')}：${values.choices[0].label}`))
})

test('转发或保存图片 opens WeChat\'s image menu with the saved file', async () => {
  const page = await pictureMade()
  await tapClass(page, 'summary-picture__forward')
  expect(callsOf('showShareImageMenu')).toEqual([expect.objectContaining({ path: tempFilePath() })])
})

test('保存到相册 asks for the album, then saves the file there', async () => {
  const page = await pictureMade()
  await tapClass(page, 'summary-picture__save', { rerender: true })
  expect(callsOf('authorize')).toEqual([expect.objectContaining({ scope: 'scope.writePhotosAlbum' })])
  expect(callsOf('saveImageToPhotosAlbum')).toEqual([expect.objectContaining({ filePath: tempFilePath() })])
  const order = state.calls.map((call) => call.api).filter((api) => api === 'authorize' || api === 'saveImageToPhotosAlbum')
  expect(order).toEqual(['authorize', 'saveImageToPhotosAlbum'])
  expect(page.first('summary-picture__settings')).toBeUndefined()
})

describe('a refused album', () => {
  test('says so, saves nothing, and offers the settings (from a tap) and the copy', async () => {
    const page = await pictureMade()
    failApi('authorize', { errMsg: 'authorize:fail auth deny' })
    await tapClass(page, 'summary-picture__save', { rerender: true })
    expect(callsOf('saveImageToPhotosAlbum')).toEqual([])
    expect(page.first('summary-picture__settings')).toBeDefined()
    expect(page.text()).toContain(`“${questions.summary.copy}”`)

    // Still refused in the settings: nothing saved, and the copy is still offered.
    await tapClass(page, 'summary-picture__settings', { rerender: true })
    expect(callsOf('openSetting')).toHaveLength(1)
    expect(callsOf('saveImageToPhotosAlbum')).toEqual([])
    expect(page.text()).toContain(`“${questions.summary.copy}”`)
  })

  test('allowed in the settings: the picture is saved without another tap', async () => {
    const page = await pictureMade()
    failApi('authorize', { errMsg: 'authorize:fail auth deny' })
    await tapClass(page, 'summary-picture__save', { rerender: true })
    resetApis()
    answerApi('openSetting', { authSetting: { 'scope.writePhotosAlbum': true } })
    await tapClass(page, 'summary-picture__settings', { rerender: true })
    expect(callsOf('openSetting')).toHaveLength(1)
    expect(callsOf('saveImageToPhotosAlbum')).toEqual([expect.objectContaining({ filePath: 'http://tmp/summary-picture.png' })])
    expect(page.first('summary-picture__settings')).toBeUndefined()
  })

  test('refused by the privacy rules: says so and offers the copy, not the settings', async () => {
    const page = await pictureMade()
    failApi('saveImageToPhotosAlbum', { errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized', errno: 104 })
    await tapClass(page, 'summary-picture__save', { rerender: true })
    expect(page.first('summary-picture__settings')).toBeUndefined()
    expect(page.text()).toContain('隐私保护指引')
    expect(page.text()).toContain(`“${questions.summary.copy}”`)
  })
})

test('a picture that could not be saved says so and offers 生成图片 again and the copy', async () => {
  const page = await openPage(ROUTE, { section: 'questions' })
  failApi('canvasToTempFilePath', { errMsg: 'canvasToTempFilePath:fail' })
  await tapClass(page, 'summary-picture__generate', { rerender: true })
  const started = Date.now()
  while (page.first('summary-picture__canvas') && Date.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 10))
  await page.settle()
  expect(callsOf('canvasToTempFilePath')).toHaveLength(1)
  expect(page.first('summary-picture__image')).toBeUndefined()
  expect(page.first('summary-picture__generate')).toBeDefined()
  expect(page.text()).toContain(`“${questions.summary.copy}”`)
})

test('a picture of older choices is not shown: ticking another question asks for a new one', async () => {
  const page = await pictureMade()
  const question = page.all('question').find((element) => compact(element.textContent ?? '').includes(compact(notAsked.text)))!
  await page.tapElement(question, { rerender: true })
  expect(page.first('summary-picture__image')).toBeUndefined()
  expect(page.first('summary-picture__generate')).toBeDefined()
})

test('in Moments\' single-page mode there is nothing to save or forward with: no controls, a sentence that says why', async () => {
  launchApp({ scene: 1154 })
  const page = await openPage(ROUTE, { section: 'questions' })
  for (const control of ['summary-picture__generate', 'summary-picture__forward', 'summary-picture__save']) expect(page.first(control)).toBeUndefined()
  expect(page.first('summary-picture__note')?.textContent).toContain(`“${questions.summary.copy}”`)
  expect(callsOf('canvasToTempFilePath')).toEqual([])
})

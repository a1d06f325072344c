// The clinic summary as a picture, in the compiled package: drawn on the page's canvas 2d (a recording fake, since
// miniprogram-simulate has none), saved with canvasToTempFilePath, forwarded with showShareImageMenu, saved to the
// album after authorize, the way on when the album is refused, and no picture controls in Moments' single-page mode.
import { decisionAid } from '@/content/decide'
import {
  answerApi, callsOf, canvases, distDir, failApi, fakeTextWidth, launchApp, openPage, resetApis, setAppAuthorize, state, storage, type OpenPage
} from '../support/miniprogram'
import { pictureMade } from '../support/picture'
import { MAX_PIXELS, MAX_SIDE, WORST_CASE_NOTES, worstResult } from '../support/worst-case'
import { readTemplates, renderedNodes } from '../support/wechat-aria'

const ROUTE = 'pages/decide/index'
const { questions, values } = decisionAid
const [asked, alsoAsked, notAsked] = questions.items
const statement = values.statements[0]
const NOTES = { values: { [statement.id]: values.choices[0].id }, other: '', sure: {}, questions: [asked.id, alsoAsked.id], results: {} }

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
/** The page data of every node of that class: what Taro hands WeChat to render it (simulate drops an image's src). */
function nodesData(page: OpenPage, className: string): Record<string, unknown>[] {
  const find = (node: any): any[] => [
    ...(String(node?.cl ?? '').split(' ').includes(className) ? [node] : []),
    ...(node?.cn ?? []).flatMap(find)
  ]
  return find(page.instance.data.root)
}

/** Every line drawn on every picture exported, in order. */
const drawnText = () => compact(canvases.flatMap((canvas) => canvas.pictures.flatMap((picture) => picture.drawn.map((line) => line.text))).join(''))

const tempFilePath = () => state.answers.get('canvasToTempFilePath')?.tempFilePath as string

test('生成图片 draws the chosen questions and answers on the page\'s canvases and saves each picture as an image file', async () => {
  const page = await pictureMade()
  const exports = callsOf('canvasToTempFilePath')
  expect(exports.length).toBeGreaterThan(0)
  for (const exported of exports) {
    const canvas = exported.canvas as (typeof canvases)[number]
    expect(canvases).toContain(canvas)
    expect(canvas.selector).toBe('#summary-picture-canvas')
    // simulate's phone has a pixel ratio of 3: a 750-px picture is saved 1 to 1.5 × as large (less for a tall one,
    // to stay within 4,096 px), the canvas shown at image px / 3.
    expect(exported.destWidth).toBeGreaterThanOrEqual(750)
    expect(exported.destWidth).toBeLessThanOrEqual(1125)
    const [picture] = canvas.pictures
    expect([picture.width, picture.height]).toEqual([exported.destWidth, exported.destHeight])
    expect([canvas.cssWidth, canvas.cssHeight]).toEqual([exported.width, exported.height])
    expect(canvas.cssWidth).toBeCloseTo(exported.destWidth / 3)
    // Released after the export: shrunk to 1 × 1.
    expect(canvas.released).toBe(true)
  }

  const drawn = drawnText()
  expect(drawn).toContain(compact(asked.text))
  expect(drawn).toContain(compact(alsoAsked.text))
  expect(drawn).toContain(compact(`${statement.text.replace('{person}', '患者')}：${values.choices[0].label}`))
  // No more than the reader chose.
  expect(drawn).not.toContain(compact(notAsked.text))
  for (const line of canvases.flatMap((made) => made.pictures.flatMap((each) => each.drawn))) {
    expect([line.text, line.x + fakeTextWidth(line.text, line.font) <= 750]).toEqual([line.text, true])
  }
  const shown = nodesData(page, 'summary-picture__image')
  expect(shown).toHaveLength(exports.length)
  for (const data of shown) expect(Object.values(data)).toContain(tempFilePath())
})

test('WeChat\'s screen reader hears each picture as one image whose label is its text', async () => {
  const page = await pictureMade()
  const images = renderedNodes(page.instance.data, readTemplates(distDir())).filter((node) => node.aria['aria-role'] === 'img')
  expect(images).toHaveLength(callsOf('canvasToTempFilePath').length)
  const label = compact(images.map((image) => String(image.aria['aria-label'])).join(''))
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
  const pictures = callsOf('canvasToTempFilePath').length
  expect(callsOf('authorize')).toEqual([expect.objectContaining({ scope: 'scope.writePhotosAlbum' })])
  expect(callsOf('saveImageToPhotosAlbum')).toEqual(Array(pictures).fill(expect.objectContaining({ filePath: tempFilePath() })))
  const order = state.calls.map((call) => call.api).filter((api) => api === 'authorize' || api === 'saveImageToPhotosAlbum')
  expect(order).toEqual(['authorize', ...Array(pictures).fill('saveImageToPhotosAlbum')])
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
    expect(callsOf('saveImageToPhotosAlbum').length).toBeGreaterThan(0)
    expect(callsOf('saveImageToPhotosAlbum')).toEqual(callsOf('saveImageToPhotosAlbum').map(() => expect.objectContaining({ filePath: 'http://tmp/summary-picture.png' })))
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

describe('the worst case: every question ticked, every result typed to its limit, 100 characters of her own words, on a 3× phone', () => {
  const { checklist } = questions.summary
  const result = worstResult
  const WORST = WORST_CASE_NOTES

  test('every image stays within 4096 px a side and 6 MP, each canvas is released, and together they hold every result', async () => {
    storage().set('decisionNotes', WORST)
    const page = await pictureMade()
    const exports = callsOf('canvasToTempFilePath')
    const sizes = exports.map((call) => [call.destWidth, call.destHeight] as [number, number])
    process.stdout.write(`worst-case summary pictures at 3× (simulator fake): ${sizes.map(([w, h]) => `${w} × ${h}`).join(', ')}\n`)
    for (const [width, height] of sizes) {
      expect(Math.max(width, height)).toBeLessThanOrEqual(MAX_SIDE)
      expect(width * height).toBeLessThanOrEqual(MAX_PIXELS)
    }
    // One canvas per picture, each released after its export.
    expect(canvases.filter((canvas) => canvas.pictures.length > 0)).toHaveLength(exports.length)
    expect(canvases.every((canvas) => canvas.pictures.length === 0 || canvas.released)).toBe(true)
    const drawn = drawnText()
    checklist.items.forEach((item, index) => expect(drawn).toContain(compact(`${item.label}：${result(index)}`)))
    expect(drawn).toContain(WORST.other)
    // Numbered, and the reader is told how many to send.
    expect(page.all('summary-picture__image')).toHaveLength(exports.length)
    if (exports.length > 1) expect(page.text()).toContain(String(exports.length))
  })

  test('保存 saves every picture to the album with one tap', async () => {
    storage().set('decisionNotes', WORST)
    const page = await pictureMade()
    await tapClass(page, 'summary-picture__save', { rerender: true })
    const paths = callsOf('canvasToTempFilePath').map(() => tempFilePath())
    expect(callsOf('saveImageToPhotosAlbum').map((call) => call.filePath)).toEqual(paths)
  })
})

test('the referral ask and her typed results appear in the picture with nothing ticked', async () => {
  const [skin] = questions.summary.checklist.items
  storage().set('decisionNotes', { values: {}, other: '', sure: {}, questions: [], results: { [skin.id]: '1998年 31分' } })
  await pictureMade()
  const drawn = drawnText()
  const referral = questions.items.find((item) => item.id === questions.summary.referral)!
  expect(drawn).toContain(compact(referral.text))
  expect(drawn).toContain(compact(`${skin.label}：1998年 31分`))
})

describe('the phone refuses WeChat itself the photos while the mini-program\'s 相册 switch is on', () => {
  test('says so, opens WeChat\'s own permission page from a tap, and never loops through the mini-program\'s settings', async () => {
    const page = await pictureMade()
    failApi('saveImageToPhotosAlbum', { errMsg: 'saveImageToPhotosAlbum:fail auth deny' })
    setAppAuthorize({ albumAuthorized: 'denied' })
    await tapClass(page, 'summary-picture__save', { rerender: true })
    expect(callsOf('authorize')).toHaveLength(1)
    expect(page.first('summary-picture__settings')).toBeUndefined()
    expect(page.text()).toContain(questions.summary.picture.systemRefused)
    await tapClass(page, 'summary-picture__system-settings')
    expect(callsOf('openAppAuthorizeSetting')).toHaveLength(1)
    expect(callsOf('openSetting')).toEqual([])
  })

  test('a plain failure while the phone allows WeChat the photos is not called a refusal', async () => {
    const page = await pictureMade()
    failApi('saveImageToPhotosAlbum', { errMsg: 'saveImageToPhotosAlbum:fail file not found' })
    await tapClass(page, 'summary-picture__save', { rerender: true })
    expect(page.first('summary-picture__system-settings')).toBeUndefined()
    expect(page.text()).toContain(questions.summary.picture.saveFailed)
  })

  test('allowed in the mini-program\'s settings but still refused by the phone: the phone\'s page is offered, not the settings again', async () => {
    const page = await pictureMade()
    failApi('authorize', { errMsg: 'authorize:fail auth deny' })
    await tapClass(page, 'summary-picture__save', { rerender: true })
    resetApis()
    answerApi('openSetting', { authSetting: { 'scope.writePhotosAlbum': true } })
    failApi('saveImageToPhotosAlbum', { errMsg: 'saveImageToPhotosAlbum:fail auth deny' })
    setAppAuthorize({ albumAuthorized: 'denied' })
    await tapClass(page, 'summary-picture__settings', { rerender: true })
    expect(page.first('summary-picture__settings')).toBeUndefined()
    expect(page.first('summary-picture__system-settings')).toBeDefined()
  })
})

test('forwarding the picture never asks for the album', async () => {
  const page = await pictureMade()
  await tapClass(page, 'summary-picture__forward')
  expect(callsOf('authorize')).toEqual([])
  expect(callsOf('saveImageToPhotosAlbum')).toEqual([])
})

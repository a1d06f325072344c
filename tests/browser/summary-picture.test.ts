/** @jest-environment node */
// The clinic summary's picture on the web build, in Chromium: after 生成图片 the page shows the canvas's images, and
// the first one's pixels hold rows of text exactly where the layout puts them (dark pixels in each line's band, from
// its x to the end of its text, and nothing between the bands), computed in the page with the same layout function
// and the browser's own text measure. The worst case (every question ticked, every result typed, 100 characters of
// her own words) on a 3× phone stays within 4,096 px a side and 6 MP per image. At 特大 the controls and fields stay
// at least 60 × 60 px. The first picture is saved as artifacts/screenshots/summary-picture.png to look at.
import fs from 'fs'
import path from 'path'
import ts from 'typescript'
import type { Page } from 'playwright-core'
import { decisionAid } from '@/content/decide'
import { clinicSummary } from '@/pages/decide/summary/document'
import type { PictureLayout } from '@/pages/decide/summary/layout'
import { MAX_PIXELS, MAX_SIDE, WORST_CASE_NOTES } from '../support/worst-case'
import { BrowserHarness, ROOT, SCREENSHOTS, VARIANTS, formatOverflow, formatTapTargets, type Route } from '../support/browser'

const ROUTE: Route = { path: 'pages/decide/index?section=questions', slug: 'decide-summary-picture' }
const { questions, values } = decisionAid
/** A long question, a short one, and an answer: lines that wrap, and a bullet. */
const NOTES = {
  values: { [values.statements[0].id]: values.choices[0].id },
  answers: {},
  other: '',
  sure: {},
  questions: [questions.items[0].id, questions.items[1].id, questions.items[5].id],
  results: {}
}
const { checklist } = questions.summary
const WORST = WORST_CASE_NOTES

const harness = new BrowserHarness({ report: null })
beforeAll(() => harness.start(), 30_000)
afterAll(() => harness.stop(), 30_000)

/** Opens the questions with `notes` stored (Taro's web storage: { data }), taps 生成图片, and waits for the images. */
async function makePicture(page: Page, notes: object = NOTES): Promise<void> {
  await page.addInitScript((stored: string) => {
    // about:blank, opened between routes, has no storage.
    if (window.location.protocol === 'http:') window.localStorage.setItem('decisionNotes', stored)
  }, JSON.stringify({ data: notes }))
  await harness.open(ROUTE)
  await page.locator('.taro_page_show .summary-picture__generate').click()
  await page.locator('.taro_page_show .summary-picture__image img[src^="data:image/png"]').first().waitFor({ timeout: 10_000 })
  await page.evaluate(() => (document.querySelector('.taro_page_show .summary-picture__image img') as HTMLImageElement).decode())
}

interface Rows {
  width: number
  height: number
  /** Per row of image px: how many dark pixels, and the first and last dark column (-1 when none). */
  dark: number[]
  first: number[]
  last: number[]
  dataUrl: string
}

/** The image's pixels, row by row: "dark" is text (every colour the picture writes in is darker than 160 of 255). */
function readRows(page: Page): Promise<Rows> {
  return page.evaluate(() => {
    const image = document.querySelector('.taro_page_show .summary-picture__image img') as HTMLImageElement
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    const rows: Rows = { width: canvas.width, height: canvas.height, dark: [], first: [], last: [], dataUrl: image.src }
    for (let y = 0; y < canvas.height; y += 1) {
      let count = 0
      let first = -1
      let last = -1
      for (let x = 0; x < canvas.width; x += 1) {
        const at = (y * canvas.width + x) * 4
        if (0.299 * data[at] + 0.587 * data[at + 1] + 0.114 * data[at + 2] < 160) {
          count += 1
          if (first < 0) first = x
          last = x
        }
      }
      rows.dark.push(count)
      rows.first.push(first)
      rows.last.push(last)
    }
    return rows
  })
}

/**
 * The layout the page drew, computed again in the page: layout.ts compiled to a script (its imports are types
 * only), measured with a canvas of the page in the picture's font (src/platform/picture.ts: the system sans-serif).
 */
async function layoutInPage(page: Page): Promise<{ layouts: PictureLayout[]; widths: number[] }> {
  const source = fs.readFileSync(path.join(ROOT, 'src/pages/decide/summary/layout.ts'), 'utf8')
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 } })
  await page.addScriptTag({ content: `window.summaryLayout = (function () { var exports = {}; ${outputText}; return exports })()` })
  const [year, month, day] = await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth() + 1, new Date().getDate()])
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const summary = clinicSummary(decisionAid, NOTES, date)
  return page.evaluate(({ document_, numbered }) => {
    // In the page, as the app's own canvas is: a canvas outside the document picks other fonts (a narrow "·").
    const canvas = document.createElement('canvas')
    document.querySelector('.taro_page_show .summary-picture')!.appendChild(canvas)
    const context = canvas.getContext('2d')!
    const font = (fontSize: number, weight: string) => `${weight} ${fontSize}px sans-serif`
    const measure = (text: string, fontSize: number, weight: string) => {
      context.font = font(fontSize, weight)
      return context.measureText(text).width
    }
    const pageLabel = (n: number, count: number) => numbered.replace('{n}', String(n)).replace('{count}', String(count))
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const layouts = (window as any).summaryLayout.layoutSummary(document_, { measure, pageLabel }) as PictureLayout[]
    const widths = layouts[0].items.map((item) => measure(item.text, item.fontSize, item.weight))
    canvas.remove()
    return { layouts, widths }
  }, { document_: summary, numbered: questions.summary.picture.numbered })
}

describe('the picture drawn on the web build', () => {
  let rows: Rows
  let layout: PictureLayout
  let layouts: PictureLayout[]
  let images: number
  let widths: number[]
  let scale: number

  beforeAll(async () => {
    const page = await harness.useVariant(VARIANTS[0])
    await makePicture(page)
    rows = await readRows(page)
    images = await page.locator('.taro_page_show .summary-picture__image img').count()
    ;({ layouts, widths } = await layoutInPage(page))
    layout = layouts[0]
    scale = rows.width / layout.width
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    fs.writeFileSync(path.join(SCREENSHOTS, 'summary-picture.png'), Buffer.from(rows.dataUrl.split(',')[1], 'base64'))
  }, 60_000)

  test('is as many pictures as the layout makes, the first of its size, drawn at the phone\'s pixel ratio (2 here: 1 image px per picture px)', () => {
    expect(images).toBe(layouts.length)
    expect(scale).toBe(1)
    expect(rows.height).toBe(Math.round(layout.height * scale))
  })

  test('is not blank: there is text on it', () => {
    expect(layout.items.length).toBeGreaterThan(8)
    expect(rows.dark.filter((count) => count > 0).length).toBeGreaterThan(layout.items.length * 10)
  })

  test('has a row of text in each line\'s band, from the line\'s x to the end of its text', () => {
    layout.items.forEach((item, index) => {
      const band = rowsBetween(item.y - item.fontSize * 0.3, item.y + item.fontSize * 0.3)
      const inked = band.filter((y) => rows.dark[y] > 0)
      expect([item.text, inked.length > 0]).toEqual([item.text, true])
      // The edges over the whole line's height: a glyph such as 了 has ink at its left only near its top.
      const line = rowsBetween(item.y - item.fontSize * 0.5, item.y + item.fontSize * 0.5).filter((y) => rows.dark[y] > 0)
      const left = Math.min(...line.map((y) => rows.first[y])) / scale
      const right = Math.max(...line.map((y) => rows.last[y])) / scale
      // A glyph starts a little inside its advance (a fullwidth opening mark, in its right half) and ends a little before it.
      const inset = /^[（《“【]/.test(item.text) ? 0.75 : 0.4
      expect([item.text, left >= item.x - 1 && left <= item.x + item.fontSize * inset]).toEqual([item.text, true])
      expect([item.text, right <= item.x + widths[index] + 1 && right >= item.x + widths[index] - item.fontSize]).toEqual([item.text, true])
    })
  })

  test('is blank between the bands of the lines, above the first and below the last', () => {
    const bands = layout.items.map((item) => [item.y - item.fontSize * 0.62, item.y + item.fontSize * 0.62])
    const inked = rows.dark.map((count, y) => (count > 0 ? y / scale : -1)).filter((y) => y >= 0)
    const outside = inked.filter((y) => !bands.some(([top, bottom]) => y >= top && y <= bottom))
    expect(outside).toEqual([])
    // And the gaps are really there: a blank row between every two lines.
    layout.items.slice(1).forEach((item, index) => {
      const previous = layout.items[index]
      const gap = rowsBetween(previous.y + previous.fontSize * 0.62, item.y - item.fontSize * 0.62)
      expect([item.text, gap.length > 0 && gap.every((y) => rows.dark[y] === 0)]).toEqual([item.text, true])
    })
  })

  /** The image rows (px) between two heights in picture px. */
  function rowsBetween(top: number, bottom: number): number[] {
    const rowsIn: number[] = []
    for (let y = Math.ceil(top * scale); y <= Math.floor(bottom * scale); y += 1) rowsIn.push(y)
    return rowsIn
  }
})

test('the worst case on a 3× phone: every image within 4,096 px a side and 6 MP, and her typed results in them', async () => {
  const page = await harness.useVariant(VARIANTS[0], { deviceScaleFactor: 3 })
  await makePicture(page, WORST)
  const sizes = await page.evaluate(() => Array.from(document.querySelectorAll('.taro_page_show .summary-picture__image img'))
    .map((image) => [(image as HTMLImageElement).naturalWidth, (image as HTMLImageElement).naturalHeight]))
  process.stdout.write(`worst-case summary pictures at 3× (Chromium, web build): ${sizes.map(([w, h]) => `${w} × ${h}`).join(', ')}\n`)
  expect(sizes.length).toBeGreaterThan(0)
  for (const [width, height] of sizes) {
    expect(Math.max(width, height)).toBeLessThanOrEqual(MAX_SIDE)
    expect(width * height).toBeLessThanOrEqual(MAX_PIXELS)
  }
  // What a screen reader hears of the pictures holds every typed result.
  const labels = await page.evaluate(() => Array.from(document.querySelectorAll('.taro_page_show .summary-picture__preview'))
    .map((preview) => preview.getAttribute('aria-label') ?? '').join(''))
  for (const item of checklist.items) expect(labels.replace(/\s+/g, '')).toContain(`${item.label}：${WORST.results[item.id]}`.replace(/\s+/g, ''))
}, 60_000)

test('at 特大 the picture\'s controls are at least 60 × 60 px and nothing runs off the screen', async () => {
  const variant = VARIANTS.find((entry) => entry.textSize === 'xlarge')!
  const page = await harness.useVariant(variant)
  await makePicture(page)
  const opened = { page, url: page.url(), pageErrors: [], loadMs: 0 }
  const report = await harness.measure(ROUTE, opened)
  const controls = report.tapTargets.filter((target) => target.selector.includes('summary-picture'))
  expect(controls.length).toBeGreaterThan(0)
  const small = report.smallTapTargets.filter((target) => target.selector.includes('summary-picture'))
  if (small.length) throw new Error(`picture controls under ${report.minTap} px:\n${formatTapTargets(small)}`)
  if (report.overflow.offenders.length) throw new Error(formatOverflow(report.overflow))
  expect(report.pageErrors).toEqual([])
}, 60_000)

test('at 特大 the fields for her results are at least 60 × 60 px, each with a label a screen reader reads', async () => {
  const variant = VARIANTS.find((entry) => entry.textSize === 'xlarge')!
  const page = await harness.useVariant(variant)
  const opened = await harness.open(ROUTE)
  const report = await harness.measure(ROUTE, opened)
  const fields = report.tapTargets.filter((target) => target.selector.includes('textarea'))
  expect(fields.length).toBe(checklist.items.length)
  const small = report.smallTapTargets.filter((target) => target.selector.includes('textarea'))
  if (small.length) throw new Error(`fields under ${report.minTap} px:\n${formatTapTargets(small)}`)
  // On the textarea itself, which a screen reader reads as the field.
  const labels = await page.evaluate(() => Array.from(document.querySelectorAll('.taro_page_show .own-words__field textarea')).map((field) => field.getAttribute('aria-label')))
  expect(labels).toEqual(checklist.items.map((item) => item.label))
}, 60_000)

/** @jest-environment node */
// The browser checks must be able to fail: a fixture page shaped like Taro's web build (.taro_page > .page) with
// one known defect per check, and a clean one that passes every check in light and dark.
import fs from 'fs'
import os from 'os'
import path from 'path'
import { BrowserHarness, VARIANTS, type Route, type RouteReport } from '../support/browser'

const FIXTURE = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>fixture</title>
<style>
  body { margin: 0; font: 17px/1.7 'Noto Sans CJK SC', sans-serif; }
  .taro_page { position: absolute; inset: 0; height: 100vh; overflow-y: scroll; }
  .page { padding: 16px; min-height: 100vh; box-sizing: border-box; --text-scale: 1; }
  .ok-button { display: flex; align-items: center; justify-content: center; min-height: 48px; background: #4a2270; color: #fff; }
  .axis { position: relative; height: 30px; }
  .axis span { position: absolute; top: 0; }
</style>
</head>
<body>
<div id="app"><div class="taro_page taro_page_show"><main class="page" id="root"></main></div></div>
<script>
  const pages = {
    clean: '<h1>干细胞移植</h1><p>一段用来检查版面的文字。</p>' +
      '<div class="ok-button" role="button" tabindex="0">一个够大的按钮</div>' +
      '<p>请阅读<a href="#/clean">这一段</a>再决定。</p>' +
      '<p>移植前，医生会全面检查心、肺、肾的功能，判断身体能否承受大剂量化疗，这一步不能省略。</p>' +
      '<p>移植后的第一年需要密切随访，按时复查血常规和器官功能，有发热要及时就医。</p>',
    defects: '<h1>缺陷</h1>' +
      '<div class="tiny-button" role="button" tabindex="0" style="width:30px;height:20px;overflow:hidden">x</div>' +
      '<div style="background: rgba(0,0,0,0.5)"><span style="color:#777">看不清的字</span></div>' +
      '<div style="width:500px">这一行比屏幕还宽，会横向滚动。</div>' +
      '<div class="axis"><span>2001</span><span style="left:36px">2005</span></div>' +
      '<div style="width:8px;word-break:break-word">2019</div>' +
      '<div style="width:60px;overflow:hidden;white-space:nowrap">一行被截断的很长的文字</div>' +
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">' +
      '<p class="cramped" style="line-height:1.1">行距太小的一段文字，换行以后上下两行几乎贴在一起，老年人很难分清。</p>' +
      '<p class="run-on" style="margin:0">这一段和下一段之间没有任何间距，看起来像同一段话的延续。</p>' +
      '<p style="margin:0">所以读者分不清哪里是新的一段，段落间距必须比行距明显更大。</p>'
  }
  // Outside Taro's page scroller: widens the document itself.
  if (location.hash === '#/defects') document.body.insertAdjacentHTML('beforeend', '<div style="width:600px;height:1px"></div>')
  document.getElementById('root').innerHTML = pages[location.hash.replace('#/', '')] || ''
</script>
</body>
</html>`

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'browser-probes-'))
fs.writeFileSync(path.join(dir, 'index.html'), FIXTURE)
const harness = new BrowserHarness({ dist: dir, screenshots: path.join(dir, 'screenshots'), report: null })
const clean: Route = { path: 'clean', slug: 'clean' }
const defects: Route = { path: 'defects', slug: 'defects' }

beforeAll(() => harness.start(), 30_000)
afterAll(async () => {
  await harness.stop()
  fs.rmSync(dir, { recursive: true, force: true })
}, 30_000)

describe('a page with one defect per check', () => {
  let report: RouteReport
  beforeAll(async () => {
    await harness.useVariant(VARIANTS[0])
    report = await harness.inspect(defects)
  }, 30_000)

  test('finds the small tap target, with its size', () => {
    expect(report.smallTapTargets).toEqual([expect.objectContaining({ selector: 'div.tiny-button', width: 30, height: 20 })])
  })

  test('finds the horizontal overflow, inside the page scroller and of the document', () => {
    expect(report.overflow.pageScrollWidth).toBeGreaterThan(report.overflow.pageClientWidth)
    expect(report.overflow).toEqual(expect.objectContaining({ width: 375, scrollWidth: 600 }))
    expect(report.overflow.offenders).toContainEqual(expect.objectContaining({ selector: 'main.page > div:nth-of-type(3)', width: 500, right: 516 }))
  })

  test('finds grey text on a translucent dark layer', () => {
    const low = report.lowContrast.find((s) => s.text === '看不清的字')
    expect(low?.ratio).toBeCloseTo(1.08, 1)
  })

  test('finds colliding, squeezed and cut-off text', () => {
    expect(report.textLayout.overlaps).toEqual([expect.objectContaining({ textA: '2001', textB: '2005' })])
    expect(report.textLayout.squeezed).toEqual([expect.objectContaining({ text: '2019' })])
    expect(report.textLayout.clipped.map((c) => c.text)).toContain('一行被截断的很长的文字')
  })

  test('finds the cramped lines and the paragraphs that run on without a gap', () => {
    expect(report.spacing.tightLines).toEqual([expect.objectContaining({ selector: 'p.cramped', text: expect.stringContaining('行距太小') })])
    expect(report.spacing.tightLines[0].lineSpacing).toBeLessThan(1.3 * report.spacing.tightLines[0].fontSize)
    // (The squeezed "2019" box, one character per line right above the cut-off line, counts too.)
    expect(report.spacing.tightParagraphs.map((p) => p.selector)).toContain('p.run-on')
  })

  test('reports axe-core violations with their targets', () => {
    const ids = report.axeBlocking.map((v) => v.id)
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']))
    expect(report.axeBlocking.find((v) => v.id === 'image-alt')?.nodes[0].target).toBe('img')
  })

  test('saves the screenshot', () => {
    expect(fs.existsSync(path.join(dir, 'screenshots', 'defects-light-standard.png'))).toBe(true)
  })
})

describe.each([VARIANTS[0], VARIANTS[1]])('a clean page ($name)', (variant) => {
  let report: RouteReport
  beforeAll(async () => {
    await harness.useVariant(variant)
    report = await harness.inspect(clean)
  }, 30_000)

  test('passes every check', () => {
    expect(report.tapTargets.map((t) => t.selector)).toEqual(expect.arrayContaining(['div.ok-button']))
    expect(report.smallTapTargets).toEqual([])
    // The link inside a sentence is an inline target: measured, exempt from the size rule.
    expect(report.tapTargets.find((t) => t.text === '这一段')?.inline).toBe(true)
    expect(report.overflow.pageScrollWidth).toBeLessThanOrEqual(report.overflow.pageClientWidth)
    expect(report.textLayout).toEqual({ overlaps: [], squeezed: [], clipped: [] })
    expect(report.spacing).toEqual(expect.objectContaining({ tightLines: [], tightParagraphs: [] }))
    expect(report.spacing.measuredParagraphs).toBeGreaterThan(0)
    // System colours on the default canvas: dark canvas and light text in dark mode, not white on white.
    expect(report.lowContrast).toEqual([])
    // (axe-core assumes a white canvas, so in dark mode it misjudges text that sits on the canvas itself.)
    expect(report.axeBlocking.filter((v) => variant.colorScheme === 'light' || v.id !== 'color-contrast')).toEqual([])
  })
})

describe('the clean page at 特大', () => {
  test('holds its 48 px button to the 60 px large-type rule', async () => {
    const xlarge = VARIANTS.find((variant) => variant.textSize === 'xlarge')!
    await harness.useVariant(xlarge)
    const report = await harness.inspect(clean)
    expect(report.minTap).toBe(60)
    expect(report.smallTapTargets).toEqual([expect.objectContaining({ selector: 'div.ok-button', height: 48 })])
  }, 30_000)
})

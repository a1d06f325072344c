// Opens the web build (dist-h5/, `taro build --type h5`) in Debian's Chromium through playwright-core, so that
// the design can be looked at (screenshots) and measured (tap targets, overflow, contrast, axe-core) as a patient's
// phone would show it. One browser per test file; one page per variant (colour scheme x text size), reused across
// routes. Everything that runs inside the page is a self-contained function (no imports, no helpers from here).
import fs from 'fs'
import http from 'http'
import os from 'os'
import path from 'path'
import type { AddressInfo } from 'net'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const ROOT = path.resolve(__dirname, '../..')
export const H5_DIST = path.resolve(ROOT, process.env.H5_DIST ?? 'dist-h5')
export const ARTIFACTS = path.join(ROOT, 'artifacts')
export const SCREENSHOTS = path.join(ARTIFACTS, 'screenshots')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CJK_FONT_DIR = '/usr/share/fonts/opentype/noto'
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js')

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run'
]

export const VIEWPORT = { width: 375, height: 812 }
/**
 * The viewport is stretched to the page's length for axe-core and the screenshot, up to this many CSS px (software
 * rendering in headless Chromium draws 23000+ device px correctly; the longest page, hsct at 特大, is about 11600).
 */
export const MAX_PAGE_HEIGHT = 20000
/** The smallest tap target, in CSS px (Apple HIG 44pt; WeChat's own guidance is about the same). */
export const MIN_TAP = 44
/** WCAG 2.x AA for body text. */
export const MIN_CONTRAST = 4.5
/** Body text of at least 32rpx, which the web build renders as 16 CSS px at a 375 px viewport. */
export const MIN_TEXT_PX = 16

export type TextSize = 'standard' | 'large' | 'xlarge'
export interface Variant {
  name: string
  colorScheme: 'light' | 'dark'
  textSize: TextSize
}

export const VARIANTS: Variant[] = [
  { name: 'light-standard', colorScheme: 'light', textSize: 'standard' },
  { name: 'dark-standard', colorScheme: 'dark', textSize: 'standard' },
  { name: 'light-xlarge', colorScheme: 'light', textSize: 'xlarge' },
  { name: 'dark-xlarge', colorScheme: 'dark', textSize: 'xlarge' }
]

/** The text scale the app should apply for each stored size (src/platform/preferences.ts). */
const EXPECTED_SCALE: Record<TextSize, number> = { standard: 1, large: 1.2, xlarge: 1.4 }

export interface Route {
  /** Page path plus query, as in the hash: pages/trial/index?id=scot */
  path: string
  /** File-name friendly: trial-scot */
  slug: string
}

const route = (pagePath: string, slug: string): Route => ({ path: pagePath, slug })
export const ROUTES: Route[] = [
  route('pages/index/index', 'index'),
  route('pages/hsct/index', 'hsct'),
  route('pages/trials/index', 'trials'),
  ...['astis', 'scot', 'assist', 'stat'].map((id) => route(`pages/trial/index?id=${id}`, `trial-${id}`)),
  route('pages/contact/index', 'contact')
]

/** The element every page renders once its real content is there (PageShell's root). */
export const PAGE_ROOT = '.taro_page .page'

/* ------------------------------------------------------------------ preconditions */

/** Throws a message that says what to install when Chromium or the CJK font is missing: the suite must not skip. */
export function assertBrowserSetup(dist = H5_DIST): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing (${CHROMIUM}). The browser tests need Debian's Chromium and a CJK font: run ` +
      '`apt-get update && apt-get install -y chromium fonts-noto-cjk` (the project\'s .ci/run installs them).'
    )
  }
  const cjk = fs.existsSync(CJK_FONT_DIR) && fs.readdirSync(CJK_FONT_DIR).some((file) => /CJK/i.test(file))
  if (!cjk) {
    throw new Error(
      'No CJK font (fonts-noto-cjk) is installed: Chinese text would render as empty boxes and every text ' +
      'measurement would be wrong. Run `apt-get install -y fonts-noto-cjk` (the project\'s .ci/run installs it).'
    )
  }
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(
      `The web build is missing (${path.relative(ROOT, dist)}/index.html): run \`npx taro build --type h5\` ` +
      '(the Jest globalSetup builds it before the suite).'
    )
  }
}

/* ------------------------------------------------------------------ static server */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml', '.gif': 'image/gif', '.webp': 'image/webp', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.ttf': 'font/ttf', '.ico': 'image/x-icon', '.map': 'application/json'
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Serves `root` on 127.0.0.1 at a free port; `/` is index.html (the hash router needs nothing else). */
export function serveStatic(root: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    let pathname = '/'
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      response.writeHead(400).end()
      return
    }
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end()
      return
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
        return
      }
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store'
      }).end(body)
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => {
          server.closeAllConnections()
          server.close(() => done())
        })
      })
    })
  })
}

/* ------------------------------------------------------------------ measurements (run inside the page) */

export interface TapTarget {
  selector: string
  /** Inside a line of text (WCAG 2.5.8 inline exception): reported, not failed. */
  inline: boolean
  text: string
  width: number
  height: number
}

export interface ContrastSample {
  selector: string
  text: string
  ratio: number
  color: string
  background: string
  fontSize: string
  fontWeight: string
  /** The background comes from a gradient or image: the worst of its colour stops is used. */
  backgroundImage: boolean
}

export interface OverflowReport {
  /** The phone's width: the smaller of innerWidth and the root's clientWidth (in mobile emulation Chromium widens
   * innerWidth to the content when something overflows the document, so innerWidth alone would hide it). */
  width: number
  innerWidth: number
  /** document.scrollingElement.scrollWidth */
  scrollWidth: number
  /** Taro's page is its own scroll container (.taro_page, overflow-y: scroll): its scrollWidth and clientWidth. */
  pageScrollWidth: number
  pageClientWidth: number
  /** Elements and text whose right edge passes the viewport (the widest first). */
  offenders: { selector: string; text: string; right: number; width: number }[]
}

export interface TextLayoutReport {
  /**
   * Two pieces of text drawn over each other (e.g. axis labels colliding at a large text size); for absolutely
   * positioned text, also text closer than 4 px side by side (width is then negative: the gap).
   */
  overlaps: { a: string; textA: string; b: string; textB: string; width: number; height: number }[]
  /** Text broken into lines of about one character (a box too narrow for it). */
  squeezed: { selector: string; text: string; lines: number; widest: number; fontSize: string }[]
  /** Text cut off by an ancestor with overflow hidden/clip (or an ellipsis). */
  clipped: { selector: string; text: string; clippedBy: string; hiddenPx: number }[]
}

export interface AxeViolation {
  id: string
  impact: string
  help: string
  helpUrl: string
  nodes: { target: string; summary: string; html: string }[]
}

export interface RouteReport {
  route: Route
  /** The interaction state (e.g. 'term-sheet'), or null for the page as it opens. */
  state: string | null
  variant: Variant
  url: string
  screenshot: string
  /** CSS px; above MAX_PAGE_HEIGHT the screenshot and axe-core stop there. */
  pageHeight: number
  pageErrors: string[]
  textScale: string
  tapTargets: TapTarget[]
  smallTapTargets: TapTarget[]
  overflow: OverflowReport
  textLayout: TextLayoutReport
  contrast: ContrastSample[]
  lowContrast: ContrastSample[]
  axe: AxeViolation[]
  /** serious + critical */
  axeBlocking: AxeViolation[]
  /** Milliseconds per step: load, tapTargets, overflow, contrast, axe, screenshot. */
  timings: Record<string, number>
}

// The probe* functions run inside the page through page.evaluate, which sends each function's source alone:
// they cannot call helpers defined out here, so the few they share (such as `label`) are repeated inside them.

/** Tappable elements of the shown page, as the brief defines them, with their rendered size. */
function probeTapTargets(scope: string | null): TapTarget[] {
  const root = (scope ? document.querySelector(scope) : null) ??
    document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page') ?? document.body
  const SELECTOR = [
    '[role="button"]', '[role="link"]', 'a[href]', 'button', 'taro-button-core', '[data-tappable="true"]', '.tappable',
    // Glossary terms (TermText): inline text with a tap handler, which the DOM cannot show otherwise.
    '.term'
  ].join(',')
  const SUFFIX = /-(button|link|chip|card|row|entry)$/
  const label = (el: Element): string => {
    const parts: string[] = []
    let node: Element | null = el
    while (node && node !== root && parts.length < 3) {
      const classes = Array.from(node.classList).filter((name) => !/^taro_|^hydrated$/.test(name))
      const siblings = node.parentElement ? Array.from(node.parentElement.children).filter((c) => c.tagName === node!.tagName && c.className === node!.className) : []
      const nth = siblings.length > 1 ? `:nth-of-type(${Array.from(node.parentElement!.children).filter((c) => c.tagName === node!.tagName).indexOf(node) + 1})` : ''
      parts.unshift(`${node.tagName.toLowerCase()}${classes.map((name) => `.${name}`).join('')}${nth}`)
      if (classes.length) break
      node = node.parentElement
    }
    return parts.join(' > ')
  }
  const found = new Set<Element>()
  root.querySelectorAll(SELECTOR).forEach((el) => found.add(el))
  root.querySelectorAll('[class]').forEach((el) => {
    if (Array.from(el.classList).some((name) => SUFFIX.test(name))) found.add(el)
  })
  const targets: TapTarget[] = []
  found.forEach((el) => {
    if (!el.checkVisibility({ visibilityProperty: true })) return
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 && rect.height === 0) return
    // WCAG 2.5.8's inline exception: a target inside a sentence (display inline, next to other text).
    const inline = getComputedStyle(el).display === 'inline' && !!el.parentElement &&
      (el.parentElement.textContent ?? '').trim().length > (el.textContent ?? '').trim().length
    targets.push({
      selector: label(el),
      inline,
      text: (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 40),
      width: Math.round(rect.width * 10) / 10,
      height: Math.round(rect.height * 10) / 10
    })
  })
  return targets
}

function probeOverflow(scope: string | null): OverflowReport {
  const scroller = document.scrollingElement ?? document.documentElement
  const page = (document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page')) as HTMLElement | null
  const width = Math.min(window.innerWidth, document.documentElement.clientWidth)
  const limit = width + 0.5
  const label = (el: Element): string =>
    `${el.tagName.toLowerCase()}${Array.from(el.classList).filter((name) => !/^taro_/.test(name)).map((name) => `.${name}`).join('')}`
  const offenders: OverflowReport['offenders'] = []
  // Text that runs past the right edge (cut off or scrolled away), then boxes wider than the screen.
  const scoped = (scope ? document.querySelector(scope) : null) ?? page ?? document.body
  const walker = document.createTreeWalker(scoped, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim()
    const parent = node.parentElement
    if (!text || !parent || !parent.checkVisibility({ visibilityProperty: true })) continue
    range.selectNodeContents(node)
    const rect = range.getBoundingClientRect()
    if (rect.width > 0 && rect.right > limit) {
      offenders.push({ selector: label(parent), text: text.slice(0, 40), right: Math.round(rect.right), width: Math.round(rect.width) })
    }
  }
  ;scoped.querySelectorAll('*').forEach((el) => {
    const rect = el.getBoundingClientRect()
    if (rect.width > 0 && rect.right > limit && el.checkVisibility({ visibilityProperty: true })) {
      offenders.push({ selector: label(el), text: '', right: Math.round(rect.right), width: Math.round(rect.width) })
    }
  })
  offenders.sort((a, b) => b.right - a.right)
  return {
    width,
    innerWidth: window.innerWidth,
    scrollWidth: scroller.scrollWidth,
    pageScrollWidth: page?.scrollWidth ?? 0,
    pageClientWidth: page?.clientWidth ?? 0,
    offenders: offenders.slice(0, 15)
  }
}

/** Text that collides with other text, is squeezed to a character per line, or is cut off by its container. */
function probeTextLayout(scope: string | null): TextLayoutReport {
  const label = (el: Element): string => {
    const parts: string[] = []
    let node: Element | null = el
    while (node && parts.length < 2) {
      const classes = Array.from(node.classList).filter((name) => !/^taro_/.test(name))
      parts.unshift(`${node.tagName.toLowerCase()}${classes.map((name) => `.${name}`).join('')}`)
      if (classes.length) break
      node = node.parentElement
    }
    return parts.join(' > ')
  }
  const root = (scope ? document.querySelector(scope) : null) ??
    document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page') ?? document.body
  const pageScroller = document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page')
  const report: TextLayoutReport = { overlaps: [], squeezed: [], clipped: [] }
  const boxes: {
    node: number; el: Element; text: string; placed: boolean; left: number; right: number; top: number; bottom: number
  }[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  let index = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode(), index++) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
    const el = node.parentElement
    if (!text || !el || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
    range.selectNodeContents(node)
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0.5 && r.height > 0.5)
    if (!rects.length) continue
    const cs = getComputedStyle(el)
    const fontSize = parseFloat(cs.fontSize)
    if (text.replace(/\s/g, '').length >= 3 && rects.length >= 2 && rects.every((r) => r.width < 1.5 * fontSize)) {
      report.squeezed.push({
        selector: label(el), text: text.slice(0, 30), lines: rects.length,
        widest: Math.round(Math.max(...rects.map((r) => r.width)) * 10) / 10, fontSize: cs.fontSize
      })
    }
    // Cut off: an ancestor that hides overflow (not the page's own scroller) ends before the text does.
    const outer = rects.reduce((a, r) => ({
      left: Math.min(a.left, r.left), right: Math.max(a.right, r.right), top: Math.min(a.top, r.top), bottom: Math.max(a.bottom, r.bottom)
    }), { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity })
    const clip = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity }
    let cut = false
    for (let anc: Element | null = el; anc && anc !== document.body && anc !== pageScroller; anc = anc.parentElement) {
      const acs = getComputedStyle(anc)
      const hides = (v: string) => v === 'hidden' || v === 'clip'
      if (!hides(acs.overflowX) && !hides(acs.overflowY)) continue
      const box = anc.getBoundingClientRect()
      if (hides(acs.overflowX)) { clip.left = Math.max(clip.left, box.left); clip.right = Math.min(clip.right, box.right) }
      if (hides(acs.overflowY)) { clip.top = Math.max(clip.top, box.top); clip.bottom = Math.min(clip.bottom, box.bottom) }
      const hidden = Math.max(
        hides(acs.overflowX) ? Math.max(box.left - outer.left, outer.right - box.right) : 0,
        hides(acs.overflowY) ? Math.max(box.top - outer.top, outer.bottom - box.bottom) : 0
      )
      if (hidden > 1 && !cut) {
        cut = true
        report.clipped.push({ selector: label(el), text: text.slice(0, 30), clippedBy: label(anc), hiddenPx: Math.round(hidden) })
      }
    }
    // For collisions, each line counts by its em box (the glyphs; the content area is taller than a tight line
    // height) and only as far as it is not clipped away. Absolutely placed labels (chart ticks, badges) must also
    // keep a gap: "20012005" reads as one number.
    const placed = cs.position === 'absolute' || cs.position === 'fixed'
    for (const r of rects) {
      const middle = (r.top + r.bottom) / 2
      const box = {
        left: Math.max(r.left, clip.left), right: Math.min(r.right, clip.right),
        top: Math.max(middle - fontSize / 2, clip.top), bottom: Math.min(middle + fontSize / 2, clip.bottom)
      }
      if (box.right - box.left > 0.5 && box.bottom - box.top > 0.5) boxes.push({ node: index, el, text, placed, ...box })
    }
  }
  boxes.sort((a, b) => a.top - b.top)
  const seen = new Set<string>()
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]
    for (let j = i + 1; j < boxes.length && boxes[j].top < a.bottom; j++) {
      const b = boxes[j]
      if (a.node === b.node) continue
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left)
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
      const minGap = a.placed || b.placed ? -4 : 2
      if (width <= minGap || height <= 2) continue
      const key = a.node < b.node ? `${a.node}/${b.node}` : `${b.node}/${a.node}`
      if (seen.has(key)) continue
      seen.add(key)
      report.overlaps.push({
        a: label(a.el), textA: a.text.slice(0, 30), b: label(b.el), textB: b.text.slice(0, 30),
        width: Math.round(width * 10) / 10, height: Math.round(height * 10) / 10
      })
    }
  }
  return report
}

/**
 * Contrast of every visible text node: its computed colour against the effective background, found by walking up
 * the ancestors and compositing their background colours (transparent and translucent layers included) over the
 * canvas. Gradients count by their colour stops (the worst one decides). Opacity of ancestors fades the text.
 */
function probeContrast(scope: string | null): ContrastSample[] {
  type RGBA = [number, number, number, number]
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = 1
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!
  const cache = new Map<string, RGBA>()
  const parse = (css: string): RGBA => {
    const known = cache.get(css)
    if (known) return known
    let value: RGBA
    const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css)
    if (m) {
      const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4])
      value = [+m[1], +m[2], +m[3], alpha]
    } else {
      // Any other syntax (oklch, color(), color-mix, named): let the canvas resolve it.
      ctx.clearRect(0, 0, 1, 1)
      ctx.fillStyle = 'rgba(0,0,0,0)'
      ctx.fillStyle = css
      ctx.fillRect(0, 0, 1, 1)
      const d = ctx.getImageData(0, 0, 1, 1).data
      value = [d[0], d[1], d[2], d[3] / 255]
    }
    cache.set(css, value)
    return value
  }
  const over = (top: RGBA, bottom: RGBA): RGBA => {
    const a = top[3] + bottom[3] * (1 - top[3])
    if (a === 0) return [0, 0, 0, 0]
    const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a
    return [mix(0), mix(1), mix(2), a]
  }
  const luminance = ([r, g, b]: RGBA) => {
    const lin = (c: number) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4) }
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
  }
  const ratio = (a: RGBA, b: RGBA) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (hi + 0.05) / (lo + 0.05)
  }
  const hex = ([r, g, b, a]: RGBA) =>
    `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}${a < 0.999 ? `/${a.toFixed(2)}` : ''}`
  const label = (el: Element): string => {
    const parts: string[] = []
    let node: Element | null = el
    while (node && parts.length < 2) {
      const classes = Array.from(node.classList).filter((name) => !/^taro_/.test(name))
      parts.unshift(`${node.tagName.toLowerCase()}${classes.map((name) => `.${name}`).join('')}`)
      if (classes.length) break
      node = node.parentElement
    }
    return parts.join(' > ')
  }

  // The canvas behind everything: dark when the page opts into dark (meta or color-scheme) and the system is dark.
  const meta = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? ''
  const rootScheme = getComputedStyle(document.documentElement).colorScheme
  const darkCanvas = matchMedia('(prefers-color-scheme: dark)').matches && /dark/.test(`${meta} ${rootScheme}`)
  const canvasColor: RGBA = darkCanvas ? [18, 18, 18, 1] : [255, 255, 255, 1]

  const backgrounds = new Map<Element, { colors: RGBA[]; image: boolean }>()
  const backgroundOf = (el: Element | null): { colors: RGBA[]; image: boolean } => {
    if (!el) return { colors: [canvasColor], image: false }
    const known = backgrounds.get(el)
    if (known) return known
    const cs = getComputedStyle(el)
    const color = parse(cs.backgroundColor)
    const stops = cs.backgroundImage === 'none' ? [] : (cs.backgroundImage.match(/rgba?\([^)]*\)/g) ?? []).map(parse)
    let result: { colors: RGBA[]; image: boolean }
    if (color[3] >= 1 && stops.length === 0) {
      result = { colors: [color], image: false }
    } else {
      const below = backgroundOf(el.parentElement)
      let colors = below.colors.map((c) => over(color, c))
      if (stops.length) colors = colors.flatMap((c) => stops.map((s) => over(s, c)))
      result = { colors: colors.slice(0, 16), image: below.image || stops.length > 0 || /url\(/.test(cs.backgroundImage) }
    }
    backgrounds.set(el, result)
    return result
  }
  const opacityOf = (el: Element | null): number => {
    let opacity = 1
    for (let node = el; node; node = node.parentElement) opacity *= parseFloat(getComputedStyle(node).opacity)
    return opacity
  }

  // Visually hidden text (the clip / 1px pattern) is for screen readers only.
  const visuallyHidden = (el: Element): boolean => {
    for (let node: Element | null = el, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
      const cs = getComputedStyle(node)
      if (cs.clip !== 'auto' && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(cs.clip)) return true
      if (/inset\(50%\)|inset\(100%\)/.test(cs.clipPath)) return true
      const rect = node.getBoundingClientRect()
      if (rect.width <= 1 && rect.height <= 1 && cs.overflow === 'hidden') return true
    }
    return false
  }
  const root = (scope ? document.querySelector(scope) : null) ??
    document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page') ?? document.body
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  const samples: ContrastSample[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
    const el = node.parentElement
    if (!text || !el || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
    range.selectNodeContents(node)
    const rect = range.getBoundingClientRect()
    if (rect.width <= 1 || rect.height <= 1 || visuallyHidden(el)) continue
    const cs = getComputedStyle(el)
    const bg = backgroundOf(el)
    const fg = parse(cs.color)
    const faded: RGBA = [fg[0], fg[1], fg[2], fg[3] * opacityOf(el)]
    let worst = Infinity
    let worstBg = bg.colors[0]
    let worstFg = fg
    for (const b of bg.colors) {
      const opaqueBg = over(b, canvasColor)
      const shown = over(faded, opaqueBg)
      const r = ratio(shown, opaqueBg)
      if (r < worst) { worst = r; worstBg = opaqueBg; worstFg = shown }
    }
    samples.push({
      selector: label(el),
      text: text.slice(0, 30),
      ratio: Math.round(worst * 100) / 100,
      color: hex(worstFg),
      background: hex(worstBg),
      fontSize: cs.fontSize,
      fontWeight: cs.fontWeight,
      backgroundImage: bg.image
    })
  }
  return samples
}

/* ------------------------------------------------------------------ the browser */

export interface OpenedRoute {
  page: Page
  url: string
  pageErrors: string[]
  loadMs: number
}

/** One Chromium and one static server for a test file. */
export class BrowserHarness {
  private browser?: Browser
  private server?: StaticServer
  private snapshot?: string
  private context?: BrowserContext
  private page?: Page
  private variant?: Variant
  private pageErrors: string[] = []
  private pageHeight = 0
  readonly reports: RouteReport[] = []

  /**
   * `dist`: the folder to serve (default: the web build); `screenshots`: where the PNGs go; `report`: the JSON file
   * of every measurement (null: none). The probes' own test serves a fixture into a temporary folder.
   */
  constructor(private readonly options: { dist?: string; screenshots?: string; report?: string | null } = {}) {}

  async start(): Promise<void> {
    const dist = this.options.dist ?? H5_DIST
    assertBrowserSetup(dist)
    fs.mkdirSync(this.screenshotDir, { recursive: true })
    // Serve a copy: a rebuild of dist-h5 during the run (another suite, a watcher) must not pull files away.
    this.snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-snapshot-'))
    fs.cpSync(dist, this.snapshot, { recursive: true })
    if (!fs.existsSync(path.join(this.snapshot, 'index.html'))) {
      throw new Error(`${dist} was being rebuilt while the browser tests started: run them again`)
    }
    this.server = await serveStatic(this.snapshot)
    this.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
  }

  async stop(): Promise<void> {
    await this.context?.close().catch(() => undefined)
    await this.browser?.close().catch(() => undefined)
    await this.server?.close()
    if (this.snapshot) fs.rmSync(this.snapshot, { recursive: true, force: true })
    const report = this.options.report === undefined ? path.join(ARTIFACTS, 'browser-report.json') : this.options.report
    if (report && this.reports.length) {
      fs.mkdirSync(path.dirname(report), { recursive: true })
      fs.writeFileSync(report, JSON.stringify(this.reports, null, 2))
    }
  }

  private get screenshotDir(): string {
    return this.options.screenshots ?? SCREENSHOTS
  }

  get baseUrl(): string {
    if (!this.server) throw new Error('BrowserHarness.start() has not run (or failed: see the first error)')
    return this.server.url
  }

  /** A fresh context for the variant: colour scheme emulated, the text size preset in Taro's storage. */
  async useVariant(variant: Variant): Promise<Page> {
    if (!this.browser) throw new Error('BrowserHarness.start() has not run (or failed: see the first error)')
    await this.context?.close()
    this.variant = variant
    this.context = await this.browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: Number(process.env.SCREENSHOT_SCALE ?? 2),
      isMobile: true,
      hasTouch: true,
      colorScheme: variant.colorScheme,
      locale: 'zh-CN',
      reducedMotion: 'reduce'
    })
    // Taro's H5 setStorageSync(key, data) writes localStorage[key] = JSON.stringify({ data }).
    // (about:blank, used between routes, has no storage.) `__name`: esbuild-based runners (tsx) wrap the page
    // functions below with it; ts-jest does not.
    await this.context.addInitScript((size: string) => {
      ;(window as unknown as { __name: unknown }).__name = (fn: unknown) => fn
      if (window.location.protocol === 'http:') window.localStorage.setItem('textSize', JSON.stringify({ data: size }))
    }, variant.textSize)
    this.page = await this.context.newPage()
    this.pageErrors = []
    this.page.on('pageerror', (error) => this.pageErrors.push(error.stack ?? error.message))
    return this.page
  }

  /** Loads the route afresh (no history from the previous route) and waits for the page's real content. */
  async open(target: Route): Promise<OpenedRoute> {
    const page = this.page
    if (!page) throw new Error('useVariant() first')
    const started = Date.now()
    this.pageErrors.length = 0
    await page.goto('about:blank')
    const url = `${this.baseUrl}#/${target.path}`
    await page.goto(url, { waitUntil: 'load' })
    try {
      await page.waitForFunction((selector: string) => {
        const root = document.querySelector(selector)
        return !!root && (root.textContent ?? '').trim().length > 0
      }, PAGE_ROOT, { timeout: 10_000, polling: 50 })
    } catch {
      const body = await page.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => '')
      throw new Error(
        `${target.path}: the page's content (${PAGE_ROOT}) did not appear within 10 s.` +
        (this.pageErrors.length ? `\nScript errors:\n${this.pageErrors.join('\n')}` : '') +
        `\nVisible text: ${JSON.stringify(body)}`
      )
    }
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))))
    return { page, url, pageErrors: [...this.pageErrors], loadMs: Date.now() - started }
  }

  /**
   * Stretches the viewport to the page's full height while `run` runs: Taro's page scrolls inside .taro_page, so
   * a full-page screenshot would show one screen only, and axe-core skips what is scrolled out of view there.
   */
  async fullLength<T>(run: () => Promise<T>): Promise<T> {
    const page = this.page!
    const height = await page.evaluate(() => {
      const scroller = document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page')
      return Math.max(scroller?.scrollHeight ?? 0, document.documentElement.scrollHeight)
    })
    this.pageHeight = height
    const full = Math.min(Math.max(height, VIEWPORT.height), MAX_PAGE_HEIGHT)
    if (full <= VIEWPORT.height) return run()
    await page.setViewportSize({ width: VIEWPORT.width, height: full })
    try {
      return await run()
    } finally {
      await page.setViewportSize(VIEWPORT)
    }
  }

  /** Saves artifacts/screenshots/<name>-<variant>.png of what the viewport shows now. */
  async screenshot(name: string): Promise<string> {
    const file = path.join(this.screenshotDir, `${name}-${this.variant!.name}.png`)
    await this.page!.screenshot({ path: file, fullPage: true })
    return file
  }

  /** axe-core over the document, or over `scope` only; every violation, whatever its impact. */
  async axe(scope: string | null = null): Promise<AxeViolation[]> {
    const page = this.page!
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT })
    return page.evaluate((within: string | null) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const axe = (window as any).axe
      return axe.run(within ? { include: [[within]] } : document, { resultTypes: ['violations'] }).then((results: { violations: Array<{
        id: string; impact: string; help: string; helpUrl: string
        nodes: Array<{ target: unknown[]; failureSummary?: string; html: string }>
      }> }) => results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String).join(' '),
          summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
          html: n.html.slice(0, 160)
        }))
      })))
    }, scope)
  }

  /** Opens the route in the current variant (and brings it into `state`), saves the screenshot, measures it all. */
  async inspect(target: Route, state?: PageState): Promise<RouteReport> {
    const opened = await this.open(target)
    if (state) await state.enter(opened.page)
    return this.measure(target, opened, state)
  }

  /** Every measurement of the page as it is now (after open(); a test may change the page in between). */
  async measure(target: Route, opened: OpenedRoute, state?: PageState): Promise<RouteReport> {
    const page = opened.page
    const scope = state?.scope ?? null
    const timings: Record<string, number> = { load: opened.loadMs }
    const timed = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      const started = Date.now()
      try {
        return await run()
      } finally {
        timings[name] = Date.now() - started
      }
    }
    const textScale = await page.evaluate((selector: string) => {
      const root = document.querySelector(selector)
      return root ? getComputedStyle(root).getPropertyValue('--text-scale').trim() : ''
    }, PAGE_ROOT)
    // Measure at the phone's viewport first; the screenshot stretches it.
    const tapTargets = await timed('tapTargets', () => page.evaluate(probeTapTargets, scope))
    const overflow = await timed('overflow', () => page.evaluate(probeOverflow, scope))
    const textLayout = await timed('textLayout', () => page.evaluate(probeTextLayout, scope))
    const contrast = await timed('contrast', () => page.evaluate(probeContrast, scope))
    // Then axe-core and the screenshot over the whole length (a state with an overlay stays at the phone's size).
    const name = state ? `${target.slug}-${state.name}` : target.slug
    const whole = <T>(run: () => Promise<T>) => (state ? run() : this.fullLength(run))
    this.pageHeight = VIEWPORT.height
    const { axe, screenshot } = await whole(async () => ({
      axe: await timed('axe', () => this.axe(scope)),
      screenshot: await timed('screenshot', () => this.screenshot(name))
    }))
    const report: RouteReport = {
      route: target,
      state: state?.name ?? null,
      variant: this.variant!,
      url: opened.url,
      screenshot: path.relative(ROOT, screenshot),
      pageHeight: this.pageHeight,
      pageErrors: [...opened.pageErrors, ...this.pageErrors.filter((e) => !opened.pageErrors.includes(e))],
      textScale,
      tapTargets,
      smallTapTargets: tapTargets.filter((t) => !t.inline && (t.width < MIN_TAP - 0.05 || t.height < MIN_TAP - 0.05)),
      overflow,
      textLayout,
      contrast,
      lowContrast: contrast.filter((sample) => sample.ratio < MIN_CONTRAST),
      axe,
      axeBlocking: axe.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
      timings
    }
    this.reports.push(report)
    return report
  }
}

/** A state of a page reached by interaction (e.g. a glossary sheet opened), measured within `scope`. */
export interface PageState {
  name: string
  /** Selector of the part to measure (the overlay); null measures the whole page. */
  scope: string | null
  enter(page: Page): Promise<void>
}

/** The glossary sheet, opened from the first term chip (or inline term) of the page. */
export const TERM_SHEET: PageState = {
  name: 'term-sheet',
  scope: '.term-sheet',
  async enter(page) {
    const opener = page.locator('.taro_page_show .term-chip, .taro_page_show .term').first()
    if (!(await opener.count())) throw new Error('no glossary term (.term-chip or .term) to open the sheet from')
    await opener.click()
    await page.locator('.term-sheet__panel').waitFor({ state: 'visible', timeout: 5_000 })
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  }
}

export function expectedTextScale(variant: Variant): number {
  return EXPECTED_SCALE[variant.textSize]
}

/* ------------------------------------------------------------------ failure messages */

export function formatTapTargets(targets: TapTarget[]): string {
  return targets.map((t) => `  ${t.selector} "${t.text}": ${t.width}x${t.height} px`).join('\n')
}

export function formatOverflow(o: OverflowReport): string {
  return [
    `  document scrollWidth ${o.scrollWidth} px, screen width ${o.width} px (innerWidth ${o.innerWidth}); ` +
    `.taro_page scrollWidth ${o.pageScrollWidth} px, clientWidth ${o.pageClientWidth} px`,
    ...o.offenders.map((x) => `  ${x.selector}${x.text ? ` "${x.text}"` : ''}: right edge at ${x.right} px (width ${x.width})`)
  ].join('\n')
}

export function formatTextLayout(t: TextLayoutReport): string {
  return [
    ...t.overlaps.map((o) => `  overlap: ${o.a} "${o.textA}" and ${o.b} "${o.textB}" (${o.width}x${o.height} px)`),
    ...t.squeezed.map((q) => `  squeezed: ${q.selector} "${q.text}" in ${q.lines} lines, widest ${q.widest} px (font ${q.fontSize})`),
    ...t.clipped.map((c) => `  cut off: ${c.selector} "${c.text}" by ${c.clippedBy} (${c.hiddenPx} px hidden)`)
  ].join('\n')
}

export function formatContrast(samples: ContrastSample[]): string {
  return samples
    .map((s) => `  ${s.selector} "${s.text}": ${s.ratio}:1 (${s.color} on ${s.background}` +
      `${s.backgroundImage ? ', gradient/image' : ''}; ${s.fontSize} weight ${s.fontWeight})`)
    .join('\n')
}

export function formatAxe(violations: AxeViolation[]): string {
  return violations
    .map((v) => `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
      v.nodes.slice(0, 8).map((n) => `    ${n.target}\n      ${n.summary}\n      ${n.html}`).join('\n') +
      (v.nodes.length > 8 ? `\n    ... and ${v.nodes.length - 8} more` : ''))
    .join('\n')
}

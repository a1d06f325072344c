// One Chromium and one static server per test file; one page per variant (colour scheme x text size), reused
// across routes. Opens a route of the web build, brings it into a state, and measures it with the in-page probes.
import fs from 'fs'
import os from 'os'
import path from 'path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import {
  ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, H5_DIST, MAX_PAGE_HEIGHT, MIN_CONTRAST, PAGE_ROOT, ROOT, SCREENSHOTS, VIEWPORT,
  assertBrowserSetup, minTapFor, type Route, type Variant
} from './config'
import { injectProbes, runProbe } from './probes'
import { startStaticServer } from '../../../tools/static-server'
import type { AxeViolation, RouteReport } from './types'

const AXE_SCRIPT = require.resolve('axe-core/axe.min.js')

export interface OpenedRoute {
  page: Page
  url: string
  pageErrors: string[]
  loadMs: number
}

/** One Chromium and one static server for a test file. */
export class BrowserHarness {
  private browser?: Browser
  private server?: { url: string; close(): Promise<void> }
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
    this.server = await startStaticServer(this.snapshot)
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

  /**
   * A fresh context for the variant: colour scheme emulated, the text size preset in Taro's storage; at the device
   * pixel ratio given (a 3× phone), else SCREENSHOT_SCALE or 2.
   */
  async useVariant(variant: Variant, { deviceScaleFactor }: { deviceScaleFactor?: number } = {}): Promise<Page> {
    if (!this.browser) throw new Error('BrowserHarness.start() has not run (or failed: see the first error)')
    await this.context?.close()
    this.variant = variant
    this.context = await this.browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: deviceScaleFactor ?? Number(process.env.SCREENSHOT_SCALE ?? 2),
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
   * Runs `run` over the page's whole length, one window at a time: Taro's page scrolls inside .taro_page, so a
   * full-page screenshot would show one screen only, and axe-core skips what is scrolled out of view there. The
   * viewport is stretched to the page's height, at most MAX_PAGE_HEIGHT (what headless Chromium draws reliably); a
   * longer page is scrolled window by window, so that no length of content goes unchecked.
   */
  async fullLength<T>(run: (window: number) => Promise<T>): Promise<T[]> {
    const page = this.page!
    const height = await page.evaluate(() => {
      const scroller = document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page')
      return Math.max(scroller?.scrollHeight ?? 0, document.documentElement.scrollHeight)
    })
    this.pageHeight = height
    if (height <= VIEWPORT.height) return [await run(0)]
    const windows = Math.ceil(height / MAX_PAGE_HEIGHT)
    const results: T[] = []
    try {
      for (let index = 0; index < windows; index += 1) {
        const top = index * MAX_PAGE_HEIGHT
        await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(Math.min(MAX_PAGE_HEIGHT, height - top), VIEWPORT.height) })
        await page.evaluate((offset: number) => {
          const scroller = document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page')
          scroller?.scrollTo(0, offset)
          return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
        }, top)
        results.push(await run(index))
      }
    } finally {
      await page.evaluate(() => (document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page'))?.scrollTo(0, 0))
      await page.setViewportSize(VIEWPORT)
    }
    return results
  }

  /** Saves artifacts/screenshots/<name>-<variant>.png of what the viewport shows now (<name>-<variant>-2.png for a second window …). */
  async screenshot(name: string, window = 0): Promise<string> {
    const file = path.join(this.screenshotDir, `${name}-${this.variant!.name}${window > 0 ? `-${window + 1}` : ''}.png`)
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
    await injectProbes(page)
    const tapTargets = await timed('tapTargets', () => runProbe(page, 'tapTargets', scope))
    const overflow = await timed('overflow', () => runProbe(page, 'overflow', scope))
    const textLayout = await timed('textLayout', () => runProbe(page, 'textLayout', scope))
    const spacing = await timed('spacing', () => runProbe(page, 'spacing', scope))
    const contrast = await timed('contrast', () => runProbe(page, 'contrast', scope))
    // Then axe-core and the screenshot over the whole length (a state with an overlay stays at the phone's size).
    const name = state ? `${target.slug}-${state.name}` : target.slug
    const whole = async <T>(run: (window: number) => Promise<T>) => (state ? [await run(0)] : this.fullLength(run))
    this.pageHeight = VIEWPORT.height
    const windows = await whole(async (window) => ({
      axe: await timed('axe', () => this.axe(scope)),
      screenshot: await timed('screenshot', () => this.screenshot(name, window))
    }))
    // A violation found in several windows (a node at their seam) is reported once.
    const axe = mergeViolations(windows.map((result) => result.axe))
    const screenshot = windows[0].screenshot
    const minTap = minTapFor(this.variant!)
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
      minTap,
      smallTapTargets: tapTargets.filter((t) => !t.inline && (t.width < minTap - 0.05 || t.height < minTap - 0.05)),
      overflow,
      textLayout,
      spacing,
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

function mergeViolations(found: AxeViolation[][]): AxeViolation[] {
  const byRule = new Map<string, AxeViolation>()
  for (const violation of found.flat()) {
    const known = byRule.get(violation.id)
    if (!known) byRule.set(violation.id, { ...violation, nodes: [...violation.nodes] })
    else for (const node of violation.nodes) if (!known.nodes.some((other) => other.target === node.target)) known.nodes.push(node)
  }
  return [...byRule.values()]
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

/**
 * The decision aid reopened after a reader went on to step 4: the page offers "接着看第4步" at the top. The whole
 * page is measured, the offer with it.
 */
export const RESUME_OFFER: PageState = {
  name: 'resume-offer',
  scope: null,
  async enter(page) {
    for (let step = 1; step < 4; step += 1) await page.locator('.taro_page_show .decide-next').first().click()
    await page.reload()
    await page.locator('.taro_page_show .decide-resume').waitFor({ state: 'visible', timeout: 10_000 })
  }
}

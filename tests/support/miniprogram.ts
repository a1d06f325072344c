// Runs the compiled WeChat package (dist/) in miniprogram-simulate, as testing.md describes:
// launch the app with chosen launch options, open a route with a query, wait for Taro's render,
// tap by visible text, and record (or break) every wx API call the app makes.
import path from 'path'

// eslint-disable-next-line @typescript-eslint/no-var-requires
const simulate = require('miniprogram-simulate')

let DIST = path.resolve(__dirname, '../../dist')

/** The package folder the tests run (dist/ unless `useDist` chose another build). */
export function distDir(): string {
  return DIST
}

/**
 * Runs another build of the package (e.g. dist-brochure-only, relative to the project, or an absolute folder);
 * call before the first launch in a test file.
 */
export function useDist(folder: string): void {
  if (appOptions) throw new Error('useDist must run before the app is launched')
  DIST = path.resolve(__dirname, '../..', folder)
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyRecord = Record<string, any>

export interface ApiCall {
  api: string
  args: AnyRecord
}

export interface LaunchOptions {
  scene?: number
  path?: string
  query?: Record<string, string>
}

export interface Theme {
  theme?: 'light' | 'dark'
  fontSizeScaleFactor?: number
}

/** Platform APIs whose calls are recorded; each answers success unless a test makes it fail. */
const RECORDED_APIS = [
  'makePhoneCall', 'setClipboardData', 'navigateTo', 'redirectTo', 'reLaunch', 'switchTab', 'navigateBack',
  'openOfficialAccountProfile', 'openOfficialAccountArticle', 'showShareMenu', 'showToast', 'showModal',
  'pageScrollTo', 'setNavigationBarTitle'
] as const
export type RecordedApi = (typeof RECORDED_APIS)[number]

const state = {
  calls: [] as ApiCall[],
  failures: new Map<string, AnyRecord>(),
  launch: { scene: 1001, path: 'pages/index/index', query: {} } as Required<LaunchOptions>,
  storage: new Map<string, unknown>(),
  appInfo: { theme: 'light', fontSizeScaleFactor: 1 } as Required<Theme>,
  pageStack: [] as AnyRecord[],
  missingApis: new Set<string>()
}

let appOptions: AnyRecord | undefined
const pageIds = new Map<string, string>()

function installGlobals(): void {
  const g = global as AnyRecord
  g.App = (options: AnyRecord) => { appOptions = options }
  g.getApp = () => appOptions
  g.getCurrentPages = () => state.pageStack
  // Taro's page object carries its lifecycles and the event handler `eh` at the top level:
  // register every function as a method so that taps reach `eh`.
  g.Page = (options: AnyRecord) => {
    const methods: AnyRecord = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
    g.Component({ data: options.data, methods })
  }
}

function installWx(): void {
  const wx = (global as AnyRecord).wx as AnyRecord
  for (const api of RECORDED_APIS) {
    if (state.missingApis.has(api)) {
      delete wx[api]
      continue
    }
    wx[api] = (args: AnyRecord = {}) => {
      state.calls.push({ api, args })
      const failure = state.failures.get(api)
      const result = failure ?? { errMsg: `${api}:ok` }
      setTimeout(() => {
        if (failure) args.fail?.(result)
        else args.success?.(result)
        args.complete?.(result)
      }, 0)
    }
  }
  // canIUse answers from what this mock really has, so a removed API reads as unsupported.
  wx.canIUse = (schema: string) => typeof wx[schema.split('.')[0]] === 'function'
  wx.getLaunchOptionsSync = () => ({ ...state.launch, referrerInfo: {} })
  wx.getEnterOptionsSync = () => ({ ...state.launch, referrerInfo: {} })
  const baseInfo = wx.getAppBaseInfo()
  wx.getAppBaseInfo = () => ({ ...baseInfo, SDKVersion: '3.7.10', ...state.appInfo, fontSizeSetting: 16 * state.appInfo.fontSizeScaleFactor })
  wx.getStorageSync = (key: string) => (state.storage.has(key) ? state.storage.get(key) : '')
  wx.setStorageSync = (key: string, value: unknown) => { state.storage.set(key, value) }
  wx.removeStorageSync = (key: string) => { state.storage.delete(key) }
}

/**
 * Loads dist/app.js once per test file (Jest's registry keeps modules), then (re)launches it with the
 * given scene and query. Call `withoutApi` before the first launch for APIs Taro must see missing.
 */
export function launchApp(options: LaunchOptions = {}, theme: Theme = {}): void {
  state.launch = { scene: 1001, path: 'pages/index/index', query: {}, ...options }
  state.appInfo = { theme: 'light', fontSizeScaleFactor: 1, ...theme }
  if (!appOptions) {
    installGlobals()
    installWx()
    require(path.join(DIST, 'app.js'))
  }
  appOptions?.onLaunch?.call(appOptions, { ...state.launch })
  appOptions?.onShow?.call(appOptions, { ...state.launch })
}

/** Makes `api` absent, as on an older base library. Taro copies the API list once: call before the first launch. */
export function withoutApi(api: RecordedApi): void {
  if (appOptions) throw new Error('withoutApi must run before the app is launched')
  state.missingApis.add(api)
}

/** Makes every later call of `api` fail with `error` (as WeChat would call `fail`). */
export function failApi(api: RecordedApi, error: AnyRecord): void {
  state.failures.set(api, { errMsg: `${api}:fail`, ...error })
}

export function resetApis(): void {
  state.calls = []
  state.failures.clear()
}

export function callsOf(api: RecordedApi): AnyRecord[] {
  return state.calls.filter((call) => call.api === api).map((call) => call.args)
}

export function storage(): Map<string, unknown> {
  return state.storage
}

function pageId(route: string): string {
  let id = pageIds.get(route)
  if (!id) {
    id = simulate.load(path.join(DIST, route), {
      rootPath: DIST,
      compiler: 'official',
      compilerOptions: { maxBuffer: 64 * 1024 * 1024 }
    }) as string
    pageIds.set(route, id)
  }
  return id
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

export interface SetDataCall {
  bytes: number
  keys: number
  /** performance.now() once the simulator has applied the call to the DOM. */
  at: number
}

export class OpenPage {
  readonly setDataCalls: SetDataCall[] = []
  /** performance.now() just before onLoad, for the bench's time to first render. */
  loadStartedAt = 0

  constructor(readonly route: string, readonly query: Record<string, string>, readonly component: AnyRecord) {
    const instance = component.instance
    const setData = instance.setData.bind(instance)
    instance.setData = (data: AnyRecord, callback?: () => void) => {
      const bytes = Buffer.byteLength(JSON.stringify(data))
      setData(data, callback)
      this.setDataCalls.push({ bytes, keys: Object.keys(data).length, at: performance.now() })
    }
  }

  get instance(): AnyRecord {
    return this.component.instance
  }

  /** The page as a user reads it: all text, whitespace collapsed. */
  text(): string {
    return (this.component.dom.textContent as string).replace(/\s+/g, ' ').trim()
  }

  /** Text with all whitespace removed, for matching the brochure's sentences across element breaks. */
  compactText(): string {
    return (this.component.dom.textContent as string).replace(/\s+/g, '')
  }

  /** Elements whose own class list contains `className` (Taro keeps the classes it was given). */
  all(className: string): Element[] {
    return Array.from(this.component.dom.querySelectorAll('*') as NodeListOf<Element>)
      .filter((element) => (element.getAttribute('class') ?? '').split(/\s+/).some((name) => name === className || name.endsWith(`--${className}`)))
  }

  first(className: string): Element | undefined {
    return this.all(className)[0]
  }

  async waitForUpdate(action: () => unknown): Promise<void> {
    const before = this.setDataCalls.length
    await action()
    await waitFor(() => this.setDataCalls.length > before, `a render of ${this.route}`)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }

  /** Taps the first innermost element showing `text`, the way a finger would (Taro routes the tap up to its handler). */
  async tap(text: string, options: { rerender?: boolean } = {}): Promise<void> {
    const target = this.findByText(text)
    if (!target) throw new Error(`Nothing on ${this.route} shows "${text}". Page text: ${this.text()}`)
    await this.tapElement(target, options)
  }

  async tapElement(target: Element, options: { rerender?: boolean } = {}): Promise<void> {
    await this.trigger(target, 'tap', {}, options)
  }

  /** Fires a WeChat component event (tap, error, ...) on the element, as the platform would. */
  async trigger(target: Element, type: string, detail: AnyRecord = {}, { rerender = false }: { rerender?: boolean } = {}): Promise<void> {
    let element: Element | null = target
    while (element && !element.getAttribute('data-sid')) element = element.parentElement
    if (!element) throw new Error('The element has no Taro id')
    const node = this.component.querySelector(`#${element.getAttribute('data-sid')}`)
    if (!node) throw new Error(`j-component cannot find #${element.getAttribute('data-sid')}`)
    const fire = () => node.dispatchEvent(type, { detail })
    if (rerender) await this.waitForUpdate(fire)
    else {
      fire()
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  /**
   * The first element, in reading order, whose text is exactly `text`; failing that, the first that shows
   * `text` and has no child that shows it all.
   */
  findByText(text: string): Element | undefined {
    const matches = Array.from(this.component.dom.querySelectorAll('*') as NodeListOf<Element>)
      .filter((element) => (element.textContent ?? '').includes(text))
    return matches.find((element) => element.textContent?.trim() === text)
      ?? matches.find((element) => !matches.some((other) => other !== element && element.contains(other)))
  }

  share(from: 'menu' | 'button' = 'menu'): AnyRecord {
    return this.instance.onShareAppMessage({ from })
  }

  shareTimeline(): AnyRecord {
    return this.instance.onShareTimeline()
  }

  addToFavorites(): AnyRecord {
    return this.instance.onAddToFavorites({ webViewUrl: '' })
  }

  close(): void {
    this.instance.onUnload?.()
    state.pageStack = state.pageStack.filter((page) => page !== this.instance)
    this.component.detach()
  }
}

/**
 * Opens `route` with `query` (values as WeChat hands them over: `scene` and `q` still percent-encoded),
 * on top of `stackDepth - 1` other pages, and waits for its first render.
 */
export async function openPage(route: string, query: Record<string, string> = {}, { stackDepth = 1 } = {}): Promise<OpenPage> {
  if (!appOptions) launchApp()
  const component = simulate.render(pageId(route))
  component.attach(document.createElement('parent-wrapper'))
  const page = new OpenPage(route, query, component)
  const instance = page.instance
  instance.route = route
  instance.__route__ = route
  instance.options = query
  state.pageStack = [...Array.from({ length: stackDepth - 1 }, () => ({ route: 'pages/index/index' })), instance]
  page.loadStartedAt = performance.now()
  await page.waitForUpdate(() => instance.onLoad(query))
  instance.onShow?.()
  instance.onReady?.()
  return page
}

// The simulated WeChat around the compiled package (dist/): the App/Page globals miniprogram-simulate lacks, a
// recording mock of the wx APIs the app calls, launch options and storage.
import path from 'path'
import { canvases, createSelectorQuery } from './canvas'

/** WeChat's own test tool; loading it defines Component, Behavior and the mock `wx`. */
// eslint-disable-next-line @typescript-eslint/no-var-requires
export const simulate = require('miniprogram-simulate')

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
export type AnyRecord = Record<string, any>

export interface ApiCall {
  api: string
  args: AnyRecord
  /** For a call with a `selector` (pageScrollTo): whether the page on top showed a match when the call was made. */
  selectorFound?: boolean
}

export interface LaunchOptions {
  scene?: number
  path?: string
  query?: Record<string, string>
}

export interface Theme {
  theme?: 'light' | 'dark'
  fontSizeScaleFactor?: number
  /** The phone's window width in px (getWindowInfo); the simulator's own (428) when not given. */
  windowWidth?: number
}

/** Platform APIs whose calls are recorded; each answers success unless a test makes it fail. */
const RECORDED_APIS = [
  'makePhoneCall', 'setClipboardData', 'navigateTo', 'redirectTo', 'reLaunch', 'switchTab', 'navigateBack',
  'openOfficialAccountProfile', 'openOfficialAccountArticle', 'showShareMenu', 'showToast', 'showModal',
  'pageScrollTo', 'setNavigationBarTitle', 'canvasToTempFilePath', 'showShareImageMenu', 'authorize', 'saveImageToPhotosAlbum',
  'openSetting', 'openAppAuthorizeSetting'
] as const
export type RecordedApi = (typeof RECORDED_APIS)[number]
/** Synchronous APIs a test can answer (setAppAuthorize) or take away (withoutApi). */
type SyncApi = 'getAppAuthorizeSetting'

/** What an API answers on success besides errMsg, where the app reads it; `answerApi` changes it for a test. */
const DEFAULT_ANSWERS: Partial<Record<RecordedApi, AnyRecord>> = {
  canvasToTempFilePath: { tempFilePath: 'http://tmp/summary-picture.png' },
  openSetting: { authSetting: {} }
}

export const state = {
  calls: [] as ApiCall[],
  failures: new Map<string, AnyRecord>(),
  answers: new Map<string, AnyRecord>(Object.entries(DEFAULT_ANSWERS)),
  launch: { scene: 1001, path: 'pages/index/index', query: {} } as Required<LaunchOptions>,
  storage: new Map<string, unknown>(),
  appInfo: { theme: 'light', fontSizeScaleFactor: 1 } as Required<Omit<Theme, 'windowWidth'>>,
  windowWidth: undefined as number | undefined,
  pageStack: [] as AnyRecord[],
  missingApis: new Set<string>(),
  /** What wx.getAppAuthorizeSetting answers: what the phone lets WeChat itself do. */
  appAuthorize: { albumAuthorized: 'authorized' } as AnyRecord,
  /** wx callbacks (success/fail/complete) scheduled but not yet run. */
  pendingCallbacks: 0,
  /** The fake wx.getUpdateManager(): what the app registered on it, and how often it applied an update. */
  updateManager: { onReady: [] as (() => void)[], onFailed: [] as (() => void)[], applied: 0 },
  /** Whether the page on top shows an element matching a selector (set by openPage). */
  pageHas: (() => false) as (selector: string) => boolean
}


let appOptions: AnyRecord | undefined

/**
 * The timer functions as they were before the harness counted the app's: the harness waits with these, so that its
 * waits are not the app's work. Kept on the global, because a cold start loads this module again.
 */
const realTimers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = (global as AnyRecord).__harnessRealTimers
  ??= { setTimeout: global.setTimeout.bind(global), clearTimeout: global.clearTimeout.bind(global) }

/**
 * A timeout this short is a step of work in progress: React's scheduler and Taro's setData batching use 0, Taro's
 * nextTick polls every 20 ms, a page may poll for its canvas every 50 ms. Longer ones are guards (a query given up
 * after a second) that settle must not wait out.
 */
const WORK_STEP_MS_AT_MOST = 100

/** Short timeouts the app (its code, Taro, React's scheduler) has set and that have not run yet. */
const pendingTimers = new Set<unknown>()

/** Whether the app has work scheduled on a timer: an app with none (and no wx callback due) is idle once its microtasks end. */
export function appHasPendingTimers(): boolean {
  return pendingTimers.size > 0
}

/** Pauses the harness (not counted as the app's work). */
export function pause(ms = 0): Promise<void> {
  return new Promise((resolve) => realTimers.setTimeout(resolve, ms))
}

/**
 * Counts the app's timeouts. Installed before dist/app.js loads, because React's scheduler keeps the setTimeout it
 * finds then; every step of a render (Taro batching setData, React scheduling work) runs on one.
 */
function trackTimers(): void {
  const g = global as AnyRecord
  g.setTimeout = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const id = realTimers.setTimeout(() => {
      pendingTimers.delete(id)
      callback(...args)
    }, ms)
    if ((ms ?? 0) <= WORK_STEP_MS_AT_MOST) pendingTimers.add(id)
    return id
  }
  g.clearTimeout = (id: unknown) => {
    pendingTimers.delete(id)
    realTimers.clearTimeout(id as ReturnType<typeof setTimeout>)
  }
}

/** Whether dist/app.js has been loaded (and so App() registered) in this test file. */
export function appLaunched(): boolean {
  return appOptions !== undefined
}

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
      state.calls.push({ api, args, ...(typeof args.selector === 'string' ? { selectorFound: state.pageHas(args.selector) } : {}) })
      const failure = state.failures.get(api)
      const result = failure ?? { errMsg: `${api}:ok`, ...state.answers.get(api) }
      state.pendingCallbacks += 1
      setTimeout(() => {
        state.pendingCallbacks -= 1
        if (failure) args.fail?.(result)
        else args.success?.(result)
        args.complete?.(result)
      }, 0)
    }
  }
  const updates = state.updateManager
  wx.getUpdateManager = () => ({
    onCheckForUpdate: () => undefined,
    onUpdateReady: (handler: () => void) => { updates.onReady.push(handler) },
    onUpdateFailed: (handler: () => void) => { updates.onFailed.push(handler) },
    applyUpdate: () => { updates.applied += 1 }
  })
  // canIUse answers from what this mock really has, so a removed API reads as unsupported.
  wx.canIUse = (schema: string) => typeof wx[schema.split('.')[0]] === 'function'
  wx.createSelectorQuery = () => createSelectorQuery(() => state.pageStack[state.pageStack.length - 1])
  wx.getLaunchOptionsSync = () => ({ ...state.launch, referrerInfo: {} })
  wx.getEnterOptionsSync = () => ({ ...state.launch, referrerInfo: {} })
  const baseInfo = wx.getAppBaseInfo()
  wx.getAppBaseInfo = () => ({ ...baseInfo, SDKVersion: '3.7.10', ...state.appInfo, fontSizeSetting: 16 * state.appInfo.fontSizeScaleFactor })
  const windowInfo = wx.getWindowInfo()
  wx.getWindowInfo = () => ({ ...windowInfo, ...(state.windowWidth ? { windowWidth: state.windowWidth } : {}) })
  wx.getStorageSync = (key: string) => (state.storage.has(key) ? state.storage.get(key) : '')
  wx.setStorageSync = (key: string, value: unknown) => { state.storage.set(key, value) }
  wx.removeStorageSync = (key: string) => { state.storage.delete(key) }
  if (state.missingApis.has('getAppAuthorizeSetting')) delete wx.getAppAuthorizeSetting
  else wx.getAppAuthorizeSetting = () => ({ ...state.appAuthorize })
}

/**
 * Loads dist/app.js once per test file (Jest's registry keeps modules), then (re)launches it with the
 * given scene and query. Call `withoutApi` before the first launch for APIs Taro must see missing.
 */
export function launchApp(options: LaunchOptions = {}, theme: Theme = {}): void {
  state.launch = { scene: 1001, path: 'pages/index/index', query: {}, ...options }
  const { windowWidth, ...appearance } = theme
  state.appInfo = { theme: 'light', fontSizeScaleFactor: 1, ...appearance }
  state.windowWidth = windowWidth
  if (!appOptions) {
    installGlobals()
    trackTimers()
    installWx()
    require(path.join(DIST, 'app.js'))
  }
  appOptions?.onLaunch?.call(appOptions, { ...state.launch })
  appOptions?.onShow?.call(appOptions, { ...state.launch })
}

/** Makes `api` absent, as on an older base library. Taro copies the API list once: call before the first launch. */
export function withoutApi(api: RecordedApi | SyncApi): void {
  if (appOptions) throw new Error('withoutApi must run before the app is launched')
  state.missingApis.add(api)
}

/** Makes every later call of `api` fail with `error` (as WeChat would call `fail`). */
export function failApi(api: RecordedApi, error: AnyRecord): void {
  state.failures.set(api, { errMsg: `${api}:fail`, ...error })
}

/** Makes every later successful call of `api` answer `result` too (openSetting's authSetting, a dialog's confirm). */
export function answerApi(api: RecordedApi, result: AnyRecord): void {
  state.answers.set(api, result)
}

/** What the phone lets WeChat itself do, as wx.getAppAuthorizeSetting reports it (e.g. albumAuthorized: 'denied'). */
export function setAppAuthorize(setting: AnyRecord): void {
  state.appAuthorize = setting
}

export function resetApis(): void {
  state.appAuthorize = { albumAuthorized: 'authorized' }
  state.calls = []
  state.failures.clear()
  state.answers = new Map(Object.entries(DEFAULT_ANSWERS))
  canvases.length = 0
}

/** WeChat has downloaded a new version of the package (or failed to): runs what the app registered for it. */
export function announceUpdate(outcome: 'ready' | 'failed'): void {
  for (const handler of outcome === 'ready' ? state.updateManager.onReady : state.updateManager.onFailed) handler()
}

/** How many times the app restarted into a new version (applyUpdate). */
export function updatesApplied(): number {
  return state.updateManager.applied
}

export function callsOf(api: RecordedApi): AnyRecord[] {
  return state.calls.filter((call) => call.api === api).map((call) => call.args)
}

/** Each pageScrollTo: its selector, and whether the page showed that element when the scroll looked for it. */
export function scrolls(): { selector: string; found: boolean }[] {
  return state.calls
    .filter((call) => call.api === 'pageScrollTo')
    .map((call) => ({ selector: String(call.args.selector), found: call.selectorFound === true }))
}

export function storage(): Map<string, unknown> {
  return state.storage
}

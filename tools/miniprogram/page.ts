// Opening a page of the compiled package in miniprogram-simulate, waiting for Taro's render, tapping by visible
// text, and the share handlers, as a user and WeChat would reach them.
import path from 'path'
import { appHasPendingTimers, appLaunched, distDir, launchApp, pause, simulate, state, type AnyRecord } from './app'

const pageIds = new Map<string, string>()

function pageId(route: string): string {
  let id = pageIds.get(route)
  if (!id) {
    id = simulate.load(path.join(distDir(), route), {
      rootPath: distDir(),
      compiler: 'official',
      compilerOptions: { maxBuffer: 64 * 1024 * 1024 }
    }) as string
    pageIds.set(route, id)
  }
  return id
}

/** An app that is still busy after this many turns of the event loop is looping, not settling. */
const MAX_SETTLE_TURNS = 1000

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`)
    await pause(5)
  }
}

export interface SetDataCall {
  bytes: number
  keys: number
  /** performance.now() once the simulator has applied the call to the DOM. */
  at: number
  /** The page's text (whitespace collapsed) as this call left it. */
  text: string
}

/** What WeChat paints before the page is ready: the setData calls from onLoad until onReady, and the text they show. */
export interface FirstScreen {
  setDataCalls: SetDataCall[]
  text: string
}

export class OpenPage {
  readonly setDataCalls: SetDataCall[] = []
  /** performance.now() just before onLoad, for the bench's time to first render. */
  loadStartedAt = 0
  /** How many setData calls came before onReady; set by openPage. */
  callsBeforeReady = 0

  constructor(readonly route: string, readonly query: Record<string, string>, readonly component: AnyRecord) {
    const instance = component.instance
    const setData = instance.setData.bind(instance)
    instance.setData = (data: AnyRecord, callback?: () => void) => {
      const bytes = Buffer.byteLength(JSON.stringify(data))
      setData(data, callback)
      this.setDataCalls.push({ bytes, keys: Object.keys(data).length, at: performance.now(), text: this.text() })
    }
  }

  get instance(): AnyRecord {
    return this.component.instance
  }

  /**
   * The page's first screen alone: what its first render sent before onReady (openPage then waits for the rest,
   * which a page holds back in AfterFirstScreen, so that everything else sees the whole page).
   */
  get firstScreen(): FirstScreen {
    const setDataCalls = this.setDataCalls.slice(0, this.callsBeforeReady)
    return { setDataCalls, text: setDataCalls[setDataCalls.length - 1]?.text ?? '' }
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
    await this.settle()
  }

  /**
   * Resolves once the app is idle: no wx callback and no timeout of the app is pending, and a whole turn of the
   * event loop brought no setData and no API call. After it, "nothing happened" is a fact, not a guess about timing.
   */
  async settle(): Promise<void> {
    let before = ''
    for (let turn = 0; turn < MAX_SETTLE_TURNS; turn += 1) {
      await pause(0)
      const now = `${this.setDataCalls.length} ${state.calls.length} ${state.pendingCallbacks}`
      if (now === before && state.pendingCallbacks === 0 && !appHasPendingTimers()) return
      before = now
    }
    throw new Error(`${this.route} kept rendering or calling wx APIs for ${MAX_SETTLE_TURNS} turns of the event loop`)
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

  /** Types `words` into a field (textarea) as a keyboard would: WeChat's input event with the field's whole value. */
  async type(target: Element, words: string): Promise<void> {
    await this.trigger(target, 'input', { value: words, cursor: words.length }, { rerender: true })
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
      await this.settle()
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
 * on top of `stackDepth - 1` other pages, and waits for its first render, then (after onShow and onReady, as
 * WeChat calls them once that render is on the screen) for whatever the page renders next, so that the page is
 * whole. `page.firstScreen` keeps what the first render alone showed.
 */
export async function openPage(route: string, query: Record<string, string> = {}, { stackDepth = 1 } = {}): Promise<OpenPage> {
  if (!appLaunched()) launchApp()
  const component = simulate.render(pageId(route))
  // webpack runs a page's module only once every chunk it needs is registered (a subpackage page's sub-common ones
  // come from its own folder): a missing one leaves the page unregistered, with no error of its own.
  if (!component) throw new Error(`${route}: its JS ran but never called Page(), so a chunk it needs was not loaded`)
  component.attach(document.createElement('parent-wrapper'))
  const page = new OpenPage(route, query, component)
  const instance = page.instance
  instance.route = route
  instance.__route__ = route
  instance.options = query
  state.pageStack = [...Array.from({ length: stackDepth - 1 }, () => ({ route: 'pages/index/index' })), instance]
  state.pageHas = (selector) => Boolean(component.querySelector(selector))
  page.loadStartedAt = performance.now()
  await page.waitForUpdate(() => instance.onLoad(query))
  page.callsBeforeReady = page.setDataCalls.length
  instance.onShow?.()
  instance.onReady?.()
  await page.settle()
  return page
}

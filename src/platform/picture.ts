// A picture drawn on a canvas of the page (WeChat's canvas 2d, or the web build's <canvas>), saved as an image file,
// then forwarded (showShareImageMenu) or saved to the phone's album. Each call resolves to a plain outcome; none
// throws at the page.
import Taro from '@tarojs/taro'

export type FontWeight = 'normal' | 'bold'
/** The width of `text` set at `fontSize` px in `weight`, in the same px. */
export type Measure = (text: string, fontSize: number, weight: FontWeight) => number

export interface PictureText {
  text: string
  x: number
  /** The vertical middle of the line: drawn with textBaseline 'middle'. */
  y: number
  fontSize: number
  weight: FontWeight
  colour: string
}

/** What to draw, in picture px: a background and lines of text. */
export interface Picture {
  width: number
  height: number
  background: string
  items: PictureText[]
}

/** The canvas's size on the page (CSS px) and of the image file (px). */
export interface PictureSize {
  cssWidth: number
  cssHeight: number
  /** Image px per picture px. */
  scale: number
  pixelWidth: number
  pixelHeight: number
}

interface Context2d {
  font: string
  fillStyle: string
  textBaseline: string
  scale(x: number, y: number): void
  fillRect(x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
}

/** A canvas node as WeChat's canvas 2d and the web build hand it over. */
interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): Context2d | null
  toDataURL?: (type: string) => string
}

const IS_WEB = process.env.TARO_ENV === 'h5'
/** The system's own font: PingFang or the phone's CJK font in WeChat, whatever Chinese font the browser has. */
const fontOf = (fontSize: number, weight: FontWeight) => `${weight} ${fontSize}px sans-serif`

/**
 * The largest canvas and image any phone makes: Android's canvas export and offscreen canvases fail above 4,096 px a
 * side ("native buffer exceed size limit", community reports), and an image of more than about 6 MP is tens of MB
 * of memory on an older phone (iOS caps a canvas at 16.7 MP in all).
 */
export const MAX_SIDE = 4096
export const MAX_PIXELS = 6_000_000
/**
 * The canvas is looked for until the page shows it: WeChat renders it after the setData that adds it, and the web
 * build's <canvas> appears a frame after its Taro element. 20 tries 50 ms apart: a second at most.
 */
const FIND_ATTEMPTS = 20
const FIND_INTERVAL_MS = 50
const QUERY_TIMEOUT_MS = 1000

function devicePixelRatio(): number {
  try {
    const ratio = Number(Taro.getWindowInfo().pixelRatio)
    return Number.isFinite(ratio) && ratio > 0 ? ratio : 2
  } catch {
    return 2
  }
}

/**
 * The canvas for a picture `width` × `height` picture px. A 750-px picture fills a 375-pt screen, so it is drawn at
 * half the device pixel ratio (1125 px wide on a 3× phone): as sharp as the screen that shows it full-screen, at
 * least 1 image px per picture px, at most 1.5, and less only where the image would pass MAX_SIDE or MAX_PIXELS,
 * at any pixel ratio. The canvas is that size on the page too (image px / device pixel ratio), so that WeChat
 * exports it whole.
 */
export function pictureSize(width: number, height: number): PictureSize {
  const ratio = devicePixelRatio()
  const scale = Math.min(Math.max(ratio / 2, 1), 1.5, Math.sqrt(MAX_PIXELS / (width * height)), MAX_SIDE / Math.max(width, height))
  const pixelWidth = Math.round(width * scale)
  const pixelHeight = Math.round(height * scale)
  // The canvas shows exactly the image's px, so that the export copies it 1:1.
  return { cssWidth: pixelWidth / ratio, cssHeight: pixelHeight / ratio, scale, pixelWidth, pixelHeight }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

interface FoundCanvas {
  node: CanvasNode
  /** CSS px; the web build does not report them with the node. */
  width?: number
  height?: number
}

const sameSize = (found: number | undefined, wanted: number | undefined) => found === undefined || wanted === undefined || Math.abs(found - wanted) < 1

/**
 * The canvas `#id`, once the page shows it; at `size` (CSS px), when given, so that a canvas the page is replacing
 * (WeChat has not applied the setData yet, or the last picture's) is not the one drawn on.
 */
async function findCanvas(id: string, size?: { cssWidth: number; cssHeight: number }): Promise<FoundCanvas | undefined> {
  for (let attempt = 0; attempt < FIND_ATTEMPTS; attempt += 1) {
    await wait(attempt === 0 ? 0 : FIND_INTERVAL_MS)
    const found = await new Promise<FoundCanvas | undefined>((resolve) => {
      // A query that never answers counts as not found, so the page never waits forever.
      setTimeout(() => resolve(undefined), QUERY_TIMEOUT_MS)
      try {
        Taro.createSelectorQuery().select(`#${id}`).fields({ node: true, size: true }).exec((results: (FoundCanvas | null)[]) => resolve(results?.[0] ?? undefined))
      } catch {
        resolve(undefined)
      }
    })
    if (found?.node && sameSize(found.width, size?.cssWidth) && sameSize(found.height, size?.cssHeight)) return found
  }
  return undefined
}

/** The canvas's own text measure, to lay the picture out with; undefined when there is no canvas to ask. */
export async function canvasMeasure(id: string): Promise<Measure | undefined> {
  try {
    const context = (await findCanvas(id))?.node.getContext('2d')
    if (!context) return undefined
    return (text, fontSize, weight) => {
      context.font = fontOf(fontSize, weight)
      return context.measureText(text).width
    }
  } catch {
    return undefined
  }
}

export type DrawOutcome = { ok: true; path: string } | { ok: false }

/**
 * Draws `picture` on the canvas `#id` (shown at `size`) and saves it as an image: a temporary file, or a data URL on
 * the web. The canvas is shrunk to 1 × 1 afterwards, whatever happened: iOS keeps a canvas's memory until then, and
 * draws new ones blank past its limit.
 */
export async function drawPicture(id: string, picture: Picture, size: PictureSize): Promise<DrawOutcome> {
  let node: CanvasNode | undefined
  try {
    node = (await findCanvas(id, size))?.node
    const context = node?.getContext('2d')
    if (!node || !context) return { ok: false }
    node.width = size.pixelWidth
    node.height = size.pixelHeight
    context.scale(size.scale, size.scale)
    context.fillStyle = picture.background
    context.fillRect(0, 0, picture.width, picture.height)
    context.textBaseline = 'middle'
    for (const item of picture.items) {
      context.font = fontOf(item.fontSize, item.weight)
      context.fillStyle = item.colour
      context.fillText(item.text, item.x, item.y)
    }
    if (IS_WEB) return node.toDataURL ? { ok: true, path: node.toDataURL('image/png') } : { ok: false }
    // For a canvas 2d, x/y/width/height are in CSS px and dest* in image px (as WeChat's own wxml-to-canvas passes them).
    const { tempFilePath } = await Taro.canvasToTempFilePath({
      canvas: node as unknown as Taro.Canvas,
      x: 0,
      y: 0,
      width: size.cssWidth,
      height: size.cssHeight,
      destWidth: size.pixelWidth,
      destHeight: size.pixelHeight,
      fileType: 'png'
    })
    return tempFilePath ? { ok: true, path: tempFilePath } : { ok: false }
  } catch {
    return { ok: false }
  } finally {
    release(node)
  }
}

function release(node: CanvasNode | undefined): void {
  if (!node) return
  try {
    node.width = 1
    node.height = 1
  } catch {
    // A canvas already gone has nothing to release.
  }
}

function errorText(error: unknown): string {
  const { errMsg, errno } = (typeof error === 'object' && error !== null ? error : {}) as { errMsg?: string; errno?: number }
  return `${errMsg ?? String(error)} ${errno ?? ''}`
}

/** WeChat refused because the privacy guide does not declare the album, or the reader has not agreed to it yet. */
const isPrivacyRefusal = (reason: string) => /privacy|not declared|\b112\b|\b104\b/i.test(reason)
/** The reader said no to the album, now or before (WeChat then refuses without asking again). */
const isPermissionRefusal = (reason: string) => /auth den|auth deny|denied|\b103\b/i.test(reason)

/** The web build saves by downloading the file; WeChat has the album and the share menu. */
export const SAVES_AS_DOWNLOAD = IS_WEB

/** WeChat can open its menu to send the image to a chat, to Moments, to favourites, or to save it (base library 2.14.3+). */
export function canForwardPicture(): boolean {
  if (IS_WEB) return false
  try {
    return typeof Taro.showShareImageMenu === 'function' && Taro.canIUse('showShareImageMenu')
  } catch {
    return false
  }
}

export type ForwardOutcome = 'shown' | 'cancelled' | 'failed'

/** Opens WeChat's menu for the image. Taro 4.2.1 passes this API through unpromisified: it answers by callbacks. */
export function forwardPicture(path: string): Promise<ForwardOutcome> {
  return new Promise((resolve) => {
    try {
      Taro.showShareImageMenu({
        path,
        success: () => resolve('shown'),
        fail: (error) => resolve(/cancel/i.test(errorText(error)) ? 'cancelled' : 'failed')
      })
    } catch {
      resolve('failed')
    }
  })
}

/**
 * 'refused': the mini-program's own 相册 switch is off (WeChat's settings page turns it on). 'system-refused': the
 * switch is on, but the phone does not let WeChat itself use the photos; that settings page cannot help (it would
 * say "allowed" and the save would fail again).
 */
export type SaveOutcome = 'saved' | 'refused' | 'system-refused' | 'privacy' | 'failed'

/** Whether the phone lets WeChat use its photos (base library 2.20.1+; WeChat reports it on iOS only). */
function systemAlbumSetting(): string | undefined {
  try {
    if (!Taro.canIUse('getAppAuthorizeSetting')) return undefined
    return Taro.getAppAuthorizeSetting().albumAuthorized
  } catch {
    return undefined
  }
}

/**
 * Asks for the album (scope.writePhotosAlbum) once and saves each image there in turn, stopping at the first that
 * fails; on the web, downloads them. A failed save after the album was allowed is the phone refusing WeChat when the
 * phone says so, or when WeChat calls it a refusal.
 */
export async function savePictures(paths: string[]): Promise<SaveOutcome> {
  if (!IS_WEB) {
    try {
      await Taro.authorize({ scope: 'scope.writePhotosAlbum' })
    } catch (error) {
      // Whatever else authorize says, the album was not allowed: the way on is the same (settings, or the text).
      return isPrivacyRefusal(errorText(error)) ? 'privacy' : 'refused'
    }
  }
  for (const path of paths) {
    try {
      await Taro.saveImageToPhotosAlbum({ filePath: path })
    } catch (error) {
      const reason = errorText(error)
      if (isPrivacyRefusal(reason)) return 'privacy'
      if (IS_WEB) return 'failed'
      const system = systemAlbumSetting()
      return system === 'denied' || (isPermissionRefusal(reason) && system !== 'authorized') ? 'system-refused' : 'failed'
    }
  }
  return 'saved'
}

/** Whether WeChat can open its own page of system permissions (base library 2.25.3+). */
export function canOpenSystemSettings(): boolean {
  if (IS_WEB) return false
  try {
    return typeof Taro.openAppAuthorizeSetting === 'function' && Taro.canIUse('openAppAuthorizeSetting')
  } catch {
    return false
  }
}

/**
 * WeChat's page of the phone's permissions for WeChat (photos among them). Call it from a tap. Taro 4.2.1 passes
 * this API through unpromisified: it answers by callbacks.
 */
export function openSystemSettings(): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      Taro.openAppAuthorizeSetting({ success: () => resolve(true), fail: () => resolve(false) })
    } catch {
      resolve(false)
    }
  })
}

export type SettingsOutcome = 'allowed' | 'not-allowed' | 'failed'

/** WeChat's settings page for this mini-program, where the reader can allow the album. Call it from a tap. */
export async function openAlbumSettings(): Promise<SettingsOutcome> {
  try {
    const { authSetting } = await Taro.openSetting()
    return authSetting?.['scope.writePhotosAlbum'] ? 'allowed' : 'not-allowed'
  } catch {
    return 'failed'
  }
}

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

/** iOS refuses a canvas of more than 16,777,216 px (4096 × 4096); stay below it. */
const MAX_PIXELS = 16_000_000
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
 * least 1 image px per picture px, at most 1.5, and less only where the picture would pass iOS's canvas limit.
 * The canvas is that size on the page too (image px / device pixel ratio), so that WeChat exports it whole.
 */
export function pictureSize(width: number, height: number): PictureSize {
  const ratio = devicePixelRatio()
  const scale = Math.min(Math.max(ratio / 2, 1), 1.5, Math.sqrt(MAX_PIXELS / (width * height)))
  return {
    cssWidth: (width * scale) / ratio,
    cssHeight: (height * scale) / ratio,
    scale,
    pixelWidth: Math.round(width * scale),
    pixelHeight: Math.round(height * scale)
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

interface FoundCanvas {
  node: CanvasNode
  /** CSS px; the web build does not report it with the node. */
  width?: number
}

/**
 * The canvas `#id`, once the page shows it; at `cssWidth` wide, when given, so that a canvas the page is replacing
 * (WeChat has not applied the setData yet) is not the one drawn on.
 */
async function findCanvas(id: string, cssWidth?: number): Promise<FoundCanvas | undefined> {
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
    const sized = cssWidth === undefined || found?.width === undefined || Math.abs(found.width - cssWidth) < 1
    if (found?.node && sized) return found
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

/** Draws `picture` on the canvas `#id` (shown at `size`) and saves it as an image: a temporary file, or a data URL on the web. */
export async function drawPicture(id: string, picture: Picture, size: PictureSize): Promise<DrawOutcome> {
  try {
    const found = await findCanvas(id, size.cssWidth)
    const node = found?.node
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

export type SaveOutcome = 'saved' | 'refused' | 'privacy' | 'failed'

/** Asks for the album (scope.writePhotosAlbum) and saves the image there; on the web, downloads it. */
export async function savePicture(path: string): Promise<SaveOutcome> {
  const refusal = (error: unknown): SaveOutcome => {
    const reason = errorText(error)
    return isPrivacyRefusal(reason) ? 'privacy' : isPermissionRefusal(reason) ? 'refused' : 'failed'
  }
  if (!IS_WEB) {
    try {
      await Taro.authorize({ scope: 'scope.writePhotosAlbum' })
    } catch (error) {
      // Whatever else authorize says, the album was not allowed: the way on is the same (settings, or the text).
      const outcome = refusal(error)
      return outcome === 'failed' ? 'refused' : outcome
    }
  }
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: path })
    return 'saved'
  } catch (error) {
    return refusal(error)
  }
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

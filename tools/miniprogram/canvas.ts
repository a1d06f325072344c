// miniprogram-simulate has no canvas and its wx.createSelectorQuery never answers. This one looks the selector up
// in the open page (through j-component's own query) and, for an element it finds, answers a fake canvas node
// whose 2d context records what is drawn and measures text by a fixed rule (a CJK character or fullwidth mark is
// 1 em wide, anything else half an em), so that a test can see what a picture holds and where.

/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyRecord = Record<string, any>

export interface DrawnText {
  text: string
  x: number
  y: number
  font: string
  fillStyle: string
}

const FULL_WIDTH = /[\u00b7\u2010-\u206f\u2e80-\u9fff\uff00-\uffef]/u

/** The fixed rule: px wide at the font's size. */
export function fakeTextWidth(text: string, font: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 10)
  return [...text].reduce((sum, char) => sum + (FULL_WIDTH.test(char) ? size : size / 2), 0)
}

/** What a canvas held at one size: its px and the text drawn on it. */
export interface FakePicture {
  width: number
  height: number
  drawn: DrawnText[]
}

export class FakeCanvas {
  /** What the fillText calls drew since the canvas was last sized (sizing a canvas clears it, as in WeChat). */
  drawn: DrawnText[] = []
  /** What it held before each sizing that cleared a drawing: the pictures exported from it, in order. */
  pictures: FakePicture[] = []
  scale: [number, number] = [1, 1]
  private size = { width: 300, height: 150 }
  private readonly context = {
    font: '10px sans-serif',
    fillStyle: '#000000',
    textBaseline: 'alphabetic',
    scale: (x: number, y: number) => { this.scale = [this.scale[0] * x, this.scale[1] * y] },
    fillRect: () => undefined,
    fillText: (text: string, x: number, y: number) => {
      this.drawn.push({ text, x, y, font: this.context.font, fillStyle: this.context.fillStyle })
    },
    measureText: (text: string) => ({ width: fakeTextWidth(text, this.context.font) })
  }

  constructor(readonly selector: string, readonly cssWidth: number, readonly cssHeight: number) {}

  get width(): number { return this.size.width }
  set width(value: number) { this.resize({ ...this.size, width: value }) }
  get height(): number { return this.size.height }
  set height(value: number) { this.resize({ ...this.size, height: value }) }

  getContext(type: string) {
    return type === '2d' ? this.context : null
  }

  /** Shrunk to 1 × 1 after its last drawing: its memory given back. */
  get released(): boolean {
    return this.size.width === 1 && this.size.height === 1
  }

  private resize(size: { width: number; height: number }): void {
    if (this.drawn.length > 0) this.pictures.push({ ...this.size, drawn: this.drawn })
    this.size = size
    this.drawn = []
    this.scale = [1, 1]
  }
}

/** Every canvas node handed out, in order; one per selector and CSS size (a canvas shown at a new size is a new one). */
export const canvases: FakeCanvas[] = []

function canvasFor(selector: string, cssWidth: number, cssHeight: number): FakeCanvas {
  const known = canvases.find((canvas) => canvas.selector === selector && canvas.cssWidth === cssWidth && canvas.cssHeight === cssHeight)
  if (known) return known
  const canvas = new FakeCanvas(selector, cssWidth, cssHeight)
  canvases.push(canvas)
  return canvas
}

/** wx.createSelectorQuery for the page on top of the stack: select(…).fields(…) then exec(callback). */
export function createSelectorQuery(page: () => AnyRecord | undefined): AnyRecord {
  const selectors: string[] = []
  const query: AnyRecord = {
    in: () => query,
    select: (selector: string) => ({
      fields: () => {
        selectors.push(selector)
        return query
      }
    }),
    exec: (callback?: (results: unknown[]) => void) => {
      const real = page()?.createSelectorQuery?.()
      if (!real) return setTimeout(() => callback?.(selectors.map(() => null)), 0)
      for (const selector of selectors) real.select(selector).fields({ id: true, computedStyle: ['width', 'height'] })
      real.exec((found: (AnyRecord | null)[]) => callback?.(found.map((element, index) => {
        if (!element) return null
        const width = parseFloat(element.width) || 0
        const height = parseFloat(element.height) || 0
        return { node: canvasFor(selectors[index], width, height), width, height }
      })))
    }
  }
  return query
}

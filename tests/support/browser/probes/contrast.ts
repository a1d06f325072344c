// In-page probe of text contrast.
import type { ContrastSample } from '../types'
import type { ProbeWindow } from './shared'

export function installContrastProbe(): void {
  const probes = (window as unknown as ProbeWindow).__probes
  const { root, label } = probes

  /**
   * Contrast of every visible text node: its computed colour against the effective background, found by walking up
   * the ancestors and compositing their background colours (transparent and translucent layers included) over the
   * canvas. Gradients count by their colour stops (the worst one decides). Opacity of ancestors fades the text.
   */
  probes.contrast = (scope: string | null): ContrastSample[] => {
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
    const scoped = root(scope)
    const walker = document.createTreeWalker(scoped, NodeFilter.SHOW_TEXT)
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
}

// In-page probes of the layout: tap targets, horizontal overflow, text that collides, squeezes or is cut off.
import type { OverflowReport, TapTarget, TextLayoutReport } from '../types'
import type { ProbeWindow } from './shared'

export function installLayoutProbes(): void {
  const probes = (window as unknown as ProbeWindow).__probes
  const { root, label } = probes

  /** Tappable elements of the shown page, with their rendered size. */
  probes.tapTargets = (scope: string | null): TapTarget[] => {
    const scoped = root(scope)
    const SELECTOR = [
      '[role="button"]', '[role="link"]', 'a[href]', 'button', 'taro-button-core', '[data-tappable="true"]', '.tappable',
      // Fields to type into: a finger must hit them as surely as a button.
      'textarea', 'input:not([type="hidden"])',
      // Glossary terms (TermText): inline text with a tap handler, which the DOM cannot show otherwise.
      '.term'
    ].join(',')
    const SUFFIX = /-(button|link|chip|card|row|entry)$/

    const found = new Set<Element>()
    scoped.querySelectorAll(SELECTOR).forEach((el) => found.add(el))
    scoped.querySelectorAll('[class]').forEach((el) => {
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

  probes.overflow = (scope: string | null): OverflowReport => {
    const scroller = document.scrollingElement ?? document.documentElement
    const page = (document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page')) as HTMLElement | null
    const width = Math.min(window.innerWidth, document.documentElement.clientWidth)
    const limit = width + 0.5
    const offenders: OverflowReport['offenders'] = []
    // Text that runs past the right edge (cut off or scrolled away), then boxes wider than the screen.
    const scoped = root(scope)
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
  probes.textLayout = (scope: string | null): TextLayoutReport => {

    const scoped = root(scope)
    const pageScroller = document.querySelector('.taro_page.taro_page_show') ?? document.querySelector('.taro_page')
    const report: TextLayoutReport = { overlaps: [], squeezed: [], clipped: [] }
    const boxes: {
      node: number; el: Element; text: string; placed: boolean; left: number; right: number; top: number; bottom: number
    }[] = []
    const walker = document.createTreeWalker(scoped, NodeFilter.SHOW_TEXT)
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
}

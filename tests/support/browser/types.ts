// What the in-page probes measure and what a route's report holds.
import type { Route, Variant } from './config'

export interface TapTarget {
  selector: string
  /** Inside a line of text (WCAG 2.5.8 inline exception; its chip twin is the main target): reported, not failed. */
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

export interface SpacingReport {
  /** How many pieces of text had their line spacing measured, and how many paragraphs were followed by another. */
  measuredText: number
  measuredParagraphs: number
  /** Line spacing (distance between lines, or the line height of one line) under the minimum × font size. */
  tightLines: { selector: string; text: string; fontSize: number; lineSpacing: number }[]
  /** A paragraph of two or more lines whose next paragraph starts closer than the minimum × its line spacing. */
  tightParagraphs: { selector: string; text: string; lineSpacing: number; paragraphSpacing: number }[]
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
  /** CSS px; above MAX_PAGE_HEIGHT, axe-core and the screenshots go window by window. */
  pageHeight: number
  pageErrors: string[]
  textScale: string
  tapTargets: TapTarget[]
  /** The smallest main tap target for this variant's text size (larger at 特大). */
  minTap: number
  smallTapTargets: TapTarget[]
  overflow: OverflowReport
  textLayout: TextLayoutReport
  spacing: SpacingReport
  contrast: ContrastSample[]
  lowContrast: ContrastSample[]
  axe: AxeViolation[]
  /** serious + critical */
  axeBlocking: AxeViolation[]
  /** Milliseconds per step: load, tapTargets, overflow, contrast, axe, screenshot. */
  timings: Record<string, number>
}

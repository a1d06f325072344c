// Where the web build and Chromium are, the phone the pages are shown on, the variants and routes, and the limits
// the design is held to.
import fs from 'fs'
import path from 'path'

export const ROOT = path.resolve(__dirname, '../../..')
export const H5_DIST = path.resolve(ROOT, process.env.H5_DIST ?? 'dist-h5')
export const ARTIFACTS = path.join(ROOT, 'artifacts')
export const SCREENSHOTS = path.join(ARTIFACTS, 'screenshots')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CJK_FONT_DIR = '/usr/share/fonts/opentype/noto'

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run'
]

export const VIEWPORT = { width: 375, height: 812 }
/**
 * The viewport is stretched to the page's length for axe-core and the screenshot, up to this many CSS px at a time
 * (software rendering in headless Chromium draws 23000+ device px correctly); a longer page goes window by window.
 */
export const MAX_PAGE_HEIGHT = 20000
/** The smallest tap target, in CSS px (Apple HIG 44pt; WeChat's own guidance is about the same). */
export const MIN_TAP = 44
/** The smallest main tap target in the large-type interface (特大): MIIT's 适老化 rules ask 60 × 60 dp. */
export const MIN_TAP_LARGE_TEXT = 60
/** WCAG 2.x AA for body text. */
export const MIN_CONTRAST = 4.5
/** Body text of at least 32rpx, which the web build renders as 16 CSS px at a 375 px viewport. */
export const MIN_TEXT_PX = 16
/**
 * MIIT's rules: line spacing at least 1.3 × the font size, and paragraph spacing at least 1.3 × the line spacing
 * (measured from the last line of a paragraph to the first line of the next, as line spacing is from line to line).
 */
export const MIN_LINE_SPACING = 1.3
export const MIN_PARAGRAPH_SPACING = 1.3

export type TextSize = 'standard' | 'large' | 'xlarge'
export interface Variant {
  name: string
  colorScheme: 'light' | 'dark'
  textSize: TextSize
}

export const VARIANTS: Variant[] = [
  { name: 'light-standard', colorScheme: 'light', textSize: 'standard' },
  { name: 'dark-standard', colorScheme: 'dark', textSize: 'standard' },
  { name: 'light-xlarge', colorScheme: 'light', textSize: 'xlarge' },
  { name: 'dark-xlarge', colorScheme: 'dark', textSize: 'xlarge' }
]

/** The text scale the app should apply for each stored size (src/platform/preferences.ts). */
const EXPECTED_SCALE: Record<TextSize, number> = { standard: 1, large: 1.2, xlarge: 1.4 }

export function expectedTextScale(variant: Variant): number {
  return EXPECTED_SCALE[variant.textSize]
}

export function minTapFor(variant: Variant): number {
  return variant.textSize === 'xlarge' ? MIN_TAP_LARGE_TEXT : MIN_TAP
}

export interface Route {
  /** Page path plus query, as in the hash: pages/trial/index?id=scot */
  path: string
  /** File-name friendly: trial-scot */
  slug: string
}

const route = (pagePath: string, slug: string): Route => ({ path: pagePath, slug })
export const ROUTES: Route[] = [
  route('pages/index/index', 'index'),
  route('pages/hsct/index', 'hsct'),
  route('pages/trials/index', 'trials'),
  ...['astis', 'scot', 'assist', 'stat'].map((id) => route(`pages/trial/index?id=${id}`, `trial-${id}`)),
  route('pages/contact/index', 'contact'),
  route('pages/about/index', 'about'),
  route('pages/decide/index', 'decide'),
  // The decision aid's core steps with the most to tap or read (the pictures of 100, both options, the grid, the choices,
  // the knowledge check, the questions and summary), and its densest details (the trials side by side, the family's
  // part, recruiting).
  ...['key-points', 'options', 'grid', 'values', 'next-step', 'questions', 'trials', 'practical', 'recruiting']
    .map((section) => route(`pages/decide/index?section=${section}`, `decide-${section}`))
]

/** The element every page renders once its real content is there (PageShell's root). */
export const PAGE_ROOT = '.taro_page .page'

/** Throws a message that says what to install when Chromium or the CJK font is missing: the suite must not skip. */
export function assertBrowserSetup(dist = H5_DIST): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing (${CHROMIUM}). The browser tests need Debian's Chromium and a CJK font: run ` +
      '`apt-get update && apt-get install -y chromium fonts-noto-cjk` (the project\'s .ci/run installs them).'
    )
  }
  const cjk = fs.existsSync(CJK_FONT_DIR) && fs.readdirSync(CJK_FONT_DIR).some((file) => /CJK/i.test(file))
  if (!cjk) {
    throw new Error(
      'No CJK font (fonts-noto-cjk) is installed: Chinese text would render as empty boxes and every text ' +
      'measurement would be wrong. Run `apt-get install -y fonts-noto-cjk` (the project\'s .ci/run installs it).'
    )
  }
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(
      `The web build is missing (${path.relative(ROOT, dist)}/index.html): run \`npx taro build --type h5\` ` +
      '(the Jest globalSetup builds it before the suite).'
    )
  }
}

/** @jest-environment node */
// Design and accessibility for patients, checked in a real browser: every route of the web build (dist-h5/) at a
// 375x812 phone viewport, light and dark, standard and largest (特大) text, plus the glossary sheet opened on the
// explainer page. For each: a full-length screenshot in artifacts/screenshots/<route>-<variant>.png, tap targets of
// at least 44x44 CSS px (60x60 at 特大, MIIT's large-type rule), no horizontal overflow, no text colliding /
// squeezed / cut off, line spacing of at least 1.3 and paragraphs visibly further apart, text contrast of at least
// 4.5:1, and no serious or critical axe-core violations. Every measurement: artifacts/browser-report.json.
// Run: `npx jest tests/browser` (globalSetup builds dist-h5; SKIP_BUILD=1 reuses the last build).
import fs from 'fs'
import path from 'path'
import {
  BrowserHarness, MIN_CONTRAST, MIN_LINE_SPACING, MIN_PARAGRAPH_SPACING, MIN_TEXT_PX, RESUME_OFFER, ROOT, ROUTES, TERM_SHEET,
  VARIANTS, expectedTextScale, formatAxe, formatContrast, formatOverflow, formatSpacing, formatTapTargets, formatTextLayout, minTapFor,
  type PageState, type Route, type RouteReport
} from '../support/browser'

const harness = new BrowserHarness()

beforeAll(() => harness.start(), 30_000)
afterAll(() => harness.stop(), 30_000)

function fail(title: string, details: string): never {
  throw new Error(`${title}\n${details}`)
}

const CASES: { name: string; route: Route; state?: PageState }[] = [
  ...ROUTES.map((route) => ({ name: route.slug, route })),
  // The glossary definition sheet, opened from a term on the explainer page.
  { name: 'hsct with a term sheet open', route: ROUTES.find((r) => r.slug === 'hsct')!, state: TERM_SHEET },
  // The aid reopened: its offer to go back to the step read last.
  { name: 'decide with the resume offer', route: ROUTES.find((r) => r.slug === 'decide')!, state: RESUME_OFFER }
]

describe.each(VARIANTS)('$name', (variant) => {
  beforeAll(() => harness.useVariant(variant), 30_000)

  describe.each(CASES)('$name', ({ route, state }) => {
    let report: RouteReport

    beforeAll(async () => {
      report = await harness.inspect(route, state)
    }, 60_000)

    test('loads without script errors', () => {
      if (report.pageErrors.length) fail(`${report.url}: uncaught errors`, report.pageErrors.join('\n'))
    })

    test('saves a full-length screenshot', () => {
      expect(fs.statSync(path.join(ROOT, report.screenshot)).size).toBeGreaterThan(1000)
      expect(report.pageHeight).toBeGreaterThan(0)
    })

    test(`applies the ${variant.textSize} text size`, () => {
      expect(Number(report.textScale)).toBeCloseTo(expectedTextScale(variant), 2)
    })

    const minTap = minTapFor(variant)
    test(`every main tap target is at least ${minTap}x${minTap} px`, () => {
      expect(report.tapTargets.length).toBeGreaterThan(0)
      if (report.smallTapTargets.length) {
        fail(`${report.smallTapTargets.length} tap target(s) under ${minTap}x${minTap} px`, formatTapTargets(report.smallTapTargets))
      }
    })

    test(`line spacing is at least ${MIN_LINE_SPACING}, paragraph spacing at least ${MIN_PARAGRAPH_SPACING} x the line spacing`, () => {
      const s = report.spacing
      expect(s.measuredText).toBeGreaterThan(0)
      if (s.tightLines.length || s.tightParagraphs.length) fail('text set too tight', formatSpacing(s))
    })

    test('has no horizontal overflow', () => {
      const o = report.overflow
      const overflows = o.scrollWidth > o.width || o.pageScrollWidth > o.pageClientWidth ||
        o.offenders.some((x) => x.text)
      if (overflows) fail('content is wider than the screen', formatOverflow(o))
    })

    test('text does not overlap, squeeze to a character per line or get cut off', () => {
      const t = report.textLayout
      if (t.overlaps.length || t.squeezed.length || t.clipped.length) fail('text layout problems', formatTextLayout(t))
    })

    test(`text contrast is at least ${MIN_CONTRAST}:1`, () => {
      expect(report.contrast.length).toBeGreaterThan(0)
      if (report.lowContrast.length) {
        fail(`${report.lowContrast.length} text node(s) under ${MIN_CONTRAST}:1`, formatContrast(report.lowContrast))
      }
    })

    // 32rpx is 16 CSS px on a 375 px wide phone: no text may be smaller, at any text size.
    test(`all text is at least ${MIN_TEXT_PX} px (32rpx)`, () => {
      const small = report.contrast.filter((sample) => parseFloat(sample.fontSize) < MIN_TEXT_PX - 0.05)
      if (small.length) fail(`${small.length} text node(s) under ${MIN_TEXT_PX} px`, formatContrast(small))
    })

    test('axe-core finds no serious or critical violations', () => {
      if (report.axeBlocking.length) fail('axe-core violations', formatAxe(report.axeBlocking))
    })
  })
})

/**
 * Renders the WeChat share-card images: the main package's (home, and the square one for Moments) into
 * src/assets/share/, each subpackage page's into its own folder as share.png (see src/platform/share.ts).
 * Run from the project root:  npx tsx scripts/make-share-images.ts
 *
 * Cards are plain HTML rendered by the system Chromium (Debian package) through
 * playwright-core, so no browser download is needed. Flat colours keep each PNG
 * well under WeChat's practical limit; the script fails if any file exceeds 100 KB.
 * pngquant (Debian package) then reduces them to a palette: the main package's size budget is tight and
 * WeChat's quality check counts all images together against 200 KB.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

const SRC = path.resolve(__dirname, '..', 'src')
const MAX_BYTES = 100 * 1024

const PURPLE = '#4A2270'
const LAVENDER = '#F4EEFA'
const ACCENT = '#C9A7E8'
const BROCHURE_FOOTER = '紫贝壳公益 · 截至2016年12月的手册内容'

interface Card {
  /** Where the image goes, relative to src/: one card may serve several pages. */
  files: string[]
  width: number
  height: number
  title: string
  subtitle: string
  /**
   * The card's source line: the brochure's date, unless the page is the app's own (the decision aid). Never a check
   * date: a picture cannot follow the content's next check, and a stale date on a card misleads.
   */
  footer?: string
  square?: boolean
}

// 500x400 (5:4) cards for onShareAppMessage; the 400x400 square is for onShareTimeline.
const CARDS: Card[] = [
  { files: ['assets/share/home.png'], width: 500, height: 400, title: '干细胞移植科普', subtitle: '写给硬皮病患者和家属' },
  { files: ['pages/hsct/share.png'], width: 500, height: 400, title: '什么是自体造血干细胞移植', subtitle: '硬皮病治疗的临床研究' },
  { files: ['pages/trials/share.png', 'pages/trial/share.png'], width: 500, height: 400, title: '四项临床试验', subtitle: 'ASTIS · SCOT · ASSIST · STAT' },
  { files: ['pages/contact/share.png'], width: 500, height: 400, title: '紫贝壳公益', subtitle: '爱，让我们更柔软' },
  {
    files: ['pages/decide/share.png'], width: 500, height: 400, title: '和医生商量之前', subtitle: '要不要考虑自体造血干细胞移植',
    footer: '紫贝壳公益 · 本小程序整理'
  },
  { files: ['assets/share/square.png'], width: 400, height: 400, title: '紫贝壳公益', subtitle: '干细胞移植科普', square: true },
]

/** A scallop shell as inline SVG: a fan of ribs with a scalloped rim and a small hinge. */
function shellSvg(size: number, fill: string, line: string): string {
  const cx = 50
  const cy = 84
  const r = 62
  const ribs = 7
  const angles = Array.from({ length: ribs }, (_, i) => Math.PI * (1.1 + (0.8 * i) / (ribs - 1)))
  const pt = (a: number, rr: number): string =>
    `${(cx + rr * Math.cos(a)).toFixed(1)} ${(cy + rr * Math.sin(a)).toFixed(1)}`
  // Rim: one outward bulge between each pair of neighbouring rib ends.
  let rim = ''
  for (let i = 1; i < ribs; i++) {
    const mid = (angles[i - 1] + angles[i]) / 2
    rim += ` Q${pt(mid, r + 12)} ${pt(angles[i], r)}`
  }
  const body = `<path d="M${cx} ${cy} L${pt(angles[0], r)}${rim} Z" fill="${fill}"/>`
  const lines = angles
    .slice(1, -1)
    .map((a) => `<path d="M${pt(a, 14)} L${pt(a, r - 4)}" stroke="${line}" stroke-width="3.5"`
      + ' stroke-linecap="round"/>')
    .join('')
  const hinge = `<path d="M${cx - 12} ${cy - 2} h24 l-5 10 h-14 z" fill="${fill}"/>`
  return `<svg width="${size}" height="${size}" viewBox="0 0 100 100" xmlns="http://www.w3.org/2000/svg">`
    + `${body}${lines}${hinge}</svg>`
}

function cardHtml(c: Card): string {
  // Keep long titles on one line: shrink the font to the width left after 44px padding per side.
  const titlePx = Math.min(c.square ? 50 : 56, Math.floor((c.width - 88) / c.title.length))
  const fg = c.square ? '#FFFFFF' : PURPLE
  const bg = c.square ? PURPLE : LAVENDER
  const body = c.square
    ? `<main class="sq">${shellSvg(120, ACCENT, PURPLE)}
         <h1>${c.title}</h1><p>${c.subtitle}</p></main>
       <footer class="sqfoot">${c.footer ?? BROCHURE_FOOTER}</footer>`
    : `<main>${shellSvg(64, PURPLE, LAVENDER)}
         <h1>${c.title}</h1><div class="bar"></div><p>${c.subtitle}</p></main>
       <footer>${c.footer ?? BROCHURE_FOOTER}</footer>`
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    * { margin: 0; box-sizing: border-box; }
    html, body { width: ${c.width}px; height: ${c.height}px; overflow: hidden; }
    body { background: ${bg}; color: ${fg}; font-family: 'Noto Sans CJK SC', sans-serif;
           display: flex; flex-direction: column; }
    main { flex: 1; padding: 36px 44px 0; display: flex; flex-direction: column; justify-content: center; }
    h1 { font-size: ${titlePx}px; font-weight: 700; line-height: 1.2; margin-top: 18px; white-space: nowrap; }
    .bar { width: 64px; height: 6px; border-radius: 3px; background: ${ACCENT}; margin: 20px 0 18px; }
    p { font-size: 26px; font-weight: 400; line-height: 1.3; white-space: nowrap; }
    footer { height: 60px; background: ${PURPLE}; color: #FFFFFF; font-size: 18px;
             display: flex; align-items: center; padding: 0 44px; }
    .sq { align-items: center; text-align: center; padding: 40px 24px 0; }
    .sq h1 { margin-top: 14px; }
    .sq p { margin-top: 10px; color: ${LAVENDER}; }
    .sqfoot { height: 54px; background: transparent; color: ${ACCENT}; font-size: 15px; justify-content: center; }
  </style></head><body>${body}</body></html>`
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  let tooBig = false
  try {
    for (const c of CARDS) {
      const viewport = { width: c.width, height: c.height }
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 })
      await page.route('**/*', (route) => route.abort()) // cards must be self-contained: no network at all
      await page.setContent(cardHtml(c), { waitUntil: 'load' })
      await page.evaluate(async () => { await document.fonts.ready }) // avoid capturing before CJK glyphs load
      const [first, ...copies] = c.files.map((file) => path.join(SRC, file))
      mkdirSync(path.dirname(first), { recursive: true })
      await page.screenshot({ path: first, type: 'png' })
      await page.close()
      execFileSync('pngquant', ['16', '--speed=1', '--strip', '--force', '--output', first, first])
      for (const copy of copies) copyFileSync(first, copy)
      const bytes = statSync(first).size
      const over = bytes > MAX_BYTES
      if (over) tooBig = true
      console.log(`${c.files.join(', ').padEnd(48)} ${c.width}x${c.height}  ${bytes} bytes${over ? '  > 100 KB!' : ''}`)
    }
  } finally {
    await browser.close()
  }
  if (tooBig) {
    console.error('Some images exceed 100 KB; simplify the card design.')
    process.exit(1)
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})

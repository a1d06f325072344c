// Where each line of the summary picture goes, for a width: a pure function of the document and a text measure (the
// canvas's measureText when drawing, a fixed one in tests), so that WeChat, the web build and the tests agree.
import type { FontWeight, Measure, Picture, PictureText } from '@/platform/picture'
import type { SummaryDocument } from './document'

export type { Measure }
/** One line of text of the picture, where the canvas draws it. */
export type PictureItem = PictureText
export type PictureLayout = Picture

/**
 * The picture's width in px of the saved image at scale 1. A forwarded picture opens full-screen, so on a 375-pt
 * phone each px shows as 375 / 750 = 0.5 pt: body text of 36 px reads as 18 pt (MIIT's large-type main text is at
 * least 18 pt), headings of 40 px as 20 pt, the title as 26 pt, and the date and footer, the smallest, as 16 pt.
 */
export const PICTURE_WIDTH = 750

/** The light theme's colours (src/styles/tokens.scss): a picture is read outside the app, as on paper. */
const COLOURS = { background: '#ffffff', text: '#1f1a24', muted: '#4d4555', brand: '#4a2270' }

interface TextStyle {
  fontSize: number
  weight: FontWeight
  colour: string
  /** Line pitch as a multiple of the font size: at least 1.3, as in the app. */
  lineHeight: number
}

const STYLES: Record<'title' | 'subtitle' | 'heading' | 'body' | 'footer', TextStyle> = {
  title: { fontSize: 52, weight: 'bold', colour: COLOURS.brand, lineHeight: 1.35 },
  subtitle: { fontSize: 32, weight: 'normal', colour: COLOURS.muted, lineHeight: 1.5 },
  heading: { fontSize: 40, weight: 'bold', colour: COLOURS.brand, lineHeight: 1.35 },
  body: { fontSize: 36, weight: 'normal', colour: COLOURS.text, lineHeight: 1.6 },
  footer: { fontSize: 32, weight: 'normal', colour: COLOURS.muted, lineHeight: 1.5 }
}

const MARGIN = 48
const BODY_PITCH = STYLES.body.fontSize * STYLES.body.lineHeight
/** Between the entries of a section, so that entry to entry is 1.3 × the line pitch (MIIT's paragraph spacing). */
const ENTRY_GAP = Math.round(BODY_PITCH * 0.3)
/** Before each section's heading and the footer. */
const SECTION_GAP = Math.round(BODY_PITCH * 0.6)

/** A numbered item or a bullet: its wrapped lines hang under the text after the marker. */
const LIST_MARKER = /^(?:\d{1,3}(?:[.．]\s+|[、)）]\s*)|[·•]\s*|[-–]\s+)/u

// Chinese line-breaking rules (GB/T 15834, W3C clreq): these never start a line, and these never end one.
const NO_LINE_START = new Set([...'，。、；：？！）】》」』〉〕〗”’…—～·%‰℃,.;:?!)]}'])
const NO_LINE_END = new Set([...'（【《「『〈〔〖“‘([{'])

/**
 * Characters that stand alone, so a line may break before or after each: CJK ideographs, kana, hangul, CJK and
 * fullwidth punctuation, the general punctuation Chinese text uses (“ ” … —), the middle dot, symbols and emoji.
 * Every other run of non-space characters (a Latin word, a number, "NCT04464434", "g/m²", "____") is kept whole.
 */
const STANDALONE = /[\u00b7\u2010-\u206f\u2600-\u27bf\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{1f000}-\u{1faff}\u{20000}-\u{3134f}]/u

type Atom = { text: string; space: boolean }

const standsAlone = (char: string) => STANDALONE.test(char)
const lastChar = (text: string) => [...text].pop() ?? ''

/** Runs of spaces (as one space), runs of word characters, and each character that stands alone. */
function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = []
  for (const char of text) {
    const last = atoms[atoms.length - 1]
    if (/\s/.test(char)) {
      if (last && !last.space) atoms.push({ text: ' ', space: true })
    } else if (last && !last.space && !standsAlone(char) && !standsAlone(lastChar(last.text))) last.text += char
    else atoms.push({ text: char, space: false })
  }
  return atoms
}

/** The pieces no line may break inside: each atom, glued to the closing marks after it and the opening marks before. */
function unitsOf(text: string): Atom[] {
  const units: Atom[] = []
  for (const atom of atomsOf(text)) {
    const last = units[units.length - 1]
    const closes = !atom.space && NO_LINE_START.has([...atom.text][0])
    if (last && !last.space && !atom.space && (closes || NO_LINE_END.has(lastChar(last.text)))) last.text += atom.text
    // "A · B": no break at the space before a closing mark either.
    else if (closes && last?.space && units.length > 1) {
      units.pop()
      units[units.length - 1].text += ` ${atom.text}`
    } else units.push({ ...atom })
  }
  return units
}

/**
 * A piece wider than a whole line (a very long number or address): broken between characters, as a last resort,
 * still keeping a closing mark off the start of a line (and an opening one off the end) by carrying a character down.
 */
function splitOverlong(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  for (const char of text) {
    if (!line || width(line + char) <= maxWidth) {
      line += char
      continue
    }
    const chars = [...line]
    const carry = chars.length > 1 && (NO_LINE_START.has(char) || NO_LINE_END.has(chars[chars.length - 1])) ? chars.pop() : ''
    lines.push(chars.join(''))
    line = carry + char
  }
  return [...lines, line]
}

/** Pieces filled into lines greedily; a piece wider than a line is broken by `breakOverlong`. */
function fillLines(pieces: Atom[], maxWidth: number, width: (text: string) => number, breakOverlong: (text: string) => string[]): string[] {
  const lines: string[] = []
  let line = ''
  let space = ''
  for (const piece of pieces) {
    if (piece.space) {
      space = line ? ' ' : ''
      continue
    }
    if (width(line + space + piece.text) <= maxWidth) line += space + piece.text
    else {
      if (line) lines.push(line)
      const parts = width(piece.text) <= maxWidth ? [piece.text] : breakOverlong(piece.text)
      lines.push(...parts.slice(0, -1))
      line = parts[parts.length - 1]
    }
    space = ''
  }
  return line || lines.length === 0 ? [...lines, line] : lines
}

/**
 * `text` broken into lines no wider than `maxWidth`: between any two CJK characters, at spaces, never before a
 * closing mark or after an opening one, and never inside a Latin word or number. Only where a line cannot hold a
 * word with its marks are the marks let go (a number stays whole), and only a word wider than a line is broken.
 */
export function wrapText(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const byCharacter = (piece: string) => splitOverlong(piece, maxWidth, width)
  const byAtom = (piece: string) => fillLines(atomsOf(piece), maxWidth, width, byCharacter)
  return fillLines(unitsOf(text), maxWidth, width, byAtom)
}

/**
 * The tallest picture, in picture px: a longer summary is split into numbered pictures. Android's canvas export and
 * offscreen canvases take at most 4,096 px a side, so a picture this tall is saved at about 1 image px per picture px
 * (768 × 4,096 ≈ 3.1 MP; src/platform/picture.ts lowers the scale), shorter ones up to 1.5: a little less sharp on a
 * 3× phone, but fewer pictures to send.
 */
export const PICTURE_MAX_HEIGHT = 4000

/** A line placed within its block: `dy` from the block's top. */
interface PlacedLine {
  text: string
  x: number
  dy: number
  style: TextStyle
}

/** Lines that go together on one picture (a wrapped entry, a heading), the gap above them, and their height. */
interface Block {
  gap: number
  height: number
  lines: PlacedLine[]
  /** A heading stays on the picture of the entry after it; the title, with the date. */
  keepWithNext: boolean
}

export interface LayoutOptions {
  width?: number
  measure: Measure
  /** At most this tall, in picture px: a longer summary is split between lines into several pictures. */
  maxHeight?: number
  /** The line at the top of each of several pictures, e.g. "第2张，共3张". */
  pageLabel: (n: number, count: number) => string
}

/** The summary's entries as blocks, in reading order: title and date, each section's heading and entries, the footer. */
function blocksOf(summary: SummaryDocument, width: number, measure: Measure): Block[] {
  const available = width - 2 * MARGIN
  const blocks: Block[] = []
  const add = (entry: string, style: TextStyle, gap: number, keepWithNext = false) => {
    const pitch = style.fontSize * style.lineHeight
    const sized = (text: string) => measure(text, style.fontSize, style.weight)
    const marker = LIST_MARKER.exec(entry)?.[0].trimEnd() ?? ''
    const hang = marker ? Math.min(sized(`${marker} `), available / 2) : 0
    const lines = wrapText(entry.slice(marker.length).trim(), available - hang, sized).map((line, index) => ({
      text: index === 0 && marker ? `${marker} ${line}`.trimEnd() : line,
      x: Math.round(MARGIN + (index === 0 ? 0 : hang)),
      dy: index * pitch,
      style
    }))
    blocks.push({ gap, height: lines.length * pitch, lines: lines.filter((line) => line.text), keepWithNext })
  }
  const entries = (text: string) => text.split('\n')

  entries(summary.title).forEach((line) => add(line, STYLES.title, 0, true))
  entries(summary.subtitle).forEach((line) => add(line, STYLES.subtitle, 0))
  for (const section of summary.sections) {
    add(section.heading, STYLES.heading, SECTION_GAP, true)
    section.lines.flatMap(entries).forEach((line, index) => {
      const gap = index > 0 ? ENTRY_GAP : 0
      if (line.trim()) add(line, STYLES.body, gap)
      else blocks.push({ gap, height: BODY_PITCH / 2, lines: [], keepWithNext: false })
    })
  }
  entries(summary.footer).forEach((line, index) => add(line, STYLES.footer, index === 0 ? SECTION_GAP : 0))
  return blocks
}

/** One picture's lines, placed from its top, and where its last one ends. */
interface Page {
  lines: PlacedLine[]
  bottom: number
}

/** Blocks that must share a picture: each block chained to the next by keepWithNext. */
function groupsOf(blocks: Block[]): Block[][] {
  const groups: Block[][] = []
  let open = false
  for (const block of blocks) {
    if (open) groups[groups.length - 1].push(block)
    else groups.push([block])
    open = block.keepWithNext
  }
  return groups
}

/** A block cut into one block per line, for the rare entry taller than a whole picture. */
const lineByLine = (block: Block): Block[] => block.lines.map((line, index) => ({
  gap: index === 0 ? block.gap : 0,
  height: line.style.fontSize * line.style.lineHeight,
  lines: [{ ...line, dy: 0 }],
  keepWithNext: false
}))

/**
 * The blocks filled into pictures no taller than `maxHeight`, each starting below `header` px: a group goes whole
 * onto the next picture when it does not fit, and only a group taller than a whole picture is broken between lines.
 */
function paginate(blocks: Block[], maxHeight: number, header: number): Page[] {
  const pages: Page[] = []
  const bottomLimit = maxHeight - MARGIN
  const newPage = () => pages.push({ lines: [], bottom: MARGIN + header })
  const heightOf = (group: Block[], first: boolean) => group.reduce((sum, block, index) => sum + (first && index === 0 ? 0 : block.gap) + block.height, 0)
  const place = (block: Block) => {
    const page = pages[pages.length - 1]
    const top = page.bottom + (page.lines.length > 0 || page.bottom > MARGIN + header ? block.gap : 0)
    for (const line of block.lines) page.lines.push({ ...line, dy: top + line.dy })
    page.bottom = top + block.height
  }
  newPage()
  for (const group of groupsOf(blocks)) {
    const page = pages[pages.length - 1]
    const empty = page.bottom === MARGIN + header
    if (page.bottom + heightOf(group, empty) <= bottomLimit) group.forEach(place)
    else if (heightOf(group, true) <= bottomLimit - MARGIN - header) {
      newPage()
      group.forEach(place)
    } else {
      for (const block of group.flatMap(lineByLine)) {
        const current = pages[pages.length - 1]
        if (current.bottom + block.gap + block.height > bottomLimit && current.bottom > MARGIN + header) newPage()
        place(block)
      }
    }
  }
  return pages
}

const itemOf = (line: PlacedLine): PictureItem => ({
  text: line.text,
  x: line.x,
  y: Math.round(line.dy + (line.style.fontSize * line.style.lineHeight) / 2),
  fontSize: line.style.fontSize,
  weight: line.style.weight,
  colour: line.style.colour
})

/**
 * The summary as pictures, every line placed: one picture when it fits `maxHeight`, else several, split between
 * entries (a heading stays with what follows it), each numbered at its top.
 */
export function layoutSummary(summary: SummaryDocument, { width = PICTURE_WIDTH, measure, maxHeight = PICTURE_MAX_HEIGHT, pageLabel }: LayoutOptions): PictureLayout[] {
  const blocks = blocksOf(summary, width, measure)
  const picture = ({ lines, bottom }: Page): PictureLayout => ({
    width, height: Math.ceil(bottom + MARGIN), background: COLOURS.background, items: lines.map(itemOf)
  })
  const whole = paginate(blocks, maxHeight, 0)
  if (whole.length === 1) return whole.map(picture)
  const labelPitch = STYLES.footer.fontSize * STYLES.footer.lineHeight
  const pages = paginate(blocks, maxHeight, labelPitch + SECTION_GAP)
  return pages.map((page, index) => {
    const label: PlacedLine = { text: pageLabel(index + 1, pages.length), x: MARGIN, dy: MARGIN, style: STYLES.footer }
    return picture({ ...page, lines: [label, ...page.lines] })
  })
}

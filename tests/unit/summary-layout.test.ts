// The summary picture's layout, with a fixed measure (a CJK character or fullwidth mark is 1 em wide, anything else
// half an em) so that every width below is exact: lines within the width, Chinese line-breaking rules, Latin words
// and numbers kept whole, no overflow from a long unbroken string, and the picture holding only the document.
import type { SummaryDocument } from '@/pages/decide/summary/document'
import { summaryText } from '@/pages/decide/summary/document'
import { PICTURE_MAX_HEIGHT, PICTURE_WIDTH, layoutSummary, wrapText, type Measure, type PictureLayout } from '@/pages/decide/summary/layout'

const FULL_WIDTH = /[\u00b7\u2010-\u206f\u2e80-\u9fff\uff00-\uffef]/u
const measure: Measure = (text, fontSize) => [...text].reduce((sum, char) => sum + (FULL_WIDTH.test(char) ? fontSize : fontSize / 2), 0)
/** At 10 px a CJK character is 10 wide: a width of 10 × n holds n of them. */
const width10 = (text: string) => measure(text, 10, 'normal')

const NO_START = [...'，。、；：？！）》」』”’…—']
const NO_END = [...'（《「『“‘']

const SENTENCE = '医生说：“移植（HSCT）前要查心、肺、肾。”您可以问：《指南》怎么说？请带上FVC、DLCO的结果和NCT04464434……都要带上！'

test('a long line wraps into lines no wider than the width, losing no character', () => {
  for (let chars = 4; chars <= 30; chars += 1) {
    const lines = wrapText(SENTENCE, chars * 10, width10)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.filter((line) => width10(line) > chars * 10)).toEqual([])
    expect(lines.join('')).toBe(SENTENCE)
  }
})

test('no line starts with a closing mark or ends with an opening one, at any width that holds a word with its marks', () => {
  // From 8 characters a line holds "NCT04464434……" (5.5 + 2).
  for (let chars = 8; chars <= 30; chars += 1) {
    for (const line of wrapText(SENTENCE, chars * 10, width10)) {
      expect([chars, line, NO_START.includes([...line][0])]).toEqual([chars, line, false])
      expect([chars, line, NO_END.includes([...line].pop() as string)]).toEqual([chars, line, false])
    }
  }
})

test('the rules hold where a plain break would break them: the mark moves down with the character before it', () => {
  // 5 characters fit; the 6th is "，", which must not start the second line.
  expect(wrapText('一二三四五，六七八', 50, width10)).toEqual(['一二三四', '五，六七八'])
  // "（" would end the first line.
  expect(wrapText('一二三四（五）六七', 50, width10)).toEqual(['一二三四', '（五）六七'])
  // Nor after a space: "紫贝壳 · 公益" keeps its separator off the start of a line.
  expect(wrapText('紫贝壳公 · 益', 50, width10)).toEqual(['紫贝壳', '公 · 益'])
})

test('where a line cannot hold a number with its marks, the number stays whole and the marks move down', () => {
  expect(wrapText('见NCT04464434……', 60, width10)).toEqual(['见', 'NCT04464434', '……'])
})

test('breaks between any two CJK characters, so a line of Chinese fills the width', () => {
  expect(wrapText('一二三四五六七八九十', 40, width10)).toEqual(['一二三四', '五六七八', '九十'])
})

test('Latin words, numbers and codes are kept whole, at spaces or beside Chinese', () => {
  const words = ['HSCT', 'FVC', 'DLCO', 'NCT04464434']
  for (let chars = 6; chars <= 30; chars += 1) {
    const lines = wrapText(SENTENCE, chars * 10, width10)
    for (const word of words) expect([chars, word, lines.some((line) => line.includes(word))]).toEqual([chars, word, true])
  }
  // 16 Latin characters to a line.
  expect(wrapText('Cyclophosphamide 800 cGy total body irradiation', 80, width10)).toEqual(['Cyclophosphamide', '800 cGy total', 'body irradiation'])
})

test('a string with no break in it still wraps at the width: nothing runs off the picture', () => {
  const code = `NCT${'0123456789'.repeat(20)}`
  const lines = wrapText(code, 120, width10)
  expect(lines.length).toBe(Math.ceil(code.length / 24))
  expect(lines.every((line) => width10(line) <= 120)).toBe(true)
  expect(lines.join('')).toBe(code)
})

/**
 * Every kind of line the clinic summary has: numbered questions, answers, key numbers with trials, blanks to fill in.
 * Made-up words (the layout does not read the content), none of them the aid's own, so that rewording the aid needs
 * no change here.
 */
const SUMMARY: SummaryDocument = {
  title: '门诊小结（示例）：一种治疗做不做',
  subtitle: '1998-12-01 · 由家人帮忙填写',
  sections: [
    {
      heading: '想问医生的问题',
      lines: [
        '1. 我能不能先转到另一家医院请专家看一次？看一次并不等于决定做。',
        '2. 我的血常规（WBC、PLT）和心电图，在医生看来属于哪种情况？',
        '10. 我还有多长时间可以考虑？'
      ]
    },
    {
      heading: '几个数字',
      lines: [
        '· 第一年因治疗本身死亡：移植组79人中8人（100人中约10人），环磷酰胺组77人中0人（ASTIS，NCT00114530）',
        '· SCOT：移植组36人中10人，环磷酰胺组39人中20人（到第54个月）'
      ]
    },
    {
      heading: '要带的检查结果',
      lines: ['皮肤评分：____', '肺功能 FVC：____%  DLCO：____%', '', '做过的治疗：________________________________________________', `登记号：NCT${'0'.repeat(60)}`]
    }
  ],
  footer: '示例小程序：和医生商量之前'
}

const pageLabel = (n: number, count: number) => `图${n}/${count}`
const pictures = (summary: SummaryDocument, options: { width?: number; maxHeight?: number } = {}): PictureLayout[] => layoutSummary(summary, { measure, pageLabel, ...options })
/** The summary as one picture, however tall (the split into several is tested below). */
const layout = (summary: SummaryDocument = SUMMARY, width?: number): PictureLayout => {
  const made = pictures(summary, { width, maxHeight: Infinity })
  expect(made).toHaveLength(1)
  return made[0]
}

test('every item lies within the picture, left and right, top and bottom', () => {
  for (const width of [PICTURE_WIDTH, 600, 480]) {
    const picture = layout(SUMMARY, width)
    expect(picture.width).toBe(width)
    for (const item of picture.items) {
      const right = item.x + measure(item.text, item.fontSize, item.weight)
      expect([width, item.text, item.x >= 0 && right <= width]).toEqual([width, item.text, true])
      expect(item.y - item.fontSize / 2).toBeGreaterThanOrEqual(0)
      expect(item.y + item.fontSize / 2).toBeLessThanOrEqual(picture.height)
    }
  }
})

test('a narrower picture has more, shorter rows, never overlapping', () => {
  const wide = layout(SUMMARY, PICTURE_WIDTH)
  const narrow = layout(SUMMARY, 480)
  expect(narrow.items.length).toBeGreaterThan(wide.items.length)
  expect(narrow.height).toBeGreaterThan(wide.height)
  for (const picture of [wide, narrow]) {
    picture.items.slice(1).forEach((item, index) => {
      const previous = picture.items[index]
      expect(item.y - item.fontSize / 2).toBeGreaterThan(previous.y + previous.fontSize / 2)
    })
  }
})

test('the picture holds the document\'s words and nothing else', () => {
  const compact = (text: string) => text.replace(/\s+/g, '')
  expect(compact(layout().items.map((item) => item.text).join(''))).toBe(compact(summaryText(SUMMARY)))
})

test('numbered items and bullets hang their wrapped lines under the text, not under the number', () => {
  const picture = layout()
  const first = picture.items.findIndex((item) => item.text.startsWith('1. '))
  const [numbered, continued] = picture.items.slice(first, first + 2)
  expect(continued.text.startsWith('2.')).toBe(false)
  expect(continued.x).toBe(numbered.x + measure('1. ', numbered.fontSize, numbered.weight))
  const bullet = picture.items.find((item) => item.text.startsWith('· 第一年'))!
  const next = picture.items[picture.items.indexOf(bullet) + 1]
  expect(next.x).toBeGreaterThan(bullet.x)
})

test('blanks to fill in keep their underscores, and a long blank wraps within the width', () => {
  const texts = layout().items.map((item) => item.text)
  expect(texts).toContain('皮肤评分：____')
  expect(texts).toContain('肺功能 FVC：____% DLCO：____%')
  expect(texts.filter((text) => text.includes('__')).length).toBeGreaterThan(3)
})

test('the height grows with the content', () => {
  const withLines = (count: number): SummaryDocument => ({
    ...SUMMARY,
    sections: [{ heading: '我想问的问题', lines: Array.from({ length: count }, (_, index) => `${index + 1}. 移植后怎样随访？由血液科还是风湿科负责？`) }]
  })
  const heights = [0, 1, 2, 5, 10].map((count) => layout(withLines(count)).height)
  heights.slice(1).forEach((height, index) => expect(height).toBeGreaterThan(heights[index]))
})

test('text reads as at least 16 pt, body text as 18 pt, when the picture fills a 375-pt phone', () => {
  const picture = layout()
  const points = (px: number) => px * 375 / PICTURE_WIDTH
  expect(Math.min(...picture.items.map((item) => points(item.fontSize)))).toBeGreaterThanOrEqual(16)
  const body = picture.items.find((item) => item.text.startsWith('皮肤评分'))!
  expect(points(body.fontSize)).toBeGreaterThanOrEqual(18)
})

describe('a summary too long for one picture', () => {
  /** 60 numbered questions of two lines each: far taller than one picture. */
  const LONG: SummaryDocument = {
    ...SUMMARY,
    sections: [
      { heading: '想问医生的问题', lines: Array.from({ length: 60 }, (_, index) => `${index + 1}. 这是一行编出来的长问题，用来把小结撑得很长，超过一张图片能放下的高度？`) },
      { heading: '几个数字', lines: ['· 第一年因治疗本身死亡：移植组79人中8人（100人中约10人）'] }
    ]
  }
  const made = pictures(LONG)

  test('is split into numbered pictures, none taller than the limit, each within its width', () => {
    expect(made.length).toBeGreaterThan(1)
    made.forEach((picture, index) => {
      expect(picture.height).toBeLessThanOrEqual(PICTURE_MAX_HEIGHT)
      expect(picture.items[0].text).toBe(pageLabel(index + 1, made.length))
      for (const item of picture.items) {
        expect(item.x + measure(item.text, item.fontSize, item.weight)).toBeLessThanOrEqual(PICTURE_WIDTH)
        expect(item.y + item.fontSize / 2).toBeLessThanOrEqual(picture.height)
      }
    })
  })

  test('loses no word and repeats none: the pictures together hold the document, in order', () => {
    const compact = (text: string) => text.replace(/\s+/g, '')
    const held = made.map((picture) => picture.items.slice(1).map((item) => item.text).join('')).join('')
    expect(compact(held)).toBe(compact(summaryText(LONG)))
  })

  test('splits between entries, never inside one, and keeps a heading with what follows it', () => {
    for (const picture of made.slice(1)) {
      const first = picture.items[1].text
      expect([first, /^(\d+\. |想问|几个|示例)/.test(first)]).toEqual([first, true])
    }
    for (const picture of made) {
      const last = picture.items[picture.items.length - 1].text
      expect(['想问医生的问题', '几个数字']).not.toContain(last)
    }
  })

  test('an entry taller than a whole picture is still split between its lines, within the limit', () => {
    const huge: SummaryDocument = { ...SUMMARY, sections: [{ heading: '很长的一段', lines: [`· ${'很长的一段话，'.repeat(900)}`] }] }
    const split = pictures(huge)
    expect(split.length).toBeGreaterThan(1)
    for (const picture of split) expect(picture.height).toBeLessThanOrEqual(PICTURE_MAX_HEIGHT)
  })
})

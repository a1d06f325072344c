// The glossary's words and the organization's own script: a glossary word that nothing in the content contains (a
// typo, a traditional character) is never marked for the reader, and a traditional character in the organization's
// own text is one a simplified-Chinese reader trips on. The conversion table is OpenCC's (the opencc-js package, a
// build-time dependency), not one typed here.
import { Converter } from 'opencc-js'
import type { ContentFileName } from '../../src/content/schema'
import { collectStrings, type Parsed, type RuleContext } from './rules'
import type { JsonPath } from './source'

/** Traditional to mainland simplified Chinese, with OpenCC's phrase tables (乾燥 → 干燥, but 乾隆 stays). */
const toSimplified = Converter({ from: 't', to: 'cn' })

/** Keys whose text is someone else's words, kept as they wrote them: sources' citations. */
const CITED = new Set(['sources', 'citation'])

/** Whether the string at `path` of `file` is the brochure's own text (word for word the brochure's, in any script). */
function isBrochureOwn(file: ContentFileName, path: JsonPath): boolean {
  const at = path.join('.')
  if (file === 'hsct.json') return at === 'title' || /^sections\.\d+\.paragraphs\.\d+$/.test(at)
  if (file === 'trials.json') return /^trials\.\d+\.brochureText\.\d+$/.test(at)
  if (file === 'corrections.json') return /^corrections\.\d+\.target$/.test(at)
  return false
}

/** What to write instead: each traditional character with its simplified one, or the whole text simplified. */
function simplifiedAdvice(text: string, simplified: string): string {
  const [from, to] = [Array.from(text), Array.from(simplified)]
  if (from.length !== to.length) return `这段文字里有繁体字：简体写作“${simplified}”`
  const pairs = new Map<string, string>()
  from.forEach((char, index) => {
    if (char !== to[index]) pairs.set(char, to[index])
  })
  return `${[...pairs].map(([traditional, simple]) => `“${traditional}”是繁体字，简体写作“${simple}”`).join('；')}：改成“${simplified}”`
}

/** A traditional character in the organization's own text (everything but the brochure's own text and citations). */
export function checkTraditional(context: RuleContext): void {
  for (const [file, data] of Object.entries(context.parsed) as [ContentFileName, unknown][]) {
    collectStrings(data, [], (path, text) => {
      if (isBrochureOwn(file, path)) return
      const simplified = toSimplified(text)
      if (simplified !== text) context.report(file, path, simplifiedAdvice(text, simplified))
    }, CITED)
  }
}

export interface UnusedWord {
  path: JsonPath
  expected: string
}

/**
 * The glossary's words (each term's `matches`, as src/content/terms.ts marks them in the pages' texts) that no other
 * content file contains: the reader never sees them marked. A warning: the word may come back with a later text.
 */
export function unusedGlossaryWords(parsed: Parsed): UnusedWord[] {
  const glossary = parsed['glossary.json']
  if (!glossary) return []
  const texts: string[] = []
  for (const [file, data] of Object.entries(parsed)) {
    if (file !== 'glossary.json') collectStrings(data, [], (_path, text) => texts.push(text), new Set())
  }
  const unused: UnusedWord[] = []
  glossary.terms.forEach((term, index) => term.matches.forEach((word, position) => {
    if (texts.some((text) => text.includes(word))) return
    unused.push({
      path: ['terms', index, 'matches', position],
      expected: `术语“${term.term}”的写法“${word}”在其他内容文件里一处也没有：页面上不会把它标出来。看看是不是写错了字（例如繁体字）或多了空格；页面上用的是别的说法时，把那个说法写进 matches`
    })
  }))
  return unused
}

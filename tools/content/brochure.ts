// The organization's 2016 brochure as the repository keeps it (brochure/brochure.txt, never edited by volunteers):
// the content check compares the brochure's own text in the content with it, and the tests take their oracle from it.
import { readFileSync } from 'fs'
import { resolve } from 'path'
import type { ContentFileName } from '../../src/content/schema'
import { closest } from './closest'
import type { RuleContext } from './rules'
import type { JsonPath } from './source'

export const BROCHURE_FILE = resolve(__dirname, '../../brochure/brochure.txt')

/** The brochure's text without markdown marks and list numbers, its lines (which break mid-sentence) joined. */
function brochureText(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/^#+ /gm, '')
    .replace(/\*\*/g, '')
    .replace(/^\s*\d\) /gm, '')
    .replace(/\s*\n\s*/g, '')
}

/** A text without whitespace, as texts are compared with the brochure. */
export const compact = (text: string) => text.replace(/\s+/g, '')

/** The brochure without markdown marks, list numbers and whitespace. */
export function compactBrochure(file = BROCHURE_FILE): string {
  return compact(brochureText(file))
}

/** A text's sentences, each ending at 。；： (the brochure's lists end their items with ；). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。；：])/).map((sentence) => sentence.replace(/[；：]$/, '')).filter((sentence) => sentence.length > 1)
}

/** Whether `text` stands word for word in the brochure (whitespace aside). */
export function isBrochureText(text: string, whole = compactBrochure()): boolean {
  return whole.includes(compact(text))
}

/** How to add to the brochure or correct it without touching its text: said wherever its text is refused. */
export const ADD_BESIDE_IT = '要更正或说明手册的某一句，在 corrections.json 的 corrections 里加一条：target 抄那一句手册原文，kind 写 correction（要写来源 sources）' +
  '或 note（说明），text 写本小程序的话，checkedAt 写核对日期；要补充手册之后的新情况，写进 since-brochure.json（试验的 entries，或 guidelines、' +
  'harms 的 entries，每条写来源 sources）。做法见 docs/editing.md 的“我想……”'

/**
 * The brochure's own text in the content (hsct.json's title and paragraphs, the trials' brochureText) must stand
 * word for word in the brochure: the pages show it as 手册原文. (A correction's target must be one of these texts,
 * which checkCorrectionTargets checks, so it is the brochure's too.)
 */
export function checkBrochureText(context: RuleContext, file = BROCHURE_FILE): void {
  const text = brochureText(file)
  const whole = compact(text)
  const sentences = sentencesOf(text)
  const check = (name: ContentFileName, path: JsonPath, value: string) => {
    if (isBrochureText(value, whole)) return
    const changed = sentencesOf(value).find((sentence) => !whole.includes(compact(sentence)))
    const near = changed && closest(changed, sentences)
    const what = changed
      ? `这一句不在机构的手册里：“${changed}”${near ? `。手册里最接近的是：“${near}”` : ''}`
      : '这一段的句子都在手册里，但顺序或分段和手册不一样'
    context.report(name, path, `${what}。手册原文必须和 brochure/brochure.txt 里机构的手册逐字相同，不能加句子，也不能改字：把它恢复原样。${ADD_BESIDE_IT}`)
  }
  const explainer = context.parsed['hsct.json']
  if (explainer) {
    check('hsct.json', ['title'], explainer.title)
    explainer.sections.forEach((section, index) => section.paragraphs.forEach((paragraph, position) => check('hsct.json', ['sections', index, 'paragraphs', position], paragraph)))
  }
  context.parsed['trials.json']?.trials.forEach((trial, index) => trial.brochureText.forEach((sentence, position) => check('trials.json', ['trials', index, 'brochureText', position], sentence)))
}

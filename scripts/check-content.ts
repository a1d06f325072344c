// `npm run content:check`: validates src/content (or the folder given as the first argument), in Chinese. Problems
// fail the check; reminders (提醒) are printed and the check still passes.
import { resolve } from 'path'
import { readabilitySummary, readingLengthSummary } from '../tools/content/readability'
import {
  contentReadability, contentReadingLength, contentReport, formatProblem, staleContent, staleStatusRecords, statusRereadWarnings, unusedTermWarnings,
  validateContent, type ContentProblem
} from '../tools/content/validate'

const dir = resolve(process.argv[2] ?? 'src/content')
const problems = validateContent(dir)
if (problems.length > 0) {
  console.error(contentReport(problems))
  process.exit(1)
}

function remind(heading: string, entries: ContentProblem[]): void {
  if (entries.length === 0) return
  console.warn(`提醒：${heading}（检查仍然通过）。\n`)
  for (const entry of entries) console.warn(`${formatProblem(entry)}\n`)
}

const stale = staleContent(dir)
remind(`有 ${stale.length} 处内容超过 12 个月没有核对`, stale)
const oldRecords = staleStatusRecords(dir)
remind(`有 ${oldRecords.length} 个试验状态读自超过 12 个月的记录`, oldRecords)
const reread = statusRereadWarnings(dir)
remind(`有 ${reread.length} 项试验的状态比讲到它的其他文字新，请重读那些文字`, reread)
const unusedTerms = unusedTermWarnings(dir)
remind(`术语表里有 ${unusedTerms.length} 个写法在其他内容里一处也没有`, unusedTerms)
const figures = contentReadability(dir)
if (figures) console.log(readabilitySummary(figures))
const length = contentReadingLength(dir)
if (length !== undefined) console.log(readingLengthSummary(length))
console.log(`内容检查通过：${dir}`)

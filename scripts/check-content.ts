// `npm run content:check`: validates src/content (or the folder given as the first argument), in Chinese.
import { resolve } from 'path'
import { readabilitySummary, readingLengthSummary } from '../tools/content/readability'
import { contentReadability, contentReadingLength, contentReport, formatProblem, staleContent, staleStatusRecords, validateContent } from '../tools/content/validate'

const dir = resolve(process.argv[2] ?? 'src/content')
const problems = validateContent(dir)
if (problems.length > 0) {
  console.error(contentReport(problems))
  process.exit(1)
}
const stale = staleContent(dir)
if (stale.length > 0) {
  console.warn(`提醒：有 ${stale.length} 处内容超过 12 个月没有核对（检查仍然通过）。\n`)
  for (const entry of stale) console.warn(`${formatProblem(entry)}\n`)
}
const oldRecords = staleStatusRecords(dir)
if (oldRecords.length > 0) {
  console.warn(`提醒：有 ${oldRecords.length} 个试验状态读自超过 12 个月的记录（检查仍然通过）。\n`)
  for (const entry of oldRecords) console.warn(`${formatProblem(entry)}\n`)
}
const figures = contentReadability(dir)
if (figures) console.log(readabilitySummary(figures))
const length = contentReadingLength(dir)
if (length !== undefined) console.log(readingLengthSummary(length))
console.log(`内容检查通过：${dir}`)

// `npm run content:check`: validates src/content (or the folder given as the first argument).
import { resolve } from 'path'
import { formatProblem, staleContent, staleStatusRecords, validateContent } from '../tools/content/validate'

const dir = resolve(process.argv[2] ?? 'src/content')
const problems = validateContent(dir)
if (problems.length > 0) {
  console.error(`Content check failed (${problems.length} problem(s)):`)
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`)
  process.exit(1)
}
for (const entry of staleContent(dir)) {
  console.warn(`Warning: ${entry.file}: ${entry.path}: last checked ${entry.checkedAt}, more than 12 months ago; check it against its sources again`)
}
for (const record of staleStatusRecords(dir)) {
  console.warn(`Warning: ${record.file}: ${record.path}: the status was read from a record of ${record.recordDate}, more than 12 months ago; the pages no longer call it today's (现在): read a newer record`)
}
console.log(`Content check passed: ${dir}`)

// The lowest base library is written in two places, the admin's checklist (which she copies into the admin console)
// and project.config.json's libVersion (which DevTools and the compiled package's project.config.json use); they must
// agree, and never fall below what the code needs.
import { readFileSync, readdirSync } from 'fs'
import path from 'path'
import { ROOT } from '../../tools/build'

const checklist = readFileSync(path.join(ROOT, 'docs/release-checklist.md'), 'utf8')
const projectConfig = JSON.parse(readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')) as { libVersion?: string }

/** The version the checklist's section on the lowest base library tells the admin to set. */
function checklistMinimum(): string | undefined {
  const section = checklist.split(/^## /m).find((part) => part.includes('基础库最低版本'))
  return /\*\*设为 (\d+\.\d+\.\d+)\*\*/.exec(section ?? '')?.[1]
}

const asNumbers = (version: string) => version.split('.').map(Number)
const atLeast = (version: string, minimum: string) => {
  const [a, b] = [asNumbers(version), asNumbers(minimum)]
  const differs = a.findIndex((part, index) => part !== b[index])
  return differs < 0 || a[differs] > b[differs]
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name)
    return item.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(item.name) ? [full] : []
  })
}

test('the checklist and project.config.json name the same lowest base library', () => {
  expect(checklistMinimum()).toMatch(/^\d+\.\d+\.\d+$/)
  expect(projectConfig.libVersion).toBe(checklistMinimum())
})

test('while the code asks for words in the editable dialog, the lowest base library is at least 2.17.1, where it came', () => {
  const usesEditableDialog = sourceFiles(path.join(ROOT, 'src')).some((file) => /editable:\s*true/.test(readFileSync(file, 'utf8')))
  if (usesEditableDialog) expect(atLeast(checklistMinimum() ?? '0.0.0', '2.17.1')).toBe(true)
})

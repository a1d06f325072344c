// The lowest base library is written in two places, the admin's checklist (which she copies into the admin console)
// and project.config.json's libVersion (which DevTools and the compiled package's project.config.json use); they must
// agree, and never fall below what a feature the code uses without a fallback needs.
import { readFileSync, readdirSync } from 'fs'
import path from 'path'
import { ROOT } from '../../tools/build'

const checklist = readFileSync(path.join(ROOT, 'docs/release-checklist.md'), 'utf8')
const projectConfig = JSON.parse(readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')) as { libVersion?: string }

/**
 * Features the code uses with no canIUse check and no fallback, the base library each needs, and how to find it in
 * src/. Guarded calls (showShareImageMenu, getAppAuthorizeSetting, openAppAuthorizeSetting, getUpdateManager,
 * getWindowInfo, getAppBaseInfo, openOfficialAccountProfile) are not here: an older library takes their fallback.
 */
const UNGUARDED_FEATURES: { feature: string; minimum: string; usedIn: RegExp }[] = [
  // developers.weixin.qq.com/miniprogram/dev/framework/ability/darkmode.html: "小程序也从基础库 v2.11.0 … 开始"
  { feature: 'darkmode', minimum: '2.11.0', usedIn: /darkmode:\s*true/ },
  // developers.weixin.qq.com/miniprogram/dev/component/canvas.html: type "2d (2.9.0)"
  { feature: 'canvas type="2d"', minimum: '2.9.0', usedIn: /type=['"]2d['"]/ },
  // /work/shared/notes/accessibility.md (WeChat's accessibility docs): ARIA attributes since 2.7.1
  { feature: 'aria-*', minimum: '2.7.1', usedIn: /['"]aria-[a-z]+['"]|\baria-[a-z]+=/ },
  // /work/shared/notes/platform.md (WeChat's official-account docs): base library 2.3.0+
  { feature: 'official-account', minimum: '2.3.0', usedIn: /<OfficialAccount\b/ },
  // developers.weixin.qq.com/miniprogram/dev/component/textarea.html: value, placeholder, maxlength, auto-height 1.0.0
  { feature: 'textarea', minimum: '1.0.0', usedIn: /<Textarea\b/ }
]

/** The version the checklist's section on the lowest base library tells the admin to set. */
function checklistMinimum(): string | undefined {
  return /\*\*设为 (\d+\.\d+\.\d+)\*\*/.exec(checklistSection() ?? '')?.[1]
}
const checklistSection = () => checklist.split(/^## /m).find((part) => part.includes('基础库最低版本'))

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
const source = sourceFiles(path.join(ROOT, 'src')).map((file) => readFileSync(file, 'utf8')).join('\n')
const used = UNGUARDED_FEATURES.filter(({ usedIn }) => usedIn.test(source))
/** The feature that sets the lowest base library: the highest minimum among those the code uses. */
const highest = used.reduce((top, row) => (atLeast(top.minimum, row.minimum) ? top : row))

test('the checklist and project.config.json name the same lowest base library', () => {
  expect(checklistMinimum()).toMatch(/^\d+\.\d+\.\d+$/)
  expect(projectConfig.libVersion).toBe(checklistMinimum())
})

test('the lowest base library is the one the most demanding unguarded feature needs, and the checklist names it', () => {
  expect(used.length).toBeGreaterThan(0)
  for (const { feature, minimum } of used) expect({ feature, enough: atLeast(checklistMinimum() ?? '0.0.0', minimum) }).toEqual({ feature, enough: true })
  expect(checklistMinimum()).toBe(highest.minimum)
  expect(checklistSection()).toContain(highest.feature)
})

test('while the code asks for words in the editable dialog, the lowest base library is at least 2.17.1, where it came', () => {
  // developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showModal.html: editable 2.17.1
  if (/editable:\s*true/.test(source)) expect(atLeast(checklistMinimum() ?? '0.0.0', '2.17.1')).toBe(true)
})

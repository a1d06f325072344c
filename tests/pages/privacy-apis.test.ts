// The privacy guide must declare every privacy interface the package calls (WeChat disables an undeclared one), and
// readers must learn of the same permissions on the about page: both are checked against the compiled package, so
// that neither document can drift from the code.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { about } from '@/content/about'
import { decisionAid } from '@/content/decide'
import { STORED_KEYS } from '@/platform/storedKeys'
import { ROOT } from '../../tools/build'
import { CHECKLIST, KEPT_ON_PHONE, PRIVACY_TABLE, checklistLines, checklistSection, privacyEntriesIn } from '../../scripts/privacy-apis'
import { compact } from '../support/content'
import { distDir, launchApp, openPage } from '../support/miniprogram'

const found = privacyEntriesIn(distDir())
const entryFor = (call: string) => PRIVACY_TABLE.find((entry) => entry.calls?.includes(call))

test('the release checklist lists exactly the guide entries the compiled package needs (npm run privacy:apis -- --write)', () => {
  expect(checklistSection(readFileSync(CHECKLIST, 'utf8'))).toBe(checklistLines(found))
})

test('the package needs the clipboard (every copy button) and the album, write only (the summary picture)', () => {
  expect(found.map(({ entry }) => entry)).toEqual(expect.arrayContaining([entryFor('setClipboardData'), entryFor('saveImageToPhotosAlbum')]))
})

/** The about page's privacy section as the compiled page renders it. */
async function privacySection(): Promise<string> {
  launchApp()
  const page = await openPage('pages/about/index')
  const privacy = about.principles.find((principle) => principle.id === 'privacy')
  const section = page.all('section').find((element) => element.textContent?.trim().startsWith(privacy?.heading ?? '-'))
  return compact(section?.textContent ?? '')
}

test('the about page\'s privacy section names every permission the package asks for', async () => {
  const text = await privacySection()
  for (const { entry } of found) expect(text).toContain(entry.reader)
})

test('the about page\'s privacy section and the checklist name everything kept on the phone, with the limits of her own words', async () => {
  const text = await privacySection()
  const checklist = readFileSync(CHECKLIST, 'utf8')
  for (const key of STORED_KEYS) {
    expect(text).toContain(KEPT_ON_PHONE[key])
    expect(checklist).toContain(KEPT_ON_PHONE[key])
  }
  expect(text).toContain(`${decisionAid.values.other.limit}个字`)
  expect(text).toContain(`${decisionAid.questions.summary.checklist.limit}个字`)
})

/** Source files under src/ (not content). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name)
    return item.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(item.name) ? [full] : []
  })
}

test('only src/platform/storage.ts touches the phone\'s storage, so its list of keys is everything kept', () => {
  const storage = path.join(ROOT, 'src/platform/storage.ts')
  const others = sourceFiles(path.join(ROOT, 'src')).filter((file) => file !== storage && /\b(get|set|remove|clear)Storage(Sync|InfoSync)?\b|batch(Get|Set)Storage/.test(readFileSync(file, 'utf8')))
  expect(others).toEqual([])
})

test('the scan finds a privacy call a new feature would add, and not the names in Taro\'s list of APIs', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'privacy-'))
  writeFileSync(path.join(dist, 'taro.js'), 'const apis=["getLocation","chooseImage","setClipboardData"];')
  writeFileSync(path.join(dist, 'page.js'), 'async function where(){return await n().getLocation({type:"wgs84"})}')
  writeFileSync(path.join(dist, 'base.wxml'), '<template name="tmpl_0_camera"><camera id="{{i.uid}}"></camera></template>')
  const entries = privacyEntriesIn(dist)
  expect(entries.map(({ entry, uses, files }) => ({ entry, uses, files }))).toEqual([
    { entry: entryFor('getLocation'), uses: ['wx.getLocation'], files: ['page.js'] },
    { entry: entryFor('createCameraContext'), uses: ['<camera>'], files: ['base.wxml'] }
  ])
})

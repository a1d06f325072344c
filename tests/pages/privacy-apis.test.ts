// The privacy guide must declare every privacy interface the package calls (WeChat disables an undeclared one), and
// readers must learn of the same permissions on the about page: both are checked against the compiled package, so
// that neither document can drift from the code.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { about } from '@/content/about'
import { CHECKLIST, PRIVACY_TABLE, checklistLines, checklistSection, privacyEntriesIn } from '../../scripts/privacy-apis'
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

test('the about page\'s privacy section names every permission the package asks for', async () => {
  launchApp()
  const page = await openPage('pages/about/index')
  const privacy = about.principles.find((principle) => principle.id === 'privacy')
  const section = page.all('section').find((element) => element.textContent?.trim().startsWith(privacy?.heading ?? '-'))
  const text = compact(section?.textContent ?? '')
  for (const { entry } of found) expect(text).toContain(entry.reader)
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

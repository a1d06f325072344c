// npm run preview, as a volunteer uses it: on a copy of the project (so that the edits below touch no real file), it
// serves the content, refuses a broken edit in the terminal and on the open page while the page keeps the last good
// content, and serves the edit once it is fixed. Its form editor saves an edit to the file, which the preview then
// shows, and refuses a broken value beside its field.
import { spawn, type ChildProcess } from 'child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { contentFiles } from '../../src/content/schema'
import { ROOT } from '../../tools/build'
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser/config'

/** What a Taro build and `tsx scripts/preview.ts` need of the project. */
const PROJECT_PARTS = ['src', 'brochure', 'config', 'tools', 'scripts', 'types', 'babel.config.js', 'tsconfig.json', 'package.json', 'project.config.json', '.env', '.env.production']
const project = mkdtempSync(path.join(tmpdir(), 'preview-'))
const contentFile = (name: string) => path.join(project, 'src/content', name)
const readJson = (name: string) => JSON.parse(readFileSync(contentFile(name), 'utf8'))
const writeJson = (name: string, value: unknown) => writeFileSync(contentFile(name), `${JSON.stringify(value, null, 2)}\n`)

/** A number no content holds: the edit the issue names is a new office phone. */
const NEW_PHONE = '010-19980101'

let preview: ChildProcess
let output = ''
let browser: Browser
let page: Page

/** A build takes 20–60 s, over 3 minutes on a loaded machine: waiting longer than this for a line means it will not come. */
const PATIENCE_MS = 300000

/** Resolves once the preview has printed `pattern` `times` times in all; rejects with its output otherwise. */
function printed(pattern: RegExp, times = 1): Promise<void> {
  const count = () => output.split(pattern).length - 1
  const started = Date.now()
  const failure = () => {
    if (preview.exitCode !== null) return `the preview exited (${preview.exitCode})`
    if (Date.now() - started > PATIENCE_MS) return `no ${pattern} after ${PATIENCE_MS / 1000} s`
  }
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (count() >= times) resolve()
      else if (failure()) reject(new Error(`${failure()}; it printed:\n${output}`))
      else return
      clearInterval(poll)
    }, 100)
  })
}

const UPDATED = /已更新/

beforeAll(async () => {
  for (const part of PROJECT_PARTS) cpSync(path.join(ROOT, part), path.join(project, part), { recursive: true })
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir')
  // Its own process group, so that afterAll ends the preview and the build it may be running, and nothing else.
  preview = spawn(path.join(project, 'node_modules/.bin/tsx'), ['scripts/preview.ts', '--port', '0'], { cwd: project, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  preview.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  preview.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
  page = await browser.newPage()
}, 30000)

afterAll(async () => {
  if (preview?.pid && preview.exitCode === null) process.kill(-preview.pid, 'SIGTERM')
  await browser?.close()
  rmSync(project, { recursive: true, force: true })
})

test('serves the content, shows a failed check in the terminal and on the page without serving it, then serves the fix', async () => {
  await printed(UPDATED)
  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0]
  expect(url).toBeDefined()
  const { lead } = readJson('hsct.json')
  await page.goto(`${url}#/pages/index/index`)
  await page.getByText(lead).waitFor()

  // The edit the issue names: an icon array that disagrees with its number, saved with a new lead on the home page.
  const newLead = `${lead}（预览测试的新句子）`
  writeJson('hsct.json', { ...readJson('hsct.json'), lead: newLead })
  const aid = readJson('decide.json')
  const goodMarks = aid.keyPoints.pictures[0].marked.transplant
  aid.keyPoints.pictures[0].marked.transplant = goodMarks + 1
  writeJson('decide.json', aid)

  await printed(/内容检查没有通过/)
  // The content check's own words for it: where it is, and the number to write instead.
  const problem = `改成 ${goodMarks}`
  expect(output).toContain(problem)
  expect(output).toMatch(/decide\.json 第 \d+ 行/)
  // The open page reloads by itself and shows the message over the last content that passed.
  await page.locator('#preview-problem', { hasText: problem }).waitFor()
  // The panel is in the served HTML; the app renders the last good content under it a moment later.
  await page.getByText(lead, { exact: true }).waitFor()
  expect(await page.getByText(lead, { exact: true }).count()).toBe(1)
  expect(await page.getByText(newLead).count()).toBe(0)

  aid.keyPoints.pictures[0].marked.transplant = goodMarks
  writeJson('decide.json', aid)
  await printed(UPDATED, 2)
  await page.getByText(newLead).waitFor()
  expect(await page.locator('#preview-problem').count()).toBe(0)
}, 4 * PATIENCE_MS)

test('the editor saves a new office phone to the file, which the contact page then shows; a broken value is refused beside its field', async () => {
  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0]
  const editorUrl = /http:\/\/127\.0\.0\.1:\d+\/edit\//.exec(output)?.[0]
  expect(editorUrl).toBeDefined()
  const contacts: Array<{ action: string; value: string }> = readJson('organization.json').contacts
  const index = contacts.findIndex((contact) => contact.action === 'call')
  const before = readFileSync(contentFile('organization.json'), 'utf8')
  const updates = output.split(UPDATED).length - 1

  const editor = await browser.newPage({ viewport: { width: 1300, height: 900 } })
  await editor.goto(`${editorUrl}?file=organization.json`)
  const phone = editor.locator(`#root_contacts_${index}_value`)
  await phone.fill(NEW_PHONE)
  const save = editor.getByRole('button', { name: '保存 organization.json' })
  await save.click()
  await editor.getByText('已保存').waitFor()
  // Only the number changed, in the file's own formatting.
  expect(readFileSync(contentFile('organization.json'), 'utf8')).toBe(before.replace(`"${contacts[index].value}"`, `"${NEW_PHONE}"`))
  await printed(UPDATED, updates + 1)
  // A fresh load in a page of its own (as tests/support/browser does): the page already open reloads itself after the
  // rebuild, and a navigation of ours would race with it.
  const contactPage = await browser.newPage()
  await contactPage.goto(`${url}#/pages/contact/index`, { waitUntil: 'load' })
  await contactPage.getByText(NEW_PHONE).first().waitFor({ timeout: PATIENCE_MS })
  await contactPage.close()

  const saved = readFileSync(contentFile('organization.json'), 'utf8')
  await phone.fill('')
  await save.click()
  await editor.locator(`#root_contacts_${index}_value__error`, { hasText: '不能空着' }).waitFor()
  await editor.getByText('没有保存，文件没有改动').waitFor()
  expect(readFileSync(contentFile('organization.json'), 'utf8')).toBe(saved)
}, 2 * PATIENCE_MS)

test('saving any content file unchanged from its form leaves the file exactly as it was', async () => {
  const editorUrl = /http:\/\/127\.0\.0\.1:\d+\/edit\//.exec(output)?.[0]
  const editor = await browser.newPage({ viewport: { width: 1300, height: 900 } })
  for (const name of Object.keys(contentFiles)) {
    const before = readFileSync(contentFile(name), 'utf8')
    await editor.goto(`${editorUrl}?file=${name}`)
    await editor.getByRole('button', { name: `保存 ${name}` }).click()
    await editor.locator('.saved').waitFor()
    expect(readFileSync(contentFile(name), 'utf8')).toBe(before)
  }
}, PATIENCE_MS)

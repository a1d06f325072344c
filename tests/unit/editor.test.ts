// The preview's form editor on the server side: what a save writes (the file's own formatting), what it refuses
// (a value the content check rejects, the brochure's own text), and the editing code that --lan requires.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'fs'
import { request } from 'http'
import { tmpdir } from 'os'
import path from 'path'
import { organization } from '@/content'
import { contentFiles } from '@/content/schema'
import { rewriteJson } from '../../tools/editor/json-text'
import { CODE_HEADER, createEditor, EDITOR_PATH, type EditorFile } from '../../tools/editor/server'
import { saveContentFile } from '../../tools/editor/save'
import { startPreviewServer, type PreviewServer } from '../../tools/preview-server'

const SOURCE = path.resolve(__dirname, '../../src/content')
/** A number no content holds: the edit the issue names is a new office phone. */
const NEW_PHONE = '010-19980101'
const phoneIndex = organization.contacts.findIndex((contact) => contact.action === 'call')
const withPhone = (value: string) => ({
  ...organization,
  contacts: organization.contacts.map((contact, index) => (index === phoneIndex ? { ...contact, value } : contact))
})

let dir: string
const text = (name: string) => readFileSync(path.join(dir, name), 'utf8')
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'editor-'))
  cpSync(SOURCE, dir, { recursive: true })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

test('a changed value is written in place: every other line of the file stays as it was', () => {
  const before = readFileSync(path.join(SOURCE, 'organization.json'), 'utf8')
  const after = rewriteJson(before, withPhone(NEW_PHONE))
  const changed = after.split('\n').filter((line, index) => line !== before.split('\n')[index])
  expect(changed).toHaveLength(1)
  expect(changed[0]).toContain(`"${NEW_PHONE}"`)
  expect(after.endsWith('}\n')).toBe(true)
  // Chinese stays readable, not \u escapes; Windows line ends stay Windows line ends.
  expect(rewriteJson(before, { ...organization, slogan: '一九九八' })).toContain('"slogan": "一九九八"')
  expect(rewriteJson(before.replace(/\n/g, '\r\n'), withPhone(NEW_PHONE))).toBe(after.replace(/\n/g, '\r\n'))
})

test.each(Object.keys(contentFiles))('%s with the same data, its keys in another order (as a form writes them), is written unchanged', (name) => {
  const reversed = (value: unknown): unknown => Array.isArray(value)
    ? value.map(reversed)
    : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversed(item)])) : value
  const file = readFileSync(path.join(SOURCE, name), 'utf8')
  expect(rewriteJson(file, reversed(JSON.parse(file)))).toBe(file)
})

test('an added list item and a new field are written with 2-space indent, and the result is the data', () => {
  const data = { ...organization, contacts: [...organization.contacts, { id: 'fax', label: '传真', value: NEW_PHONE, action: 'copy' }] }
  const after = rewriteJson(readFileSync(path.join(SOURCE, 'organization.json'), 'utf8'), data)
  expect(JSON.parse(after)).toEqual(data)
  expect(after).toContain('\n      "id": "fax",\n')
})

test('a save that passes the check writes the file; a broken value is refused with the check\'s message at its path', () => {
  expect(saveContentFile(dir, 'organization.json', withPhone(NEW_PHONE))).toEqual({ saved: true })
  expect(JSON.parse(text('organization.json')).contacts[phoneIndex].value).toBe(NEW_PHONE)

  const saved = text('organization.json')
  const result = saveContentFile(dir, 'organization.json', withPhone(''))
  expect(result.saved).toBe(false)
  expect(!result.saved && result.problems).toEqual([expect.objectContaining({
    file: 'organization.json',
    path: `contacts[${phoneIndex}].value`,
    expected: expect.stringContaining('不能空着')
  })])
  expect(text('organization.json')).toBe(saved)
})

test('a rule between files blocks the save too: a correction whose sentence is not the brochure\'s', () => {
  const corrections = JSON.parse(text('corrections.json'))
  const before = text('corrections.json')
  corrections.corrections[0].target = `${corrections.corrections[0].target}一九九八`
  const result = saveContentFile(dir, 'corrections.json', corrections)
  expect(!result.saved && result.problems.map((problem) => problem.path)).toEqual(['corrections[0].target'])
  expect(text('corrections.json')).toBe(before)
})

test('the brochure\'s own text is refused, with the way to add a correction instead', () => {
  const explainer = JSON.parse(text('hsct.json'))
  const before = text('hsct.json')
  explainer.sections[0].paragraphs[0] += '一九九八年的新句子。'
  const result = saveContentFile(dir, 'hsct.json', explainer)
  expect(!result.saved && result.problems).toEqual([expect.objectContaining({ path: 'sections[0].paragraphs', expected: expect.stringContaining('corrections.json') })])
  expect(text('hsct.json')).toBe(before)
  // The app's own heading beside it is editable.
  explainer.sections[0].paragraphs = JSON.parse(before).sections[0].paragraphs
  explainer.sections[0].heading = '一九九八'
  expect(saveContentFile(dir, 'hsct.json', explainer)).toEqual({ saved: true })
})

describe('the editor behind the preview server', () => {
  let server: PreviewServer
  let code: string | undefined
  const logged: string[] = []
  beforeEach(async () => {
    const editor = createEditor({ contentDir: dir, lan: true, log: (line) => logged.push(line) })
    code = editor.code()
    server = await startPreviewServer(0, '127.0.0.1', editor)
  })
  afterEach(() => server.close())

  const save = (headers: Record<string, string>, data: unknown = withPhone(NEW_PHONE)) => fetch(new URL(`${EDITOR_PATH}api/save`, server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ file: 'organization.json', data })
  })

  test('lists a form for every content file, labelled by the schema\'s Chinese names, the brochure read-only', async () => {
    const response = await fetch(new URL(`${EDITOR_PATH}api/files`, server.url))
    const { needsCode, files } = await response.json() as { needsCode: boolean; files: EditorFile[] }
    expect(needsCode).toBe(true)
    expect(files.map((file) => file.name)).toEqual(Object.keys(contentFiles))
    const contact = (files.find((file) => file.name === 'organization.json')!.schema as { properties: { contacts: { items: { properties: Record<string, { title: string; description?: string }> } } } })
      .properties.contacts.items.properties
    const described = contentFiles['organization.json'].shape.contacts.element.shape.value.description!
    expect(`${contact.value.title}：${contact.value.description}`).toBe(described)
    expect(files.find((file) => file.name === 'hsct.json')!.uiSchema).toMatchObject({ title: { 'ui:readonly': true }, sections: { items: { paragraphs: { 'ui:readonly': true } } } })
  })

  test('with --lan, a save without the editing code, or with a wrong one, is refused and the file is unchanged', async () => {
    expect(code).toMatch(/^\d{6}$/)
    const before = text('organization.json')
    const refused = await save({})
    expect(refused.status).toBe(403)
    expect((await refused.json()).message).toContain('编辑码')
    expect((await save({ [CODE_HEADER]: code === '000000' ? '111111' : '000000' })).status).toBe(403)
    expect(text('organization.json')).toBe(before)

    const accepted = await save({ [CODE_HEADER]: code! })
    expect(accepted.status).toBe(200)
    expect(JSON.parse(text('organization.json')).contacts[phoneIndex].value).toBe(NEW_PHONE)
  })

  test('a page of another site cannot save, even with the code', async () => {
    const before = text('organization.json')
    expect((await save({ [CODE_HEADER]: code!, Origin: 'http://example.org' })).status).toBe(403)
    expect(text('organization.json')).toBe(before)
  })

  test('wrong codes soon replace the code with a new one, printed in the terminal', async () => {
    const first = code
    for (let attempt = 0; attempt < 5; attempt += 1) await save({ [CODE_HEADER]: 'wrong' })
    expect(logged.join('\n')).toContain('新的编辑码')
    expect((await save({ [CODE_HEADER]: first! })).status).toBe(403)
  })
})

test('without --lan, a save needs no code but must come through this computer\'s own address', async () => {
  const server = await startPreviewServer(0, '127.0.0.1', createEditor({ contentDir: dir, lan: false, log: () => undefined }))
  const before = text('organization.json')
  const status = (host: string) => new Promise<number | undefined>((resolve, reject) => {
    const body = JSON.stringify({ file: 'organization.json', data: withPhone(NEW_PHONE) })
    request(new URL(`${EDITOR_PATH}api/save`, server.url), { method: 'POST', headers: { Host: host, 'Content-Type': 'application/json' } }, (response) => {
      response.resume()
      resolve(response.statusCode)
    }).on('error', reject).end(body)
  })
  try {
    expect(await status('example.org')).toBe(403)
    expect(text('organization.json')).toBe(before)
    expect(await status(`127.0.0.1:${server.port}`)).toBe(200)
    expect(JSON.parse(text('organization.json')).contacts[phoneIndex].value).toBe(NEW_PHONE)
  } finally {
    await server.close()
  }
})

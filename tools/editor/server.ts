// The form editor of `npm run preview`, under /edit/: one form per content file (every file of `contentFiles`,
// so a new file appears without a change here), generated from the JSON Schemas of tools/content/json-schema.ts.
// Saving goes through save.ts. With --lan, other machines can reach it: then every save must carry the editing code
// printed in the terminal; a browser page of another site may never save (its Origin differs).
import { randomInt } from 'crypto'
import { readFileSync } from 'fs'
import type { IncomingMessage, ServerResponse } from 'http'
import path from 'path'
import { contentFiles, type ContentFileName } from '../../src/content/schema'
import { jsonSchemaText } from '../content/json-schema'
import { bundleEditor } from './bundle'
import { EDITOR_PAGE } from './page'
import { uiSchemaFor } from './read-only'
import { isContentFile, saveContentFile, UNREADABLE, type SaveResult } from './save'

export const EDITOR_PATH = '/edit/'
export const CODE_HEADER = 'x-edit-code'
/** Wrong codes before the code is replaced by a new one (printed again): guessing 6 digits takes far longer. */
const ATTEMPTS_PER_CODE = 5
const MAX_BODY = 10 * 1024 * 1024

/** What the editor's page loads: each file's form and the data it starts from. */
export interface EditorFile {
  name: ContentFileName
  schema: Record<string, unknown>
  uiSchema: Record<string, unknown>
  /** The file's data, or why it cannot be shown. */
  data?: unknown
  unreadable?: string
}

export interface EditorOptions {
  contentDir: string
  /** Reachable from other machines (--lan): saves need the code. */
  lan: boolean
  /** Prints a line in the terminal (the code, saves). */
  log(message: string): void
}

export interface Editor {
  /** Answers a request under EDITOR_PATH. */
  handle(request: IncomingMessage, response: ServerResponse): void
  /** The code saves must carry (with --lan only). */
  code(): string | undefined
}

/** JSON Schema descriptions are "名字：说明" (src/content/schema.ts): the name is the field's label, the rest its help. */
function labelled(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(labelled)
  if (node === null || typeof node !== 'object') return node
  const result: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'enum' ? value : labelled(value)]))
  if (typeof result.description === 'string') {
    const [name, ...help] = result.description.split('：')
    result.title = name
    if (help.length > 0) result.description = help.join('：')
    else delete result.description
  }
  return result
}

/** A correction names a sentence of the brochure: chosen from them, never typed (the brochure's text stays as it is). */
function withBrochureChoices(schema: Record<string, unknown>, contentDir: string): Record<string, unknown> {
  const read = (name: string) => JSON.parse(readFileSync(path.join(contentDir, name), 'utf8'))
  try {
    const sentences = [
      ...read('hsct.json').sections.flatMap((section: { paragraphs: string[] }) => section.paragraphs),
      ...read('trials.json').trials.flatMap((trial: { brochureText: string[] }) => trial.brochureText)
    ]
    const target = (schema as { properties: { corrections: { items: { properties: { target: Record<string, unknown> } } } } })
      .properties.corrections.items.properties.target
    target.enum = sentences
  } catch {
    // While hsct.json or trials.json do not parse, the target stays a text field; the check still names a wrong one.
  }
  return schema
}

function editorFile(contentDir: string, name: ContentFileName): EditorFile {
  const generated = labelled(JSON.parse(jsonSchemaText(contentFiles[name], name))) as Record<string, unknown>
  const schema = name === 'corrections.json' ? withBrochureChoices(generated, contentDir) : generated
  const file: EditorFile = { name, schema, uiSchema: uiSchemaFor(name) }
  try {
    file.data = JSON.parse(readFileSync(path.join(contentDir, name), 'utf8').replace(/^\uFEFF/, ''))
  } catch {
    file.unreadable = UNREADABLE
  }
  return file
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(JSON.stringify(value))
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) request.destroy(new Error('too large'))
      else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

const newCode = () => String(randomInt(0, 1000000)).padStart(6, '0')

export function createEditor({ contentDir, lan, log }: EditorOptions): Editor {
  let code = lan ? newCode() : undefined
  let wrongAttempts = 0
  let script: Promise<string> | undefined

  /** Why a save may not go ahead, or undefined. */
  function refusal(request: IncomingMessage): { status: number; message: string } | undefined {
    const { origin, host } = request.headers
    if (origin !== undefined && origin !== `http://${host}`) return { status: 403, message: '只能在编辑器自己的网页上保存。' }
    // Without --lan, only this computer's own address (a site whose name points here cannot pass as the editor).
    if (!lan && !/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host ?? '')) return { status: 403, message: '只能在这台电脑上保存：地址要用 127.0.0.1。' }
    if (!String(request.headers['content-type']).startsWith('application/json')) return { status: 415, message: '保存的内容要以 JSON 发送。' }
    if (code === undefined || request.headers[CODE_HEADER] === code) return undefined
    wrongAttempts += 1
    if (wrongAttempts >= ATTEMPTS_PER_CODE) {
      code = newCode()
      wrongAttempts = 0
      log(`编辑码输错了 ${ATTEMPTS_PER_CODE} 次，已经换成新的编辑码：${code}`)
    }
    return { status: 403, message: '需要编辑码：请输入运行 npm run preview 的终端里显示的 6 位编辑码。' }
  }

  async function save(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const refused = refusal(request)
    if (refused) return sendJson(response, refused.status, { saved: false, needsCode: refused.status === 403 && code !== undefined, message: refused.message })
    let body: { file?: unknown; data?: unknown }
    try {
      body = JSON.parse(await readBody(request))
    } catch {
      return sendJson(response, 400, { saved: false, message: '收到的内容不完整，没有保存：请再点一次“保存”。' })
    }
    const name = String(body.file)
    if (!isContentFile(name)) return sendJson(response, 404, { saved: false, message: `没有叫 ${name} 的内容文件。` })
    const result: SaveResult = saveContentFile(contentDir, name, body.data)
    log(result.saved ? `编辑器保存了 ${name}。` : `编辑器没有保存 ${name}：内容检查发现 ${result.problems.length} 处要改（已显示在编辑器里）。`)
    sendJson(response, result.saved ? 200 : 422, result)
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const urlPath = (request.url ?? '/').split('?')[0]
    if (urlPath === '/edit' || urlPath === EDITOR_PATH) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
      response.end(EDITOR_PAGE)
    } else if (urlPath === `${EDITOR_PATH}editor.js`) {
      script ??= bundleEditor()
      script.then(
        (text) => {
          response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' })
          response.end(text)
        },
        (error: Error) => {
          script = undefined
          response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
          response.end(`编辑器的网页代码没能打包：${error.message}`)
        }
      )
    } else if (urlPath === `${EDITOR_PATH}api/files` && request.method === 'GET') {
      const names = Object.keys(contentFiles) as ContentFileName[]
      sendJson(response, 200, { needsCode: code !== undefined, files: names.map((name) => editorFile(contentDir, name)) })
    } else if (urlPath === `${EDITOR_PATH}api/save` && request.method === 'POST') {
      save(request, response).catch((error: Error) => sendJson(response, 500, { saved: false, message: `保存时出错了，文件没有改动：${error.message}` }))
    } else {
      sendJson(response, 404, { message: '编辑器里没有这个地址。' })
    }
  }

  return { handle, code: () => code }
}

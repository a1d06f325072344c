import { mkdirSync, mkdtempSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { startStaticServer } from '../../tools/static-server'

const root = mkdtempSync(path.join(tmpdir(), 'static-server-'))
mkdirSync(path.join(root, 'js'))
writeFileSync(path.join(root, 'index.html'), '<p>index</p>')
writeFileSync(path.join(root, 'js', 'app.js'), 'console.log(1)')
writeFileSync(path.join(path.dirname(root), 'outside.txt'), 'secret')

let server: Awaited<ReturnType<typeof startStaticServer>>
beforeAll(async () => { server = await startStaticServer(root) })
afterAll(() => server.close())

const get = async (urlPath: string) => {
  const response = await fetch(new URL(urlPath, server.url))
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() }
}

test('serves files under its root with their type, on 127.0.0.1', async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  expect(await get('/js/app.js')).toEqual({ status: 200, type: 'text/javascript', body: 'console.log(1)' })
})

test('answers unknown paths with index.html (the app routes by hash)', async () => {
  expect(await get('/pages/trial/index?id=scot')).toEqual(expect.objectContaining({ status: 200, body: '<p>index</p>' }))
})

test('a malformed URL gets 400 and the server keeps serving', async () => {
  expect((await get('/%E0%A4%A')).status).toBe(400)
  expect((await get('/js/app.js')).status).toBe(200)
})

test('never serves a file outside its root', async () => {
  expect((await get('/..%2Foutside.txt')).body).toBe('<p>index</p>')
})

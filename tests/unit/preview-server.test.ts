import { mkdirSync, mkdtempSync, writeFileSync } from 'fs'
import { tmpdir, type NetworkInterfaceInfo } from 'os'
import path from 'path'
import { lanAddresses } from '../../tools/lan-addresses'
import { PROBLEM_ID, startPreviewServer, type PreviewServer } from '../../tools/preview-server'

const build = mkdtempSync(path.join(tmpdir(), 'preview-server-'))
mkdirSync(path.join(build, 'js'))
writeFileSync(path.join(build, 'index.html'), '<html><body><div id="app"></div></body></html>')
writeFileSync(path.join(build, 'js', 'app.js'), 'console.log(1)')

let server: PreviewServer
beforeAll(async () => { server = await startPreviewServer(0, '127.0.0.1') })
afterAll(() => server.close())

const get = async (urlPath: string) => {
  const response = await fetch(new URL(urlPath, server.url))
  return { status: response.status, body: await response.text() }
}

test('before the first good build, every address gets a page that says a build is under way', async () => {
  server.show({ building: true })
  for (const urlPath of ['/', '/js/app.js']) {
    const { status, body } = await get(urlPath)
    expect(status).toBe(503)
    expect(body).toContain('正在按新的内容构建预览')
  }
})

test('a problem before any good build is the page, escaped', async () => {
  server.show({ problem: 'decide.json: expected <10> marked', building: false })
  const { status, body } = await get('/')
  expect(status).toBe(503)
  expect(body).toContain(`id="${PROBLEM_ID}"`)
  expect(body).toContain('decide.json: expected &lt;10&gt; marked')
  expect(body).toContain('还没有通过检查的内容可以显示')
})

test('a good build is served as it is, its page with the reloader and no notice', async () => {
  server.show({ build, building: false })
  expect(await get('/js/app.js')).toEqual({ status: 200, body: 'console.log(1)' })
  const { status, body } = await get('/pages/trial/index')
  expect(status).toBe(200)
  expect(body).toContain('<div id="app"></div>')
  expect(body).toContain('/__preview/events')
  expect(body).not.toContain(PROBLEM_ID)
})

test('a problem after a good build lies over that build', async () => {
  server.show({ build, problem: 'trials.json: trials[1].startYear: expected number', building: false })
  const { status, body } = await get('/')
  expect(status).toBe(200)
  expect(body).toContain('<div id="app"></div>')
  expect(body).toContain('trials.json: trials[1].startYear: expected number')
  expect(body).toContain('下面仍是上一次通过检查的内容')
})

test('open pages hear of every change of what is shown', async () => {
  const response = await fetch(new URL('/__preview/events', server.url))
  const reader = response.body!.getReader()
  const next = async () => new TextDecoder().decode((await reader.read()).value)
  const first = Number(/data: (\d+)/.exec(await next())?.[1])
  server.show({ build, building: true })
  expect(await next()).toBe(`data: ${first + 1}\n\n`)
  await reader.cancel()
})

test('the LAN addresses are the IPv4 addresses that are not the loopback', () => {
  const address = (family: 'IPv4' | 'IPv6', value: string, internal: boolean) =>
    ({ address: value, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo
  expect(lanAddresses({
    lo: [address('IPv4', '127.0.0.1', true), address('IPv6', '::1', true)],
    wlan0: [address('IPv6', 'fe80::1', false), address('IPv4', '192.168.1.23', false)],
    eth0: [address('IPv4', '10.0.0.5', false)]
  })).toEqual(['192.168.1.23', '10.0.0.5'])
})

// Serves a web build (dist-h5/) on 127.0.0.1 for `npm start` and the browser checks. Unknown paths get
// index.html (the app routes by hash); a malformed URL gets 400, never a crash.
import { createReadStream, existsSync, statSync } from 'fs'
import { createServer } from 'http'
import type { AddressInfo } from 'net'
import path from 'path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.svg': 'image/svg+xml'
}

/** The file under `root` that `urlPath` names, index.html when none does, or undefined if it cannot be decoded. */
function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const file = path.join(root, path.normalize(`/${decoded}`))
  return existsSync(file) && statSync(file).isFile() ? file : path.join(root, 'index.html')
}

export function startStaticServer(root: string, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const file = fileFor(root, (request.url ?? '/').split('?')[0])
    if (!file) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
      response.end('Bad request: the address is not valid percent-encoding.')
      return
    }
    // no-store: a rebuild must show at once, in a developer's browser and in the browser checks.
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${bound}/`,
        close: () => new Promise<void>((done, fail) => {
          server.close((error) => (error ? fail(error) : done()))
          // A browser keeps idle connections open, which would hold close() back.
          server.closeAllConnections()
        })
      })
    })
  })
}

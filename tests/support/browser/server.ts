// A static file server for the web build: files under `root`, index.html for `/` and for any path that is not a
// file (the hash router needs nothing else), 400 for a path that does not decode, never a file outside `root`.
import fs from 'fs'
import http from 'http'
import path from 'path'
import type { AddressInfo } from 'net'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml', '.gif': 'image/gif', '.webp': 'image/webp', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.ttf': 'font/ttf', '.ico': 'image/x-icon', '.map': 'application/json'
}

function send(response: http.ServerResponse, file: string, body: Buffer): void {
  response.writeHead(200, {
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-store'
  }).end(body)
}

/** Serves `root` on 127.0.0.1 (`port` 0: a free one). */
export function startStaticServer(root: string, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const base = path.resolve(root)
  const index = path.join(base, 'index.html')
  const server = http.createServer((request, response) => {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request path')
      return
    }
    const file = path.join(base, pathname)
    if (file !== base && !file.startsWith(base + path.sep)) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden')
      return
    }
    fs.readFile(file, (error, body) => {
      if (!error) return send(response, file, body)
      fs.readFile(index, (indexError, indexBody) => {
        if (indexError) response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
        else send(response, index, indexBody)
      })
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${bound}/`,
        close: () => new Promise((done) => {
          server.closeAllConnections()
          server.close(() => done())
        })
      })
    })
  })
}

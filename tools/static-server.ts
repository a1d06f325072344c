// Serves a web build (dist-h5/) for `npm start`, `npm run preview` and the browser checks. Unknown paths get
// index.html (the app routes by hash); a malformed URL gets 400, never a crash.
import { createReadStream, existsSync, statSync } from 'fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'http'
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

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void

export interface RunningServer {
  /** Where this machine reaches it, e.g. http://127.0.0.1:10086/ */
  url: string
  port: number
  close(): Promise<void>
}

/** The file under `root` that `urlPath` names, index.html when none does, or undefined if it cannot be decoded. */
export function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const file = path.join(root, path.normalize(`/${decoded}`))
  return existsSync(file) && statSync(file).isFile() ? file : path.join(root, 'index.html')
}

/** The request's path, without its query. */
export function pathOf(request: IncomingMessage): string {
  return (request.url ?? '/').split('?')[0]
}

export function badRequest(response: ServerResponse): void {
  response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
  response.end('Bad request: the address is not valid percent-encoding.')
}

export function sendFile(response: ServerResponse, file: string): void {
  // no-store: a rebuild must show at once, in a developer's browser and in the browser checks.
  response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' })
  createReadStream(file).pipe(response)
}

/** Serves the files under `root`. */
export function serveFiles(root: string): RequestHandler {
  return (request, response) => {
    const file = fileFor(root, pathOf(request))
    if (file) sendFile(response, file)
    else badRequest(response)
  }
}

/** Listens on `host` (127.0.0.1 unless given; 0.0.0.0 for every network) and `port` (0: any free one). */
export function listen(handler: RequestHandler, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const server = createServer(handler)
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${bound}/`,
        port: bound,
        close: () => new Promise<void>((done, fail) => {
          server.close((error) => (error ? fail(error) : done()))
          // A browser keeps idle connections open, which would hold close() back.
          server.closeAllConnections()
        })
      })
    })
  })
}

export function startStaticServer(root: string, port = 0): Promise<RunningServer> {
  return listen(serveFiles(root), port)
}

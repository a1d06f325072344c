// `npm start`: builds the WeChat package (open dist/ in WeChat DevTools) and the web build, then serves the
// web build on 127.0.0.1 and prints its address.
import { execFileSync } from 'child_process'
import { createReadStream, existsSync, statSync } from 'fs'
import { createServer } from 'http'
import path from 'path'

const ROOT = path.resolve(__dirname, '..')
const WEB_ROOT = path.join(ROOT, 'dist-h5')
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json', '.svg': 'image/svg+xml'
}

for (const type of ['weapp', 'h5']) {
  console.log(`Building ${type} ...`)
  execFileSync(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', type], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}

const server = createServer((request, response) => {
  const urlPath = decodeURIComponent((request.url ?? '/').split('?')[0])
  const file = path.join(WEB_ROOT, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ''))
  const target = existsSync(file) && statSync(file).isFile() ? file : path.join(WEB_ROOT, 'index.html')
  response.writeHead(200, { 'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream' })
  createReadStream(target).pipe(response)
})

const port = Number(process.env.PORT ?? 10086)
server.listen(port, '127.0.0.1', () => {
  console.log(`WeChat package: ${path.join(ROOT, 'dist')} (open the project folder in WeChat DevTools)`)
  console.log(`Web build: http://127.0.0.1:${port}/`)
})

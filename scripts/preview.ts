// `npm run preview [-- --lan] [-- --port N]`: the web build, rebuilt whenever a file under src/ is saved, and served
// only when its content passes the content check. The check runs first, in this process, so a mistake shows in a
// second, in this terminal and on the page; the page keeps the last good build underneath until the content passes
// again. A rebuild is the same production build as `npm start` (tools/build.ts), into one of two folders in turn, so
// the one being served is never the one being written. Not Taro's own watch mode (`taro build --type h5 --watch`,
// webpack-dev-server): it rebuilds in memory within seconds, but checks the content only when it starts (config/index.ts)
// and pushes every edit, failing or not, straight into the open page.
// The same server has the form editor at /edit/ (tools/editor/): a save there writes the file, which the watcher
// below sees like any other save. With --lan, saves need the editing code this prints.
import { createHash } from 'crypto'
import { existsSync, readFileSync, watch } from 'fs'
import path from 'path'
import { formatProblem, validateContent } from '../tools/content/validate'
import { BuildError, ROOT, build } from '../tools/build'
import { createEditor, EDITOR_PATH, type Editor } from '../tools/editor/server'
import { listFiles } from '../tools/files'
import { lanAddresses } from '../tools/lan-addresses'
import { startPreviewServer, type PreviewServer } from '../tools/preview-server'

const SOURCE_DIR = path.join(ROOT, 'src')
const CONTENT_DIR = path.join(SOURCE_DIR, 'content')
const BUILD_SLOTS = ['dist-preview/a', 'dist-preview/b']
/** Editors write a file in several steps (and save several files at once): wait for them to finish. */
const SETTLE_MS = 300
const DEFAULT_PORT = 10086

interface Options {
  port: number
  lan: boolean
}

/** --lan and --port N (or --port=N); PORT in the environment sets the default port. */
function parseOptions(args: string[], env: NodeJS.ProcessEnv = process.env): Options | string {
  const options: Options = { port: Number(env.PORT ?? DEFAULT_PORT), lan: false }
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]
    if (arg === '--lan') options.lan = true
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? args[(index += 1)] : arg.slice('--port='.length)
      options.port = Number(value)
      if (!/^\d+$/.test(value ?? '') || options.port > 65535) return `--port 后面要写一个端口号（0 到 65535 的整数），现在是 "${value ?? ''}"`
    } else return `不认识的选项 "${arg}"：只有 --lan（让同一 Wi-Fi 的手机也能打开）和 --port 端口号`
  }
  return options
}

function log(message: string): void {
  console.log(`[${new Date().toTimeString().slice(0, 8)}] ${message}`)
}

/** What the files under src/ hold now: a build is shown only if they did not change while it ran. */
function fingerprint(): string {
  const hash = createHash('sha1')
  for (const file of listFiles(SOURCE_DIR)) hash.update(file).update(readFileSync(path.join(SOURCE_DIR, file)))
  return hash.digest('hex')
}

/** The content check's problems, one per line with the file relative to the project; undefined when it passes. */
function contentProblems(): string | undefined {
  const problems = validateContent(CONTENT_DIR)
  if (problems.length === 0) return undefined
  const lines = problems.map((problem) => formatProblem({ ...problem, file: path.relative(ROOT, problem.file) }))
  return `内容检查没有通过（${problems.length} 处）：\n${lines.join('\n')}`
}

class Preview {
  private shown: { build?: string; fingerprint?: string } = {}
  private nextSlot = 0
  private running = false
  private again = false

  constructor(private readonly server: PreviewServer) {}

  /** Checks and builds until what is served matches the files, or the files fail the check. */
  async update(): Promise<void> {
    if (this.running) {
      this.again = true
      return
    }
    this.running = true
    try {
      do {
        this.again = false
        await this.checkAndBuild().catch((error: unknown) => this.refuse(`预览出错了：${error instanceof Error ? error.message : String(error)}`))
      } while (this.again)
    } finally {
      this.running = false
    }
  }

  private async checkAndBuild(): Promise<void> {
    const before = fingerprint()
    const problem = contentProblems()
    if (problem) return this.refuse(problem)
    if (before === this.shown.fingerprint) {
      log('内容检查通过；和正在显示的版本一样，不用重新构建。')
      return this.server.show({ build: this.shown.build, building: false })
    }
    log('内容检查通过，正在构建网页版（通常 20 到 60 秒）……')
    this.server.show({ build: this.shown.build, building: true })
    const slot = BUILD_SLOTS[this.nextSlot]
    this.nextSlot = (this.nextSlot + 1) % BUILD_SLOTS.length
    let built: { dist: string; seconds: number }
    try {
      built = await build({ type: 'h5', outputRoot: slot })
    } catch (error) {
      return this.refuse(`网页版构建失败（这通常是代码的问题，不是内容的问题）：\n${error instanceof BuildError ? error.message : String(error)}`)
    }
    if (fingerprint() !== before) {
      log('构建期间又有文件改动，这一版不显示，重新检查……')
      this.again = true
      return
    }
    this.shown = { build: built.dist, fingerprint: before }
    this.server.show({ build: built.dist, building: false })
    log(`已更新：预览现在显示这一版内容（构建用了 ${built.seconds.toFixed(0)} 秒）。`)
  }

  private refuse(problem: string): void {
    console.error(`\n${problem}\n`)
    log(this.shown.build
      ? '预览不显示这一版，仍是上一次通过检查的内容；网页上也显示了这个错误。改好文件并保存后会自动重新检查。'
      : '还没有通过检查的内容可以显示；网页上显示了这个错误。改好文件并保存后会自动重新检查。')
    this.server.show({ build: this.shown.build, problem, building: false })
  }
}

function printAddresses({ port }: PreviewServer, editor: Editor): void {
  console.log('预览网页版：每次保存 src/ 下的文件，都会先检查内容，通过后自动重新构建。按 Ctrl+C 停止。')
  console.log(`  在这台电脑上打开预览：http://127.0.0.1:${port}/`)
  console.log(`  在这台电脑上打开编辑器（用表格修改内容）：http://127.0.0.1:${port}${EDITOR_PATH}`)
  const code = editor.code()
  if (code === undefined) {
    console.log('  要在手机上看：npm run preview -- --lan')
    return
  }
  const addresses = lanAddresses()
  if (addresses.length === 0) console.log('  没有找到局域网地址：这台电脑好像没有连上 Wi-Fi 或网线。')
  for (const address of addresses) console.log(`  在同一 Wi-Fi 的手机上打开：http://${address}:${port}/（编辑器：http://${address}:${port}${EDITOR_PATH}）`)
  if (addresses.length > 0) console.log('  （手机打不开时，多半是电脑的防火墙挡住了这个端口。）')
  console.log(`  编辑码：${code}（同一 Wi-Fi 的人都能打开编辑器，所以保存时要输入这个编辑码；只告诉你信任的人）`)
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  if (typeof options === 'string') throw new Error(options)
  const editor = createEditor({ contentDir: CONTENT_DIR, lan: options.lan, log })
  const server = await startPreviewServer(options.port, options.lan ? '0.0.0.0' : '127.0.0.1', editor).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error
    throw new Error(`端口 ${options.port} 已被占用（也许 npm start 或另一个预览还开着）：先在那个窗口按 Ctrl+C，或换一个端口，例如 npm run preview -- --port ${options.port + 1}`)
  })
  printAddresses(server, editor)
  const preview = new Preview(server)

  let changed = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  watch(SOURCE_DIR, { recursive: true }, (_event, file) => {
    if (file) changed.add(path.join('src', file.toString()))
    clearTimeout(timer)
    timer = setTimeout(() => {
      // Editors and tools save through temporary files, gone by now: name only the files that are there.
      const names = [...changed].filter((name) => existsSync(path.join(ROOT, name)))
      log(`${names.join('、') || 'src/ 下的文件'} 有改动，重新检查……`)
      changed = new Set()
      void preview.update()
    }, SETTLE_MS)
  }).on('error', (error) => {
    console.error(`没法再监视 src/ 的改动（${error.message}）：请按 Ctrl+C，再运行一次 npm run preview。`)
  })
  process.on('SIGINT', () => {
    console.log('\n预览已停止。')
    process.exit(0)
  })

  log('检查内容……')
  await preview.update()
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})

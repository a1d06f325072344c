// System packages that the browser checks of `npm test` need on Linux: Debian's Chromium and a CJK font (without
// one, Chinese renders as empty boxes). Installing them needs root, as apt-get does.
// Run by `npm install` (postinstall, with --postinstall: it never fails the install) and by .ci/run (without: a
// machine that cannot run the checks fails there). Plain Node, not bash and not TypeScript: `npm install` must work
// on Windows and macOS too, before any package is there. Those machines have nothing to install (volunteers there
// edit and preview the content; the browser checks run on Linux), so it does nothing and says nothing.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const postinstall = process.argv.includes('--postinstall')
const HINT = 'npm test 的浏览器检查需要 Chromium 和中文字体（只在 Linux 上需要；编辑内容和预览不需要）：请用 root 运行 ' +
  'apt-get install -y chromium fonts-noto-cjk\n' +
  '(The browser checks of npm test need Chromium and a CJK font: as root, apt-get install -y chromium fonts-noto-cjk)'

function hasCjkFont() {
  try {
    return /Noto Sans CJK/i.test(execFileSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
  } catch {
    return false
  }
}

function setUp() {
  if (process.platform !== 'linux') return 0
  if (existsSync('/usr/bin/chromium') && hasCjkFont()) return 0
  if (process.getuid() !== 0) {
    console.warn(HINT)
    return postinstall ? 0 : 1
  }
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    })
    return 0
  } catch (error) {
    console.warn(`${HINT}\n${error instanceof Error ? error.message : error}`)
    return postinstall ? 0 : 1
  }
}

process.exitCode = setUp()

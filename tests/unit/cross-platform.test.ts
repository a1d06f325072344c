// The volunteer's commands (`npm install`, `npm run preview`, `npm run content:check`) must work on Windows and
// macOS too, without bash and without root. No Windows machine runs these tests, so they hold what can be checked
// here: npm runs each script line through cmd.exe on Windows, so a line is one plain command; the code those
// commands run starts no shell script and no POSIX-only command; the Linux-only system set-up does nothing elsewhere.
import { execFileSync } from 'child_process'
import { existsSync, readFileSync } from 'fs'
import path from 'path'
import { pathToFileURL } from 'url'
import { packageCommand, ROOT } from '../../tools/build'

const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
/** What `npm install`, `npm run preview` and `npm run content:check` run. */
const VOLUNTEER_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'preview', 'content:check'].filter((name) => name in scripts)
/** Taro loads the config in every build the preview makes. */
const ENTRY_FILES = ['scripts/preview.ts', 'scripts/check-content.ts', 'scripts/setup-system.mjs', 'config/index.ts']

test.each(VOLUNTEER_SCRIPTS)('the script line of %s is one command that cmd.exe runs like a POSIX shell', (name) => {
  // node or tsx, a file, options: no bash or sh, no $VAR, quotes, pipes, redirections, && / ||, VAR=value, rm or cp.
  expect(scripts[name]).toMatch(/^(node|tsx) [\w./-]+\.(m?js|ts)( --[\w-]+)*$/)
})

test('npm install does not run bash', () => {
  expect(VOLUNTEER_SCRIPTS).toContain('postinstall')
  expect(Object.values(scripts).join('\n')).not.toMatch(/\b(bash|sh) /)
})

/** The project's files that `file` imports, and theirs, and so on. */
function reachedFrom(files: string[]): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const source = readFileSync(path.join(ROOT, file), 'utf8')
    for (const [, specifier] of source.matchAll(/(?:from |require\(|import\()'(\.{1,2}\/[^']+)'/g)) {
      const base = path.join(path.dirname(file), specifier)
      const found = ['', '.ts', '.tsx', '.mjs', '/index.ts'].map((ending) => base + ending).find((candidate) => /\.(m?[jt]sx?)$/.test(candidate) && existsSync(path.join(ROOT, candidate)))
      if (found) visit(found)
    }
  }
  files.forEach(visit)
  return [...seen]
}

const POSIX_ONLY: Array<[RegExp, string]> = [
  [/node_modules\/\.bin\//, 'a .bin/ command is a shell script (a .cmd on Windows): run the package\'s JS entry with packageCommand()'],
  [/\b(spawn|spawnSync|execFile|execFileSync)\(\s*['"`](bash|sh|rm|cp|mv|mkdir|cat|which)['"`]/, 'a POSIX command'],
  [/(?<![\w.])exec(Sync)?\(/, 'a command line through the shell (not a RegExp\'s exec)'],
  [/shell:\s*['"`]\/bin\//, 'a POSIX shell'],
  [/process\.kill\(\s*-/, 'a POSIX process group']
]

test('the code these commands run starts no shell script and no POSIX-only command', () => {
  const files = reachedFrom(ENTRY_FILES)
  expect(files).toEqual(expect.arrayContaining(['tools/build.ts', 'tools/editor/server.ts', 'tools/content/validate.ts']))
  const found = files.flatMap((file) => readFileSync(path.join(ROOT, file), 'utf8').split('\n').flatMap((line, index) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return []
    return POSIX_ONLY.filter(([pattern]) => pattern.test(line)).map(([, why]) => `${file}:${index + 1}: ${why}: ${line.trim()}`)
  }))
  expect(found).toEqual([])
})

test.each(['@tarojs/cli', 'tsx'])('%s runs as this Node with the package\'s JavaScript entry', (name) => {
  const [command, [entry, ...args]] = packageCommand(name, ['--version'])
  expect(command).toBe(process.execPath)
  expect(args).toEqual(['--version'])
  expect(readFileSync(entry, 'utf8')).toMatch(/^(#!.*\bnode\b|[^#])/)
  expect(execFileSync(command, [entry, ...args], { encoding: 'utf8' })).toMatch(/\d+\.\d+/)
})

test.each(['win32', 'darwin'])('the system set-up does nothing on %s, silently, and succeeds', (platform) => {
  const script = pathToFileURL(path.join(ROOT, 'scripts/setup-system.mjs')).href
  const code = `Object.defineProperty(process, 'platform', { value: '${platform}' }); await import('${script}')`
  // execFileSync throws on a non-zero exit; its output is what the volunteer would see after npm install.
  const printed = execFileSync(process.execPath, ['--input-type=module', '-e', code, '--', '--postinstall'], { encoding: 'utf8', stdio: 'pipe' })
  expect(printed).toBe('')
})

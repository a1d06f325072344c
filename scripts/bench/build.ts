// Release builds of the WeChat package (`taro build --type weapp`, NODE_ENV=production) for check:quality and
// the bench, including the empty baseline app built from a temporary copy with this project's node_modules.
import { spawn } from 'child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'fs'
import os from 'os'
import path from 'path'

export const ROOT = path.resolve(__dirname, '../..')
const TARO = path.join(ROOT, 'node_modules/.bin/taro')
const STATS_HOOK = path.join(__dirname, 'webpack-stats-hook.cjs')

export interface BuildOptions {
  /** The Taro project (config/index.ts, src/, babel.config.js). */
  projectDir: string
  /** Output directory relative to projectDir; passed as TARO_OUTPUT_ROOT, which config/index.ts honours. */
  outputRoot?: string
  /** Where to write the module map (see webpack-stats-hook.cjs); no hook when absent. */
  statsFile?: string
}

export interface BuildResult {
  dist: string
  seconds: number
}

export async function buildWeapp({ projectDir, outputRoot, statsFile }: BuildOptions): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' }
  delete env.TARO_OUTPUT_ROOT
  if (outputRoot) env.TARO_OUTPUT_ROOT = outputRoot
  if (statsFile) {
    env.BENCH_STATS_OUT = statsFile
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${STATS_HOOK}`.trim()
  }
  const dist = path.join(projectDir, outputRoot ?? 'dist')
  rmSync(dist, { recursive: true, force: true })
  const started = Date.now()
  await run(TARO, ['build', '--type', 'weapp'], projectDir, env)
  // Taro exits 0 on some compile errors; a package without app.json is no package.
  if (!existsSync(path.join(dist, 'app.json'))) throw new Error(`taro build wrote no ${path.relative(ROOT, dist)}/app.json`)
  if (statsFile && !existsSync(statsFile)) throw new Error('the webpack stats hook wrote nothing')
  return { dist, seconds: (Date.now() - started) / 1000 }
}

/**
 * Copies scripts/bench/empty-app to a temporary directory beside a symlink to this project's node_modules, so
 * that the baseline uses exactly the same Taro, React and build tool versions. Returns the directory.
 */
export function prepareEmptyApp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zibeike-bench-empty-'))
  cpSync(path.join(__dirname, 'empty-app'), dir, { recursive: true })
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return dir
}

/** Runs a command, keeping its output quiet unless it fails (Taro's progress bars would drown the report). */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const output: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const text = Buffer.concat(output).toString('utf8')
      if (code === 0) resolve(text)
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${tail(text, 60)}`))
    })
  })
}

function tail(text: string, lines: number): string {
  // Drop the progress bar's cursor movements so that the error is readable.
  const clean = text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
  return clean.split('\n').slice(-lines).join('\n')
}

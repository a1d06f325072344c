// The one way this project runs `taro build`: used by `npm start`, the tests' globalSetup and build tests,
// check:quality and the bench. Always a production build (NODE_ENV=production, Taro's mode "production",
// so .env and .env.production apply), quiet unless it fails.
import { spawn } from 'child_process'
import { existsSync, readFileSync, rmSync } from 'fs'
import path from 'path'

export const ROOT = path.resolve(__dirname, '..')
const STATS_PLUGIN = path.join(__dirname, 'webpack-stats-plugin.ts')

export type Platform = 'weapp' | 'h5'

/**
 * The command and arguments that run an installed package's command (taro, tsx) with this Node. Not
 * node_modules/.bin/<name>: that is a shell script on macOS and Linux and a .cmd file on Windows, which spawn()
 * without a shell cannot start everywhere; the package's own JavaScript entry runs the same on every system.
 */
export function packageCommand(packageName: string, args: string[]): [string, string[]] {
  const folder = path.join(ROOT, 'node_modules', packageName)
  const { bin } = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { bin: string | Record<string, string> }
  const entry = typeof bin === 'string' ? bin : Object.values(bin)[0]
  return [process.execPath, [path.join(folder, entry), ...args]]
}

export interface BuildOptions {
  type: Platform
  /** The Taro project (config/index.ts, src/, babel.config.js); this one unless given. */
  projectDir?: string
  /** Output folder, relative to projectDir or absolute; passed as TARO_OUTPUT_ROOT, which the configs honour. */
  outputRoot?: string
  /** Extra environment, e.g. TARO_APP_* settings or CONTENT_DIR. */
  env?: Record<string, string>
  /** Where tools/webpack-stats-plugin.ts writes the module map; no plugin when absent. */
  statsFile?: string
}

export interface BuildResult {
  dist: string
  seconds: number
}

/** A failed build, with everything Taro printed (the error itself is often not in the last lines). */
export class BuildError extends Error {
  constructor(message: string, readonly output: string) {
    super(message)
  }
}

/** The file a finished build must have written: Taro exits 0 on some compile errors. */
const ENTRY_FILE: Record<Platform, string> = { weapp: 'app.json', h5: 'index.html' }

export async function build({ type, projectDir = ROOT, outputRoot, env = {}, statsFile }: BuildOptions): Promise<BuildResult> {
  const output = outputRoot ?? (type === 'h5' ? 'dist-h5' : 'dist')
  const dist = path.resolve(projectDir, output)
  const buildEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: output, ...env }
  delete buildEnv.WEBPACK_STATS_PLUGIN
  delete buildEnv.WEBPACK_STATS_FILE
  // The configs add the plugin when these are set (see statsPlugins in config/index.ts).
  if (statsFile) Object.assign(buildEnv, { WEBPACK_STATS_PLUGIN: STATS_PLUGIN, WEBPACK_STATS_FILE: statsFile })
  rmSync(dist, { recursive: true, force: true })
  const started = Date.now()
  const printed = await run(...packageCommand('@tarojs/cli', ['build', '--type', type]), projectDir, buildEnv)
  const entry = path.join(dist, ENTRY_FILE[type])
  if (!existsSync(entry)) throw new BuildError(`taro build --type ${type} wrote no ${entry}`, printed)
  if (statsFile && !existsSync(statsFile)) throw new BuildError('the webpack stats plugin wrote nothing', printed)
  return { dist, seconds: (Date.now() - started) / 1000 }
}

/**
 * Several builds at once (each is its own process, so they use both cores). Like Promise.all, but fails only
 * after every build has ended, so that no build is still writing while the caller cleans up.
 */
export async function buildAll(builds: BuildOptions[]): Promise<BuildResult[]> {
  const results = await Promise.allSettled(builds.map((options) => build(options)))
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')
  if (failure) throw failure.reason
  return results.map((result) => (result as PromiseFulfilledResult<BuildResult>).value)
}

/** Runs a command, keeping its output quiet unless it fails (Taro's progress bars would drown any report). */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      // Drop the progress bar's cursor movements so that the output is readable.
      const output = Buffer.concat(chunks).toString('utf8').replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
      if (code === 0) resolve(output)
      else reject(new BuildError(`${path.basename(command)} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${tail(output, 60)}`, output))
    })
  })
}

function tail(text: string, lines: number): string {
  return text.split('\n').slice(-lines).join('\n')
}

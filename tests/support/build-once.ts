// Builds, once before the suite, every package the tests run: the WeChat package, the same package with the
// organization's "show updates" setting off, and the web build for the browser checks.
import { spawnSync } from 'child_process'
import path from 'path'

const ROOT = path.resolve(__dirname, '../..')

export const BUILDS = [
  { type: 'weapp', env: {} },
  { type: 'weapp', env: { TARO_APP_SHOW_UPDATES: 'false', TARO_OUTPUT_ROOT: 'dist-brochure-only' } },
  { type: 'h5', env: {} }
]

export default function buildOnce(): void {
  if (process.env.SKIP_BUILD === '1') return
  for (const build of BUILDS) {
    // Webpack's progress bar goes to stderr: keep it out of the test log unless the build fails.
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', build.type], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', ...build.env }
    })
    if (result.status !== 0) {
      throw new Error(`taro build --type ${build.type} failed:\n${result.stdout}\n${result.stderr}`)
    }
  }
}

// Jest globalSetup of the `package` project: builds, once before the suites that run a package, the WeChat
// package, the same package with the organization's "show updates" setting off, and the web build.
// SKIP_BUILD=1 reuses the packages already built, for quick reruns of one suite.
import { build, type BuildOptions } from '../../tools/build'

const BUILDS: BuildOptions[] = [
  { type: 'weapp' },
  { type: 'weapp', outputRoot: 'dist-brochure-only', env: { TARO_APP_SHOW_UPDATES: 'false' } },
  { type: 'h5' }
]

export default async function buildOnce(): Promise<void> {
  if (process.env.SKIP_BUILD === '1') return
  for (const options of BUILDS) await build(options)
}

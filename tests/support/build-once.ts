// Jest globalSetup of the `package` project: builds, once before the suites that run a package and side by
// side, the WeChat package, the same package with the organization's "show updates" setting off, and the web
// build.
// SKIP_BUILD=1 reuses the packages already built, for quick reruns of one suite.
import { buildAll, type BuildOptions } from '../../tools/build'

const BUILDS: BuildOptions[] = [
  { type: 'weapp' },
  { type: 'weapp', outputRoot: 'dist-brochure-only', env: { TARO_APP_SHOW_UPDATES: 'false' } },
  { type: 'h5' }
]

export default async function buildOnce(): Promise<void> {
  if (process.env.SKIP_BUILD === '1') return
  await buildAll(BUILDS)
}

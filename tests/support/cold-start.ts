// A cold start straight into one page, as a QR code or a share card makes it: WeChat downloads the main package
// and that page's subpackage and runs them in a fresh JS context. Each call loads the package again in its own Jest
// module registry, with a new mock `wx` (webpack's chunks register on it), so that a page cannot lean on chunks
// that a page opened earlier in the same test file happened to load.
import type { LaunchOptions, OpenPage } from './miniprogram'

type Harness = typeof import('./miniprogram')

export async function coldStart<T>(launch: Required<Pick<LaunchOptions, 'scene' | 'path' | 'query'>>, read: (page: OpenPage) => T | Promise<T>): Promise<T> {
  let result: { value: T } | undefined
  await jest.isolateModulesAsync(async () => {
    delete (global as { wx?: unknown }).wx
    const harness = require('./miniprogram') as Harness
    harness.launchApp(launch)
    const page = await harness.openPage(launch.path, launch.query)
    result = { value: await read(page) }
    page.close()
  })
  if (!result) throw new Error(`${launch.path} did not open`)
  return result.value
}

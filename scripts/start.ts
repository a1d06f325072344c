// `npm start`: builds the WeChat package (open dist/ in WeChat DevTools) and the web build, then serves the
// web build on 127.0.0.1 and prints its address.
import path from 'path'
import { ROOT, build, type Platform } from '../tools/build'
import { startStaticServer } from '../tools/static-server'

async function main(): Promise<void> {
  const builds: Record<Platform, string> = { weapp: '', h5: '' }
  for (const type of ['weapp', 'h5'] as const) {
    console.log(`Building ${type} ...`)
    builds[type] = (await build({ type })).dist
  }
  const { url } = await startStaticServer(builds.h5, Number(process.env.PORT ?? 10086))
  console.log(`WeChat package: ${path.relative(ROOT, builds.weapp)}/ (import this folder in WeChat DevTools)`)
  console.log(`Web build: ${url}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})

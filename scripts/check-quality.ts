// npm run check:quality — builds the release package into dist-quality/ and runs WeChat DevTools' code quality
// check (代码质量, miniprogram-ci checkCodeQuality) on it offline. Prints every item with its figure; exits 1 if any
// fails. It does not refuse placeholder settings (that is build:release's job): the check is about the package.
// Its own folder, because the audit must see a fresh release build of the source as it is, while dist/ may hold
// a watch build or be in use by a test run.
import { readFileSync, statSync } from 'fs'
import path from 'path'
import * as ci from 'miniprogram-ci'
import { build } from '../tools/build'
import { listFiles } from '../tools/files'
import { kb } from '../tools/format'
import { runScript } from '../tools/run-script'

/** Any appid-shaped id: the quality check runs offline and never sends it anywhere. */
const OFFLINE_APPID = 'wx0000000000000000'

interface CheckOption {
  name: string
  title: string
  limit?: number
}
// Not exported by miniprogram-ci's typings: the item titles, limits and the image/audio extensions it sums. A private
// file, so package.json pins miniprogram-ci to the exact version this was written against.
const checkOptions = require('miniprogram-ci/dist/ci/utils/qualitycheckoption').default as {
  checkList: CheckOption[]
  regList: { IMAGE_AND_AUDIO_LIMIT: string[] }
}

type CheckItem = Awaited<ReturnType<typeof ci.checkCodeQuality>>[number]

interface Row {
  name: string
  passed: boolean
  title: string
  requirement: string
  figure: string
}

async function main(): Promise<number> {
  console.log('Building the release package (taro build --type weapp, NODE_ENV=production) into dist-quality/ ...')
  const { dist, seconds } = await build({ type: 'weapp', outputRoot: 'dist-quality' })
  console.log(`Built in ${seconds.toFixed(1)} s.\n`)

  const { items, crashes } = await runCheck(dist)
  const rows = items.map((item) => toRow(item, dist))
  printRows(rows)
  for (const crash of crashes) console.error(`\nA check crashed (miniprogram-ci would count it as passed):\n${crash}`)

  const failed = rows.filter((row) => !row.passed)
  if (failed.length === 0 && crashes.length === 0) {
    console.log(`\nAll ${rows.length} code quality items pass.`)
    return 0
  }
  console.error(`\nCode quality: ${failed.length} item(s) failed${crashes.length ? `, ${crashes.length} check(s) crashed` : ''}: ${failed.map((row) => row.name).join(', ')}`)
  return 1
}

/**
 * miniprogram-ci catches an exception inside a checker, logs it with console.error and reports the item as
 * passed. Capture those logs so that a crashed check cannot pass silently.
 */
async function runCheck(dist: string): Promise<{ items: CheckItem[]; crashes: string[] }> {
  ci.locales.setLocale('zh')
  // projectPath is the package: Taro copies project.config.json into it (miniprogramRoot ./) with the
  // compression settings that three of the items read.
  const project = new ci.Project({
    appid: OFFLINE_APPID,
    type: 'miniProgram',
    projectPath: dist,
    privateKey: 'offline-check',
    ignores: ['node_modules/**/*']
  })
  const crashes: string[] = []
  const consoleError = console.error
  console.error = (...args: unknown[]) => { crashes.push(args.map(String).join(' ')) }
  try {
    return { items: await ci.checkCodeQuality(project), crashes }
  } finally {
    console.error = consoleError
  }
}

function toRow(item: CheckItem, dist: string): Row {
  const option = checkOptions.checkList.find((candidate) => candidate.name === item.name)
  return {
    name: item.name ?? '?',
    passed: item.success === true,
    title: option?.title ?? '',
    requirement: item.text ?? '',
    figure: figureOf(item, dist)
  }
}

/** The measured value behind each item, so that a pass or fail can be read without DevTools. */
function figureOf(item: CheckItem, dist: string): string {
  switch (item.name) {
    case 'PACKAGE_SIZE_LIMIT':
      return packageSizes(item.detail as Record<string, number>)
    case 'JS_COMPRESS_OPEN':
      return `project.config.json setting.minified = ${String(projectSetting(dist, 'minified'))}`
    case 'WXML_COMPRESS_OPEN':
      return `project.config.json setting.minifyWXML = ${String(projectSetting(dist, 'minifyWXML'))}`
    case 'WXSS_COMPRESS_OPEN':
      return `project.config.json setting.minifyWXSS = ${String(projectSetting(dist, 'minifyWXSS'))}`
    case 'LAZYCODE_LOADING_OPEN':
      return `app.json lazyCodeLoading = ${JSON.stringify(readJson(path.join(dist, 'app.json')).lazyCodeLoading)}`
    case 'IMAGE_AND_AUDIO_LIMIT':
      return mediaSizes(dist)
    case 'CONTAINS_UNUSED_CODES':
      return unusedCode(dist, item.detail as string[])
    default:
      return listed(item.detail)
  }
}

function packageSizes(detail: Record<string, number>): string {
  return Object.entries(detail)
    .map(([name, bytes]) => `${name === '__APP__' ? 'main package' : name} ${kb(bytes)}`)
    .join(', ')
}

/** The check compares the *sum* of all image and audio files with its limit, not each file. */
function mediaSizes(dist: string): string {
  const extensions = new Set(checkOptions.regList.IMAGE_AND_AUDIO_LIMIT)
  const files = listFiles(dist).filter((file) => extensions.has(path.extname(file).toLowerCase()))
  const sizes = files.map((file) => ({ file, bytes: statSync(path.join(dist, file)).size })).sort((a, b) => b.bytes - a.bytes)
  const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0)
  const largest = sizes[0] ? `, largest ${sizes[0].file} ${kb(sizes[0].bytes)}` : ''
  return `${files.length} files, ${kb(total)} in all${largest}`
}

/** DevTools passes this item whenever unused files are left out of the upload, so show the list anyway. */
function unusedCode(dist: string, files: string[]): string {
  const ignored = projectSetting(dist, 'ignoreUploadUnusedFiles') !== false && projectSetting(dist, 'ignoreDevUnusedFiles') !== false
  const list = files.length ? `${files.length} unused: ${files.join(', ')}` : 'no unused files'
  return ignored && files.length ? `${list} (passes because setting.ignoreUploadUnusedFiles drops them from the upload)` : list
}

function listed(detail: unknown): string {
  if (Array.isArray(detail)) return detail.length ? `${detail.length}: ${detail.join(', ')}` : 'none'
  if (detail && typeof detail === 'object' && 'files' in detail && Array.isArray(detail.files)) {
    return detail.files.length ? `${detail.files.length}: ${detail.files.join(', ')}` : 'none'
  }
  return detail === undefined ? '' : JSON.stringify(detail)
}

function projectSetting(dist: string, name: string): unknown {
  const config = readJson(path.join(dist, 'project.config.json')) as { setting?: Record<string, unknown> }
  return config.setting?.[name]
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
}



function printRows(rows: Row[]): void {
  const nameWidth = Math.max(...rows.map((row) => row.name.length))
  console.log(`${'result'.padEnd(6)}  ${'item'.padEnd(nameWidth)}  requirement / figure`)
  for (const row of rows) {
    console.log(`${(row.passed ? 'pass' : 'FAIL').padEnd(6)}  ${row.name.padEnd(nameWidth)}  ${row.title}：${row.requirement}`)
    if (row.figure) console.log(`${' '.repeat(8 + nameWidth)}  → ${row.figure}`)
  }
}

runScript(main)

// Sizes of a built WeChat package, for the main package and each subpackage apart (a file belongs to the package
// whose folder holds it, see tools/packages.ts), split into what the framework costs and what the app adds.
// Output files mix both (Taro's common.js holds the app's shared components and content; app.js holds React's
// reconciler), so JS is split per webpack module: the minified text of each module is read back from the chunk,
// and the module map recorded during the build (tools/webpack-stats-plugin.ts) says which source it came from.
import { readFileSync, statSync } from 'fs'
import path from 'path'
import vm from 'vm'
import { gzipSync } from 'zlib'
import { listFiles } from '../../tools/files'
import { MAIN_PACKAGE, packageOf, readPackages } from '../../tools/packages'
import type { ModuleMap } from '../../tools/webpack-stats-plugin'

export const GROUPS = ['framework', 'appCode', 'content', 'templates', 'styles', 'images', 'other'] as const
export type Group = (typeof GROUPS)[number]

export const GROUP_LABELS: Record<Group, string> = {
  framework: 'framework runtime (node_modules JS, webpack runtime, base.wxml, utils.wxs, comp.*)',
  appCode: 'app code (JS from src/, except content)',
  content: 'content (src/content/*.json, as inlined)',
  templates: 'templates (page *.wxml, *.wxs)',
  styles: 'styles (*.wxss)',
  images: 'images and media',
  other: 'other (*.json config)'
}

export interface GroupSize {
  bytes: number
  gzip: number
}

export interface JsFileSplit {
  file: string
  bytes: number
  framework: number
  appCode: number
  content: number
}

export interface PackageSize {
  /** Files WeChat uploads (its extension whitelist); the rest are listed in PackageSizes.notUploaded and counted nowhere. */
  totalBytes: number
  /** Sum of each file gzipped on its own. */
  totalGzip: number
  files: number
  /** Group gzip = the group's bytes gzipped together, so the groups' gzip figures do not add up to totalGzip. */
  groups: Record<Group, GroupSize>
  js: JsFileSplit[]
  /** Modules whose scope-hoisted parts mix framework and app code; counted whole to their larger side. */
  mixedModules: number
  /** The content's bytes if the JS kept Chinese as UTF-8: Taro's terser setting ascii_only writes \uXXXX (6 bytes). */
  contentAsUtf8Bytes: number
}

export interface SubpackageSize extends PackageSize {
  /** Its root folder in app.json, e.g. pages/trial. */
  root: string
  /** Its copies of modules that several subpackages share (Taro's sub-common/ folder), counted here as WeChat downloads them. */
  subCommonBytes: number
}

/** What a QR code or share card straight to a page makes WeChat download before the page shows. */
export interface ColdStartSize {
  route: string
  /** The main package, and the page's subpackage unless the page is in the main package. */
  packages: string[]
  bytes: number
  gzip: number
}

/** The main package (downloaded before anything shows) and each subpackage (downloaded when one of its pages opens). */
export interface PackageSizes {
  main: PackageSize
  subpackages: SubpackageSize[]
  coldStarts: ColdStartSize[]
  notUploaded: { file: string; bytes: number }[]
}

type ModulePart = ModuleMap['chunks'][number]['modules'][number]['parts'][number]

/** Taro writes these for every app: its template renderer and the custom-wrapper component. */
const TARO_GENERATED = /^(base\.wxml|utils\.wxs|comp\.[a-z]+|custom-wrapper\.[a-z]+)$/
const MEDIA = /\.(png|jpe?g|gif|svg|webp|bmp|mp3|m4a|aac|wav|ogg|flac|mp4)$/i
const JSON_LITERAL = /JSON\.parse\('(?:[^'\\]|\\.)*'\)/g
/** Where Taro's MiniSplitChunksPlugin writes, inside each subpackage, its copy of the modules several subpackages share. */
const SUB_COMMON_DIR = 'sub-common'
/** DevTools and miniprogram-ci upload only these extensions (licence .txt files and docs stay behind). */
const UPLOADED = new Set(require('miniprogram-ci/dist/utils/white_ext_list').MiniProgramWhiteList as string[])

export function measurePackages(dist: string, statsFile: string): PackageSizes {
  const modules = readModuleMap(statsFile)
  const packages = readPackages(dist)
  const all = listFiles(dist)
  const uploaded = all.filter((file) => UPLOADED.has(path.posix.extname(file).toLowerCase()))
  const filesOf = (name: string) => uploaded.filter((file) => packageOf(file, packages) === name)
  const main = measureFiles(dist, filesOf(MAIN_PACKAGE), modules)
  const subpackages = packages.subpackageRoots.map((root): SubpackageSize => {
    const files = filesOf(root)
    const subCommon = files.filter((file) => file.startsWith(`${root}/${SUB_COMMON_DIR}/`))
    return { root, ...measureFiles(dist, files, modules), subCommonBytes: subCommon.reduce((sum, file) => sum + statSync(path.join(dist, file)).size, 0) }
  })
  const coldStarts = packages.routes.map((route): ColdStartSize => {
    const own = subpackages.find((subpackage) => subpackage.root === packageOf(route, packages))
    return {
      route,
      packages: own ? [MAIN_PACKAGE, own.root] : [MAIN_PACKAGE],
      bytes: main.totalBytes + (own?.totalBytes ?? 0),
      gzip: main.totalGzip + (own?.totalGzip ?? 0)
    }
  })
  const notUploaded = all.filter((file) => !uploaded.includes(file)).map((file) => ({ file, bytes: statSync(path.join(dist, file)).size }))
  return { main, subpackages, coldStarts, notUploaded }
}

function measureFiles(dist: string, files: string[], modules: Map<string, ModulePart[]>): PackageSize {
  const buckets = Object.fromEntries(GROUPS.map((group) => [group, [] as Buffer[]])) as Record<Group, Buffer[]>
  const js: JsFileSplit[] = []
  let totalBytes = 0
  let totalGzip = 0
  let mixedModules = 0
  for (const file of files) {
    const data = readFileSync(path.join(dist, file))
    totalBytes += data.length
    totalGzip += gzipSync(data).length
    if (file.endsWith('.js') && !TARO_GENERATED.test(file)) {
      const split = splitJs(file, data.toString('utf8'), modules)
      mixedModules += split.mixed
      for (const group of ['framework', 'appCode', 'content'] as const) buckets[group].push(...split.pieces[group])
      js.push(split.summary)
    } else {
      buckets[fileGroup(file)].push(data)
    }
  }
  const groups = Object.fromEntries(GROUPS.map((group) => [group, sizeOf(buckets[group])])) as Record<Group, GroupSize>
  const contentAsUtf8Bytes = buckets.content.reduce((sum, literal) => sum + utf8Length(literal.toString('utf8')), 0)
  return { totalBytes, totalGzip, files: files.length, groups, js, mixedModules, contentAsUtf8Bytes }
}

function fileGroup(file: string): Group {
  const name = path.posix.basename(file)
  if (TARO_GENERATED.test(file)) return 'framework'
  if (MEDIA.test(name)) return 'images'
  if (/\.(wxml|wxs)$/.test(name)) return 'templates'
  if (name.endsWith('.wxss')) return 'styles'
  return 'other'
}

/** Where a module's source lives decides whom it belongs to (paths are relative to the project, symlinks resolved). */
export function partGroup(name: string): 'framework' | 'appCode' | 'content' {
  if (!name.startsWith('src/')) return 'framework'
  return /^src\/content\/[^/]+\.json$/.test(name) ? 'content' : 'appCode'
}

type Pieces = Record<'framework' | 'appCode' | 'content', Buffer[]>

function splitJs(file: string, text: string, modules: Map<string, ModulePart[]>) {
  const pieces: Pieces = { framework: [], appCode: [], content: [] }
  let rest = text
  let mixed = 0
  for (const [id, source] of chunkModules(text)) {
    rest = rest.replace(source, '')
    const parts = modules.get(id) ?? [{ name: `unknown module ${id}`, size: 1 }]
    const split = splitModule(source, parts)
    if (split.mixed) mixed += 1
    for (const [group, piece] of split.pieces) pieces[group].push(Buffer.from(piece))
  }
  // What is left is the chunk wrapper, the require() lines and the licence banner: webpack's, not the app's.
  pieces.framework.push(Buffer.from(rest))
  const bytesOf = (group: keyof Pieces) => pieces[group].reduce((sum, piece) => sum + piece.length, 0)
  const summary: JsFileSplit = {
    file,
    bytes: Buffer.byteLength(text),
    framework: bytesOf('framework'),
    appCode: bytesOf('appCode'),
    content: bytesOf('content')
  }
  return { pieces, mixed, summary }
}

/**
 * Content JSON reaches the bundle as `JSON.parse('...')` literals inside the module that imports it (webpack
 * hoists each JSON into its accessor module under src/content/), so those literals are content; the rest of the
 * module goes to the side (framework or app) that contributed most of its source.
 */
function splitModule(source: string, parts: ModulePart[]): { pieces: [keyof Pieces, string][]; mixed: boolean } {
  const hasContent = parts.some((part) => partGroup(part.name) === 'content')
  const literals = hasContent ? source.match(JSON_LITERAL) ?? [] : []
  const code = literals.reduce((remaining, literal) => remaining.replace(literal, ''), source)
  const sizes = { framework: 0, appCode: 0 }
  for (const part of parts) {
    const group = partGroup(part.name)
    if (group !== 'content') sizes[group] += part.size
  }
  const owner = sizes.appCode > sizes.framework ? 'appCode' : 'framework'
  const pieces: [keyof Pieces, string][] = [[owner, code], ...literals.map((literal): [keyof Pieces, string] => ['content', literal])]
  return { pieces, mixed: sizes.appCode > 0 && sizes.framework > 0 }
}

/**
 * Runs a chunk file with a stand-in `wx` and collects the module functions it registers; a function's
 * toString() is its exact minified text in the file. Files that register no chunk (runtime.js) yield nothing.
 */
export function chunkModules(text: string): Map<string, string> {
  const wx: { webpackJsonp?: unknown[][] } = {}
  vm.runInNewContext(text, { wx, require: () => ({}), module: {}, exports: {} }, { timeout: 5000 })
  const found = new Map<string, string>()
  for (const entry of wx.webpackJsonp ?? []) {
    const table = entry[1] as Record<string, unknown>
    for (const [id, factory] of Object.entries(table)) {
      if (typeof factory === 'function') found.set(id, factory.toString())
    }
  }
  return found
}

/** `JSON.parse('...')` → byte length of the JSON text itself, UTF-8 encoded. */
function utf8Length(literal: string): number {
  const quoted = literal.slice('JSON.parse('.length, -1)
  return Buffer.byteLength(vm.runInNewContext(quoted) as string)
}

function readModuleMap(statsFile: string): Map<string, ModulePart[]> {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as ModuleMap
  const map = new Map<string, ModulePart[]>()
  for (const chunk of stats.chunks) for (const module of chunk.modules) map.set(module.id, module.parts)
  return map
}

function sizeOf(pieces: Buffer[]): GroupSize {
  const all = Buffer.concat(pieces)
  return { bytes: all.length, gzip: all.length ? gzipSync(all).length : 0 }
}

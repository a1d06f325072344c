// Tables for npm run bench: package sizes and first renders of the app beside the empty Taro app, and the
// change since the previous benchmarks/latest.json.
import { kb, percent } from '../../tools/format'
import { GROUPS, GROUP_LABELS, type PackageSize } from './package-size'
import type { BenchReport, RouteFigures } from './types'


export function printReport(report: BenchReport): void {
  printMainPackage(report)
  printJsSplit(report.app.packages.main)
  printSubpackages(report)
  printColdStarts(report)
  printRoutes(report)
}

function printMainPackage({ app, empty }: BenchReport): void {
  const main = app.packages.main
  const base = empty.packages.main
  const rows = GROUPS.map((group) => {
    const mine = main.groups[group]
    const theirs = base.groups[group]
    return [GROUP_LABELS[group], kb(mine.bytes), kb(mine.gzip), percent(mine.bytes / main.totalBytes), kb(theirs.bytes), kb(theirs.gzip), ratio(mine.bytes, theirs.bytes)]
  })
  rows.push(['TOTAL (gzip: each file on its own, summed)', kb(main.totalBytes), kb(main.totalGzip), '100%', kb(base.totalBytes), kb(base.totalGzip), ratio(main.totalBytes, base.totalBytes)])
  console.log(`\nMain package, downloaded before anything shows (${main.files} files; empty Taro React app: ${base.files} files)`)
  table(['group', 'app', 'gzip', 'share', 'empty app', 'gzip', 'app/empty'], rows)
  const own = main.groups.appCode.bytes + main.groups.content.bytes
  console.log(`Main package: ${main.totalBytes} B = ${exactRatio(main.totalBytes, base.totalBytes)} the empty app (${base.totalBytes} B).`)
  console.log(`App's own code + content in it: ${kb(own)} = ${percent(own / main.totalBytes)} of the main package.`)
  console.log(`Content is ${kb(main.groups.content.bytes)} as shipped; ${kb(main.contentAsUtf8Bytes)} if its Chinese were UTF-8 instead of \\uXXXX escapes (Taro's terser ascii_only).`)
  const left = app.packages.notUploaded
  if (left.length) console.log(`Not counted (WeChat does not upload these extensions): ${left.map(({ file, bytes }) => `${file} ${kb(bytes)}`).join(', ')}.`)
  if (main.mixedModules > 0) console.log(`${main.mixedModules} module(s) mix framework and app sources; each is counted to its larger side.`)
}

function printJsSplit(size: PackageSize): void {
  console.log('\nMain package JS files by origin of their modules')
  table(['file', 'bytes', 'framework', 'app code', 'content'], size.js.map((file) => [file.file, kb(file.bytes), kb(file.framework), kb(file.appCode), kb(file.content)]))
}

function printSubpackages({ app }: BenchReport): void {
  const { subpackages } = app.packages
  if (subpackages.length === 0) return
  console.log('\nSubpackages, each downloaded when one of its pages opens (sub-common: its copies of modules several subpackages share)')
  const rows = subpackages.map((sub) => [
    sub.root, String(sub.files), kb(sub.totalBytes), kb(sub.totalGzip), kb(sub.groups.appCode.bytes), kb(sub.groups.content.bytes), kb(sub.groups.styles.bytes),
    kb(sub.groups.images.bytes), kb(sub.subCommonBytes)
  ])
  const all = subpackages.reduce((sum, sub) => sum + sub.totalBytes, app.packages.main.totalBytes)
  table(['subpackage', 'files', 'bytes', 'gzip', 'app code', 'content', 'styles', 'images', 'sub-common'], rows)
  console.log(`All packages together: ${kb(all)}.`)
}

function printColdStarts({ app, empty }: BenchReport): void {
  const base = empty.packages.main.totalBytes
  console.log('\nA QR code or share card straight to a page: what WeChat downloads before the page shows')
  table(['route', 'packages', 'bytes', 'gzip', 'app/empty'], app.packages.coldStarts.map((coldStart) => [
    coldStart.route, coldStart.packages.join(' + '), kb(coldStart.bytes), kb(coldStart.gzip), exactRatio(coldStart.bytes, base)
  ]))
}

function printRoutes({ app, empty, loadAverage, cpus }: BenchReport): void {
  const base = empty.routes[0]
  const rows = [...app.routes, base].map((route) => routeRow(route, base, route === base ? 'EMPTY APP' : route.name))
  console.log('\nFirst render per route (setData until 60 ms without one; time: onLoad → first setData applied, in miniprogram-simulate)')
  table(['route', 'setData', 'bytes', 'largest', 'nodes', 'depth', 'tmpl', 'ms median', 'min–max', 'bytes ×', 'nodes ×', 'ms ×'], rows)
  const unstable = app.routes.filter((route) => route.setDataCountsSeen.length > 1)
  for (const route of unstable) console.log(`${route.name}: setData count varied between runs: ${route.setDataCountsSeen.join(', ')}`)
  console.log('tmpl = template levels a page nests / levels base.wxml has for nodes (baseLevel − 1); +N: subtrees past them, rendered through Taro\'s comp component.')
  console.log('× = ratio to the empty app. Times come from jsdom on this machine: compare them with each other, not with a phone.')
  const load = `${loadAverage.before.toFixed(1)} → ${loadAverage.after.toFixed(1)}`
  const busy = Math.max(loadAverage.before, loadAverage.after) > cpus
  console.log(`Load average while rendering: ${load} on ${cpus} cores${busy ? ': the machine was busy, so the times are inflated and noisy' : ''}.`)
}

function routeRow(route: RouteFigures, base: RouteFigures, name: string): string[] {
  const time = route.firstRenderMs
  return [
    name, String(route.setDataCount), kb(route.setDataBytes), kb(route.largestSetDataBytes), String(route.nodes), String(route.depth), templateLevels(route),
    time.median.toFixed(1), `${time.min.toFixed(0)}–${time.max.toFixed(0)}`,
    ratio(route.setDataBytes, base.setDataBytes), ratio(route.nodes, base.nodes), ratio(time.median, base.firstRenderMs.median)
  ]
}

function templateLevels({ templates }: RouteFigures): string {
  return `${templates.deepestLevel + 1}/${templates.baseLevel - 1}${templates.throughComp ? ` +${templates.throughComp}` : ''}`
}

/** Figures compared with the previous run, by a stable key. */
function flatten(report: BenchReport): Map<string, number> {
  const { main, subpackages, coldStarts } = report.app.packages
  const figures = new Map<string, number>([['main package bytes', main.totalBytes], ['main package gzip', main.totalGzip]])
  for (const group of GROUPS) figures.set(`main package ${group} bytes`, main.groups[group].bytes)
  for (const sub of subpackages) figures.set(`${sub.root} bytes`, sub.totalBytes)
  for (const coldStart of coldStarts) figures.set(`cold start ${coldStart.route} bytes`, coldStart.bytes)
  for (const route of report.app.routes) {
    figures.set(`${route.name} setData calls`, route.setDataCount)
    figures.set(`${route.name} setData bytes`, route.setDataBytes)
    figures.set(`${route.name} nodes`, route.nodes)
    figures.set(`${route.name} depth`, route.depth)
    figures.set(`${route.name} deepest template level`, route.templates.deepestLevel)
    figures.set(`${route.name} first render ms`, route.firstRenderMs.median)
  }
  return figures
}

export function printDeltas(previous: BenchReport | undefined, current: BenchReport): void {
  if (!previous) {
    console.log('\nNo previous benchmarks/latest.json with figures per package to compare with.')
    return
  }
  const before = flatten(previous)
  const rows: string[][] = []
  for (const [key, value] of flatten(current)) {
    const old = before.get(key)
    if (old === undefined) rows.push([key, '(new)', format(value), ''])
    else if (old !== value) rows.push([key, format(old), format(value), signed(value - old, old)])
  }
  console.log(`\nChanges since the previous run (${previous.date}, ${previous.commit})`)
  if (rows.length === 0) console.log('No figure changed.')
  else table(['figure', 'before', 'now', 'delta'], rows)
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1)
}

function signed(delta: number, old: number): string {
  const relative = old ? ` (${delta > 0 ? '+' : ''}${((delta / old) * 100).toFixed(1)}%)` : ''
  return `${delta > 0 ? '+' : ''}${format(delta)}${relative}`
}



function ratio(value: number, base: number): string {
  return base > 0 ? `${(value / base).toFixed(1)}×` : value > 0 ? '—' : ''
}

/** Two decimals, for the ratios the budgets hold (scripts/bench/budgets.ts). */
function exactRatio(value: number, base: number): string {
  return `${(value / base).toFixed(2)}×`
}

/** Left-aligns the first column and right-aligns the figures. */
export function table(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  console.log(line(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of rows) console.log(line(row))
}

// Tables for npm run bench: package sizes and first renders of the app beside the empty Taro app, and the
// change since the previous benchmarks/latest.json.
import { kb, percent } from '../../tools/format'
import { GROUPS, GROUP_LABELS, type PackageSize } from './package-size'
import type { BenchReport, RouteFigures } from './types'


export function printReport(report: BenchReport): void {
  printPackage(report)
  printJsSplit(report.app.package)
  printRoutes(report)
}

function printPackage({ app, empty }: BenchReport): void {
  const rows = GROUPS.map((group) => {
    const mine = app.package.groups[group]
    const base = empty.package.groups[group]
    return [GROUP_LABELS[group], kb(mine.bytes), kb(mine.gzip), percent(mine.bytes / app.package.totalBytes), kb(base.bytes), kb(base.gzip), ratio(mine.bytes, base.bytes)]
  })
  rows.push(['TOTAL (gzip: each file on its own, summed)', kb(app.package.totalBytes), kb(app.package.totalGzip), '100%', kb(empty.package.totalBytes), kb(empty.package.totalGzip), ratio(app.package.totalBytes, empty.package.totalBytes)])
  console.log(`\nRelease package (${app.package.files} files; empty Taro React app: ${empty.package.files} files)`)
  table(['group', 'app', 'gzip', 'share', 'empty app', 'gzip', 'app/empty'], rows)
  const own = app.package.groups.appCode.bytes + app.package.groups.content.bytes
  console.log(`App's own code + content: ${kb(own)} = ${percent(own / app.package.totalBytes)} of the package.`)
  console.log(`Content is ${kb(app.package.groups.content.bytes)} as shipped; ${kb(app.package.contentAsUtf8Bytes)} if its Chinese were UTF-8 instead of \\uXXXX escapes (Taro's terser ascii_only).`)
  const left = app.package.notUploaded
  if (left.length) console.log(`Not counted (WeChat does not upload these extensions): ${left.map(({ file, bytes }) => `${file} ${kb(bytes)}`).join(', ')}.`)
  if (app.package.mixedModules > 0) console.log(`${app.package.mixedModules} module(s) mix framework and app sources; each is counted to its larger side.`)
}

function printJsSplit(size: PackageSize): void {
  console.log('\nApp JS files by origin of their modules')
  table(['file', 'bytes', 'framework', 'app code', 'content'], size.js.map((file) => [file.file, kb(file.bytes), kb(file.framework), kb(file.appCode), kb(file.content)]))
}

function printRoutes({ app, empty, loadAverage, cpus }: BenchReport): void {
  const base = empty.routes[0]
  const rows = [...app.routes, base].map((route) => routeRow(route, base, route === base ? 'EMPTY APP' : route.name))
  console.log('\nFirst render per route (setData until 60 ms without one; time: onLoad → first setData applied, in miniprogram-simulate)')
  table(['route', 'setData', 'bytes', 'largest', 'nodes', 'depth', 'ms median', 'min–max', 'bytes ×', 'nodes ×', 'ms ×'], rows)
  const unstable = app.routes.filter((route) => route.setDataCountsSeen.length > 1)
  for (const route of unstable) console.log(`${route.name}: setData count varied between runs: ${route.setDataCountsSeen.join(', ')}`)
  console.log('× = ratio to the empty app. Times come from jsdom on this machine: compare them with each other, not with a phone.')
  const load = `${loadAverage.before.toFixed(1)} → ${loadAverage.after.toFixed(1)}`
  const busy = Math.max(loadAverage.before, loadAverage.after) > cpus
  console.log(`Load average while rendering: ${load} on ${cpus} cores${busy ? ': the machine was busy, so the times are inflated and noisy' : ''}.`)
}

function routeRow(route: RouteFigures, base: RouteFigures, name: string): string[] {
  const time = route.firstRenderMs
  return [
    name, String(route.setDataCount), kb(route.setDataBytes), kb(route.largestSetDataBytes), String(route.nodes), String(route.depth),
    time.median.toFixed(1), `${time.min.toFixed(0)}–${time.max.toFixed(0)}`,
    ratio(route.setDataBytes, base.setDataBytes), ratio(route.nodes, base.nodes), ratio(time.median, base.firstRenderMs.median)
  ]
}

/** Figures compared with the previous run, by a stable key. */
function flatten(report: BenchReport): Map<string, number> {
  const figures = new Map<string, number>([['package total bytes', report.app.package.totalBytes], ['package total gzip', report.app.package.totalGzip]])
  for (const group of GROUPS) figures.set(`package ${group} bytes`, report.app.package.groups[group].bytes)
  for (const route of report.app.routes) {
    figures.set(`${route.name} setData calls`, route.setDataCount)
    figures.set(`${route.name} setData bytes`, route.setDataBytes)
    figures.set(`${route.name} nodes`, route.nodes)
    figures.set(`${route.name} depth`, route.depth)
    figures.set(`${route.name} first render ms`, route.firstRenderMs.median)
  }
  return figures
}

export function printDeltas(previous: BenchReport | undefined, current: BenchReport): void {
  if (!previous) {
    console.log('\nNo previous benchmarks/latest.json to compare with.')
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

/** Left-aligns the first column and right-aligns the figures. */
export function table(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  console.log(line(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of rows) console.log(line(row))
}

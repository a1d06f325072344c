// Tables for npm run bench: package sizes and renders of the app beside the empty Taro app, each route's first
// screen with entries added to the content, the budgets with their margins, and the change since the previous
// benchmarks/latest.json.
import { kb, percent } from '../../tools/format'
import { MAIN_PACKAGE } from '../../tools/packages'
import { MARGIN_USE_AT_MOST, type BudgetCheck, type BudgetName } from './budgets'
import { GROUPS, GROUP_LABELS, type PackageSize } from './package-size'
import type { BenchReport, RouteFigures } from './types'

export function printReport(report: BenchReport): void {
  printMainPackage(report)
  printJsSplit(report.app.packages.main)
  printSubpackages(report)
  printColdStarts(report)
  printRoutes(report)
  printGrowth(report)
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
  const code = main.totalBytes - main.groups.content.bytes
  console.log(`Main package: ${main.totalBytes} B = ${exactRatio(main.totalBytes, base.totalBytes)} the empty app (${base.totalBytes} B); its code (all but the content): ${code} B = ${exactRatio(code, base.totalBytes)}.`)
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
  const { main, subpackages } = app.packages
  const contentOf = (root: string) => (root === MAIN_PACKAGE ? main : subpackages.find((sub) => sub.root === root))?.groups.content.bytes ?? 0
  console.log('\nA QR code or share card straight to a page: what WeChat downloads before the page shows (code: all but the content)')
  table(['route', 'packages', 'bytes', 'gzip', 'app/empty', 'code', 'code/empty'], app.packages.coldStarts.map((coldStart) => {
    const code = coldStart.bytes - coldStart.packages.reduce((sum, root) => sum + contentOf(root), 0)
    return [coldStart.route, coldStart.packages.join(' + '), kb(coldStart.bytes), kb(coldStart.gzip), exactRatio(coldStart.bytes, base), kb(code), exactRatio(code, base)]
  }))
}

function printRoutes({ app, empty, loadAverage, cpus }: BenchReport): void {
  const base = empty.routes[0]
  const rows = [...app.routes, base].map((route) => routeRow(route, base, route === base ? 'EMPTY APP' : route.name))
  console.log('\nRenders per route: the first screen (setData before onReady) and the whole page (until it settled); time: onLoad → first setData applied, in miniprogram-simulate')
  table(['route', 'first', 'bytes', 'whole', 'bytes', 'largest', 'nodes', 'depth', 'tmpl', 'ms median', 'min–max', 'first ×', 'nodes ×', 'ms ×'], rows)
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
    name, String(route.firstScreen.setDataCount), kb(route.firstScreen.setDataBytes), String(route.setDataCount), kb(route.setDataBytes), kb(route.largestSetDataBytes),
    String(route.nodes), String(route.depth), templateLevels(route), time.median.toFixed(1), `${time.min.toFixed(0)}–${time.max.toFixed(0)}`,
    ratio(route.firstScreen.setDataBytes, base.firstScreen.setDataBytes), ratio(route.nodes, base.nodes), ratio(time.median, base.firstRenderMs.median)
  ]
}

function printGrowth({ app, growth }: BenchReport): void {
  console.log(`\nThe first screen with ${growth.entriesPerList} more entries in every list lower down (a copy of the content, built in ${growth.buildSeconds.toFixed(1)} s); lists grown:`)
  for (const { file, list, shownOn } of growth.lists) console.log(`  ${file} ${list}: ${shownOn}`)
  table(['route', 'first screen', `+${growth.entriesPerList} per list`, 'change'], app.routes.map((route) => {
    const grown = growth.routes.find((entry) => entry.name === route.name)
    const change = grown ? grown.firstScreen.setDataBytes - route.firstScreen.setDataBytes : undefined
    return [route.name, `${route.firstScreen.setDataBytes} B`, grown ? `${grown.firstScreen.setDataBytes} B` : '—', change === undefined ? '—' : `${change > 0 ? '+' : ''}${change} B`]
  }))
}

/**
 * The budgets, each with its tightest figure and the margin left (share of the allowance unused; for a ratio to the
 * empty app, of the part above 1×), then what exceeds them. Exits 1 on a violation when they are checked.
 */
export function printBudgets(checks: BudgetCheck[], checked: boolean): number {
  const byBudget = new Map<BudgetName, BudgetCheck[]>()
  for (const check of checks) byBudget.set(check.budget, [...(byBudget.get(check.budget) ?? []), check])
  console.log(`\nBudgets: each with its tightest figure; margin = share of the allowance left (for a ratio to the empty app, of the part above 1×), at least ${percent(1 - MARGIN_USE_AT_MOST)} wanted`)
  for (const [budget, group] of byBudget) {
    const tightest = group.reduce((worst, check) => (check.used > worst.used ? check : worst))
    const met = group.filter((check) => check.met).length
    const margin = tightest.exact ? 'exact count' : `margin ${percent(Math.max(0, 1 - tightest.used))}`
    console.log(`  ${met === group.length ? '✓' : '✗'} ${budget} (${met}/${group.length} met, ${margin}): ${tightest.line}`)
  }
  const thin = checks.filter((check) => check.met && !check.exact && check.used > MARGIN_USE_AT_MOST)
  if (thin.length) console.log(`\nLess than ${percent(1 - MARGIN_USE_AT_MOST)} margin left:\n${thin.map((check) => `  - ${check.line}`).join('\n')}`)
  const violations = checks.filter((check) => !check.met).map((check) => check.line)
  if (violations.length === 0) {
    console.log('\nBudgets: all met.')
    return 0
  }
  const heading = checked ? 'Budget violations' : 'Budgets exceeded (not checked: add -- --check-budgets to fail on them)'
  console[checked ? 'error' : 'log'](`\n${heading}:\n${violations.map((line) => `  - ${line}`).join('\n')}`)
  return checked ? 1 : 0
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
    // Figures saved before the first screen was measured apart have none.
    if (route.firstScreen) figures.set(`${route.name} first screen bytes`, route.firstScreen.setDataBytes)
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

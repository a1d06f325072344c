// npm run bench [-- --check-budgets] [-- --save]: builds, side by side, the release package, a one-page empty Taro
// React app, and the package again from a copy of the content with entries added to every list lower down on the
// long pages (content-growth.ts); measures the first two (size of the main package and of each subpackage, by group;
// what a QR code straight to each page downloads; per route: the first screen's setData, the whole page's setData,
// WXML nodes, depth and template levels, time to first render) and each route's first screen in the third; and prints
// them side by side with the change since benchmarks/latest.json. --save writes the new figures there (on request
// only, so that CI leaves the tree clean); --check-budgets exits 1 when a budget in scripts/bench/budgets.ts is exceeded.
import { execFileSync } from 'child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs'
import os from 'os'
import path from 'path'
import { DECIDE_SECTIONS, ROUTES } from '../../src/routes'
import { ROOT, buildAll, run, type BuildResult } from '../../tools/build'
import { MAIN_PACKAGE, readPackages } from '../../tools/packages'
import { runScript } from '../../tools/run-script'
import { prepareEmptyApp } from './baseline-app'
import { checkBudgets, type BudgetFigures } from './budgets'
import { ENTRIES_PER_LIST, GROWN_LISTS, prepareGrownApp } from './content-growth'
import { measurePackages, type PackageSize } from './package-size'
import { printBudgets, printDeltas, printReport } from './report'
import type { AppFigures, BenchReport, GrowthFigures, RouteFigures, RouteTarget } from './types'

/** The app is built beside dist/ so that a test run rebuilding dist/ cannot change it mid-measurement. */
const APP_OUTPUT = 'dist-bench'
const LATEST = path.join(ROOT, 'benchmarks/latest.json')
/** Timed renders per route (the first is also the one whose setData and DOM are reported). */
const RUNS = 11
const MEASURE_FILE = path.join(__dirname, 'measure.bench.ts')
/** Only pages/trial/index needs a query; each trial is its own route for the bench. */
const FALLBACK_TRIAL_IDS = ['astis', 'scot', 'assist', 'stat']

async function main(): Promise<number> {
  const enforce = process.argv.includes('--check-budgets')
  const save = process.argv.includes('--save')
  const work = mkdtempSync(path.join(os.tmpdir(), 'zibeike-bench-'))
  const copies: string[] = []
  try {
    const emptyDir = prepareEmptyApp()
    copies.push(emptyDir)
    const grownDir = prepareGrownApp()
    copies.push(grownDir)
    console.log(`Building the app, the empty Taro app and the app with ${ENTRIES_PER_LIST} more entries per list (taro build --type weapp, NODE_ENV=production) ...`)
    const [appBuild, emptyBuild, grownBuild] = await buildAll([
      { type: 'weapp', outputRoot: APP_OUTPUT, statsFile: path.join(work, 'app-stats.json') },
      { type: 'weapp', projectDir: emptyDir, statsFile: path.join(work, 'empty-stats.json') },
      { type: 'weapp', projectDir: grownDir }
    ])
    console.log(`Built in ${appBuild.seconds.toFixed(1)} s, ${emptyBuild.seconds.toFixed(1)} s and ${grownBuild.seconds.toFixed(1)} s. Rendering every route ${RUNS} times ...`)
    const loadBefore = os.loadavg()[0]
    const app = await measureApp('app', appBuild, work)
    const empty = await measureApp('empty', emptyBuild, work)
    // Only the first screens matter here: one render per route.
    const grownRoutes = await measureRoutes(grownBuild.dist, routesOf(grownBuild.dist), path.join(work, 'grown-routes.json'), 1)
    const growth: GrowthFigures = {
      entriesPerList: ENTRIES_PER_LIST,
      lists: GROWN_LISTS.map(({ file, list, shownOn }) => ({ file, list, shownOn })),
      buildSeconds: grownBuild.seconds,
      routes: grownRoutes.map(({ name, firstScreen }) => ({ name, firstScreen }))
    }
    return finish(app, empty, growth, { before: loadBefore, after: os.loadavg()[0] }, { enforce, save })
  } finally {
    rmSync(work, { recursive: true, force: true })
    for (const dir of copies) rmSync(dir, { recursive: true, force: true })
  }
}

async function measureApp(label: 'app' | 'empty', { dist, seconds }: BuildResult, work: string): Promise<AppFigures> {
  return {
    buildSeconds: seconds,
    packages: measurePackages(dist, path.join(work, `${label}-stats.json`)),
    routes: await measureRoutes(dist, routesOf(dist), path.join(work, `${label}-routes.json`), RUNS)
  }
}

/** The figures the budgets hold, from the measurements (content bytes: each package's content group). */
function budgetFigures(app: AppFigures, empty: AppFigures, growth: GrowthFigures): BudgetFigures {
  const { main: mainPackage, subpackages, coldStarts } = app.packages
  const contentOf = (root: string) => {
    const size: PackageSize | undefined = root === MAIN_PACKAGE ? mainPackage : subpackages.find((sub) => sub.root === root)
    return size?.groups.content.bytes ?? 0
  }
  return {
    emptyAppBytes: empty.packages.main.totalBytes,
    mainPackage: { bytes: mainPackage.totalBytes, contentBytes: mainPackage.groups.content.bytes, appCodeBytes: mainPackage.groups.appCode.bytes },
    subpackages: subpackages.map(({ root, totalBytes }) => ({ root, bytes: totalBytes })),
    coldStarts: coldStarts.map(({ route, bytes, packages }) => ({ route, bytes, contentBytes: packages.reduce((sum, root) => sum + contentOf(root), 0) })),
    routes: app.routes,
    growth: { entriesPerList: growth.entriesPerList, routes: growth.routes.map(({ name, firstScreen }) => ({ name, firstScreenBytes: firstScreen.setDataBytes })) }
  }
}

function finish(app: AppFigures, empty: AppFigures, growth: GrowthFigures, loadAverage: BenchReport['loadAverage'], { enforce, save }: { enforce: boolean; save: boolean }): number {
  const checks = checkBudgets(budgetFigures(app, empty, growth))
  const violations = checks.filter((entry) => !entry.met).map((entry) => entry.line)
  const report: BenchReport = {
    date: new Date().toISOString(),
    commit: commitOf(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverage,
    app,
    empty,
    growth,
    budgets: { checked: enforce, violations }
  }
  const previous = readPrevious()
  printReport(report)
  printDeltas(previous, report)
  if (save) {
    mkdirSync(path.dirname(LATEST), { recursive: true })
    writeFileSync(LATEST, `${JSON.stringify(report, null, 2)}\n`)
    console.log(`\nFigures written to ${path.relative(ROOT, LATEST)}.`)
  } else {
    console.log(`\nFigures not saved (add -- --save to make them the new ${path.relative(ROOT, LATEST)}).`)
  }
  return printBudgets(checks, enforce)
}

/** Every page in the package's app.json (main package and subpackages); the trial page once per trial in src/content/trials.json. */
function routesOf(dist: string): RouteTarget[] {
  return readPackages(dist).routes.flatMap((route): RouteTarget[] => {
    const short = route.replace(/^pages\//, '').replace(/\/index$/, '')
    if (route === ROUTES.trial) return trialIds().map((id) => ({ name: `${short}?id=${id}`, route, query: { id } }))
    // The decision aid shows one part at a time: each part is a first render of its own.
    if (route === ROUTES.decide) return DECIDE_SECTIONS.map((section) => ({ name: `${short}?section=${section}`, route, query: { section } }))
    return [{ name: short, route, query: {} }]
  })
}

function trialIds(): string[] {
  try {
    const content = JSON.parse(readFileSync(path.join(ROOT, 'src/content/trials.json'), 'utf8')) as { trials: { id: string }[] }
    return content.trials.map((trial) => trial.id)
  } catch {
    return FALLBACK_TRIAL_IDS
  }
}

/**
 * Renders need jsdom and miniprogram-simulate, so they run in Jest, in its own process per package: the app and
 * the empty app both register webpack chunks on the one global `wx`, and their chunk ids collide.
 */
async function measureRoutes(dist: string, routes: RouteTarget[], out: string, runs: number): Promise<RouteFigures[]> {
  const config = {
    rootDir: ROOT,
    testEnvironment: 'jsdom',
    testMatch: [MEASURE_FILE],
    transform: { '^.+\\.tsx?$': 'ts-jest' }
  }
  const env = { ...process.env, BENCH_DIST: dist, BENCH_ROUTES: JSON.stringify(routes), BENCH_RUNS: String(runs), BENCH_OUT: out }
  await run(process.execPath, [path.join(ROOT, 'node_modules/jest/bin/jest.js'), '--config', JSON.stringify(config), '--runInBand', '--silent', '--ci'], ROOT, env)
  return JSON.parse(readFileSync(out, 'utf8')) as RouteFigures[]
}

function readPrevious(): BenchReport | undefined {
  try {
    const report = JSON.parse(readFileSync(LATEST, 'utf8')) as Partial<BenchReport>
    // Figures saved before the bench measured each package apart have nothing to compare figure by figure.
    return report.app?.packages ? (report as BenchReport) : undefined
  } catch {
    return undefined
  }
}

function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'config', 'package.json'], { cwd: ROOT, encoding: 'utf8' }).trim()
    return dirty ? `${head}+uncommitted changes` : head
  } catch {
    return 'unknown'
  }
}

runScript(main)

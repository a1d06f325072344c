// npm run bench [-- --check-budgets] [-- --save]: builds the release package and a one-page empty Taro React app
// in the same run, measures both (size of the main package and of each subpackage, by group; what a QR code straight
// to each page downloads; per route: setData, WXML nodes, depth and template levels, time to first render) and prints
// them side by side with the change since benchmarks/latest.json. --save writes the new
// figures there (on request only, so that CI leaves the tree clean); --check-budgets exits 1 when a budget in
// scripts/bench/budgets.ts is exceeded.
import { execFileSync } from 'child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs'
import os from 'os'
import path from 'path'
import { DECIDE_SECTIONS, ROUTES } from '../../src/routes'
import { ROOT, buildAll, run, type BuildResult } from '../../tools/build'
import { readPackages } from '../../tools/packages'
import { runScript } from '../../tools/run-script'
import { prepareEmptyApp } from './baseline-app'
import { budgetViolations } from './budgets'
import { measurePackages } from './package-size'
import { printDeltas, printReport } from './report'
import type { AppFigures, BenchReport, RouteFigures, RouteTarget } from './types'

/** The app is built beside dist/ so that a test run rebuilding dist/ cannot change it mid-measurement. */
const APP_OUTPUT = 'dist-bench'
const LATEST = path.join(ROOT, 'benchmarks/latest.json')
/** Timed renders per route (the first is also the one whose setData and DOM are reported). */
const RUNS = 11
const MEASURE_FILE = path.join(__dirname, 'measure.bench.ts')
/** Only pages/trial/index needs a query; each trial is its own route for the bench. */
const FALLBACK_TRIAL_IDS = ['astis', 'scot', 'assist', 'stat']

async function main(): Promise<number> {
  const checkBudgets = process.argv.includes('--check-budgets')
  const save = process.argv.includes('--save')
  const work = mkdtempSync(path.join(os.tmpdir(), 'zibeike-bench-'))
  let emptyDir: string | undefined
  try {
    emptyDir = prepareEmptyApp()
    console.log('Building the app and the empty Taro app (taro build --type weapp, NODE_ENV=production) ...')
    const [appBuild, emptyBuild] = await buildAll([
      { type: 'weapp', outputRoot: APP_OUTPUT, statsFile: path.join(work, 'app-stats.json') },
      { type: 'weapp', projectDir: emptyDir, statsFile: path.join(work, 'empty-stats.json') }
    ])
    console.log(`Built in ${appBuild.seconds.toFixed(1)} s and ${emptyBuild.seconds.toFixed(1)} s. Rendering every route ${RUNS} times ...`)
    const loadBefore = os.loadavg()[0]
    const app = await measureApp('app', appBuild, work)
    const empty = await measureApp('empty', emptyBuild, work)
    return finish(app, empty, { before: loadBefore, after: os.loadavg()[0] }, { checkBudgets, save })
  } finally {
    rmSync(work, { recursive: true, force: true })
    if (emptyDir) rmSync(emptyDir, { recursive: true, force: true })
  }
}

async function measureApp(label: 'app' | 'empty', { dist, seconds }: BuildResult, work: string): Promise<AppFigures> {
  return {
    buildSeconds: seconds,
    packages: measurePackages(dist, path.join(work, `${label}-stats.json`)),
    routes: await measureRoutes(dist, routesOf(dist), path.join(work, `${label}-routes.json`))
  }
}

function finish(app: AppFigures, empty: AppFigures, loadAverage: BenchReport['loadAverage'], { checkBudgets, save }: { checkBudgets: boolean; save: boolean }): number {
  const { main: mainPackage, subpackages, coldStarts } = app.packages
  const violations = budgetViolations({
    emptyAppBytes: empty.packages.main.totalBytes,
    mainPackage: { bytes: mainPackage.totalBytes, ownBytes: mainPackage.groups.appCode.bytes + mainPackage.groups.content.bytes },
    subpackages: subpackages.map(({ root, totalBytes }) => ({ root, bytes: totalBytes })),
    coldStarts,
    routes: app.routes
  })
  const report: BenchReport = {
    date: new Date().toISOString(),
    commit: commitOf(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverage,
    app,
    empty,
    budgets: { checked: checkBudgets, violations }
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
  return printBudgets(violations, checkBudgets)
}

function printBudgets(violations: string[], checkBudgets: boolean): number {
  if (violations.length === 0) {
    console.log('\nBudgets: all met.')
    return 0
  }
  const heading = checkBudgets ? 'Budget violations' : 'Budgets exceeded (not checked: add -- --check-budgets to fail on them)'
  console[checkBudgets ? 'error' : 'log'](`\n${heading}:\n${violations.map((line) => `  - ${line}`).join('\n')}`)
  return checkBudgets ? 1 : 0
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
async function measureRoutes(dist: string, routes: RouteTarget[], out: string): Promise<RouteFigures[]> {
  const config = {
    rootDir: ROOT,
    testEnvironment: 'jsdom',
    testMatch: [MEASURE_FILE],
    transform: { '^.+\\.tsx?$': 'ts-jest' }
  }
  const env = { ...process.env, BENCH_DIST: dist, BENCH_ROUTES: JSON.stringify(routes), BENCH_RUNS: String(RUNS), BENCH_OUT: out }
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

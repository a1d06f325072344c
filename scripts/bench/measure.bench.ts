// Run by npm run bench through Jest (jsdom + miniprogram-simulate), once per package: opens every route of the
// package given in BENCH_DIST and writes its render figures to BENCH_OUT: its first screen (the setData calls
// before onReady) and the whole page once it has settled. Not part of `npm test` (jest.config.js matches
// tests/**/*.test.ts only), and it asserts nothing: figures are judged by the bench.
import { writeFileSync } from 'fs'
import type { OpenPage } from '../../tools/miniprogram'
import { templateFigures } from './templates'
import type { RouteFigures, RouteTarget } from './types'

const dist = requiredEnv('BENCH_DIST')
const routes = JSON.parse(requiredEnv('BENCH_ROUTES')) as RouteTarget[]
const runs = Number(requiredEnv('BENCH_RUNS'))
const out = requiredEnv('BENCH_OUT')

type Harness = typeof import('../../tools/miniprogram')

test('measure first renders', async () => {
  const figures: RouteFigures[] = []
  for (const target of routes) figures.push(await inFreshApp((harness) => measureRoute(harness, target)))
  writeFileSync(out, JSON.stringify(figures, null, 2))
}, 600_000)

/**
 * Each route in an app of its own (its own module registry and mock wx), as a QR code straight to it starts one:
 * Taro numbers every node it creates, so a page opened after others would send longer ids than the same page
 * opened first, and a route's figures would depend on the routes measured before it.
 */
async function inFreshApp<T>(measure: (harness: Harness) => Promise<T>): Promise<T> {
  let result: { value: T } | undefined
  await jest.isolateModulesAsync(async () => {
    delete (global as { wx?: unknown }).wx
    const harness = require('../../tools/miniprogram') as Harness
    harness.useDist(dist)
    harness.launchApp({ scene: 1001 })
    result = { value: await measure(harness) }
  })
  if (!result) throw new Error('the fresh app measured nothing')
  return result.value
}

/** One cold render for the setData and DOM figures, then `runs - 1` more in the same app for the time to first render. */
async function measureRoute(harness: Harness, target: RouteTarget): Promise<RouteFigures> {
  const cold = await renderOnce(harness, target)
  const times: number[] = [cold.firstRenderMs]
  const counts = new Set([cold.setDataCount])
  for (let run = 1; run < runs; run += 1) {
    const again = await renderOnce(harness, target)
    times.push(again.firstRenderMs)
    counts.add(again.setDataCount)
  }
  return {
    ...target,
    firstScreen: cold.firstScreen,
    setDataCount: cold.setDataCount,
    setDataBytes: cold.setDataBytes,
    largestSetDataBytes: cold.largestSetDataBytes,
    setDataCountsSeen: [...counts].sort((a, b) => a - b),
    nodes: cold.nodes,
    depth: cold.depth,
    templates: cold.templates,
    firstRenderMs: { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times.length }
  }
}

/** openPage returns once the page has settled: its first screen and whatever it rendered after onReady. */
async function renderOnce({ openPage }: Harness, target: RouteTarget) {
  const page = await openPage(target.route, target.query)
  const figures = { ...setDataFigures(page), ...treeFigures(page.component.dom as Element), templates: templateFigures(dist, page.instance.data.root) }
  page.close()
  return figures
}

function setDataFigures({ setDataCalls: calls, loadStartedAt, firstScreen }: OpenPage) {
  return {
    firstScreen: { setDataCount: firstScreen.setDataCalls.length, setDataBytes: firstScreen.setDataCalls.reduce((sum, call) => sum + call.bytes, 0) },
    setDataCount: calls.length,
    setDataBytes: calls.reduce((sum, call) => sum + call.bytes, 0),
    largestSetDataBytes: Math.max(...calls.map((call) => call.bytes)),
    firstRenderMs: calls[0].at - loadStartedAt
  }
}

/** Element nodes below the page root and their deepest nesting (the page root's children are depth 1). */
function treeFigures(root: Element): { nodes: number; depth: number } {
  let nodes = 0
  let depth = 0
  const visit = (element: Element, level: number) => {
    for (const child of Array.from(element.children)) {
      nodes += 1
      depth = Math.max(depth, level)
      visit(child, level + 1)
    }
  }
  visit(root, 1)
  return { nodes, depth }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run this through npm run bench`)
  return value
}

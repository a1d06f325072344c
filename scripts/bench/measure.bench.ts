// Run by npm run bench through Jest (jsdom + miniprogram-simulate), once per package: opens every route of the
// package given in BENCH_DIST and writes its first-render figures to BENCH_OUT. Not part of `npm test`
// (jest.config.js matches tests/**/*.test.ts only), and it asserts nothing: figures are judged by the bench.
import { writeFileSync } from 'fs'
import { launchApp, openPage, useDist, type OpenPage } from '../../tools/miniprogram'
import { templateFigures } from './templates'
import type { RouteFigures, RouteTarget } from './types'

const dist = requiredEnv('BENCH_DIST')
const routes = JSON.parse(requiredEnv('BENCH_ROUTES')) as RouteTarget[]
const runs = Number(requiredEnv('BENCH_RUNS'))
const out = requiredEnv('BENCH_OUT')
/** A render has settled when no setData follows for this long; Taro batches updates well within it. */
const TIMING = { quietMs: 60, timeoutMs: 10_000 }

test('measure first renders', async () => {
  useDist(dist)
  launchApp({ scene: 1001 })
  const figures: RouteFigures[] = []
  for (const target of routes) figures.push(await measureRoute(target))
  writeFileSync(out, JSON.stringify(figures, null, 2))
}, 600_000)

/** One cold render for the setData and DOM figures, then `runs` more for the time to first render. */
async function measureRoute(target: RouteTarget): Promise<RouteFigures> {
  const cold = await renderOnce(target)
  const times: number[] = [cold.firstRenderMs]
  const counts = new Set([cold.setDataCount])
  for (let run = 1; run < runs; run += 1) {
    const again = await renderOnce(target)
    times.push(again.firstRenderMs)
    counts.add(again.setDataCount)
  }
  return {
    ...target,
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

async function renderOnce(target: RouteTarget) {
  const page = await openPage(target.route, target.query)
  await waitForQuiet(page.setDataCalls)
  const figures = { ...setDataFigures(page), ...treeFigures(page.component.dom as Element), templates: templateFigures(dist, page.instance.data.root) }
  page.close()
  return figures
}

/** Every setData until rendering has settled (none for TIMING.quietMs) counts as the first render. */
async function waitForQuiet(calls: OpenPage['setDataCalls']): Promise<void> {
  const started = Date.now()
  let seen = calls.length
  let quietSince = Date.now()
  while (Date.now() - quietSince < TIMING.quietMs) {
    if (Date.now() - started > TIMING.timeoutMs) throw new Error(`Rendering did not settle within ${TIMING.timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 5))
    if (calls.length !== seen) {
      seen = calls.length
      quietSince = Date.now()
    }
  }
}

function setDataFigures({ setDataCalls: calls, loadStartedAt }: OpenPage) {
  return {
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

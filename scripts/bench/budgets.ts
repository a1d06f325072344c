// The performance budgets of npm run bench -- --check-budgets, as a pure function of the measured figures. What a
// reader waits for is held as a ratio to the empty Taro React app built in the same run (a machine or a Taro update
// moves both alike); WeChat's own limits are bytes.
import { ROUTES } from '../../src/routes'
import { KB, kb, percent } from '../../tools/format'

export interface Budgets {
  /** The main package, downloaded before anything shows, as a multiple of the empty app. */
  mainPackageRatioAtMost: number
  /** A QR code or share card straight to a trial page: the main package and pages/trial, as a multiple of the empty app. */
  trialColdStartRatioAtMost: number
  /** WeChat's limit for the main package and for each subpackage. */
  packageBytesAtMost: number
  /** App code + content, as a share of the main package. */
  ownShareBelow: number
  setDataCallsAtMost: number
  setDataBytesBelow: number
  nodesBelow: number
  depthBelow: number
  /** Tighter first-render targets for the longest pages, by route (with any query). */
  routes: Record<string, { setDataBytesAtMost: number; nodesAtMost: number }>
}

export const BUDGETS: Budgets = {
  mainPackageRatioAtMost: 1.15,
  trialColdStartRatioAtMost: 1.3,
  packageBytesAtMost: 2048 * KB,
  ownShareBelow: 0.25,
  // One setData per first render: every later one is another round trip between the JS and the render thread.
  setDataCallsAtMost: 1,
  // WeChat's limits are 256 KB per setData and 1,000 nodes / depth 30 per page; these leave room below them.
  setDataBytesBelow: 64 * KB,
  nodesBelow: 600,
  depthBelow: 30,
  routes: {
    [ROUTES.hsct]: { setDataBytesAtMost: 38 * KB, nodesAtMost: 330 },
    [ROUTES.trial]: { setDataBytesAtMost: 29 * KB, nodesAtMost: 260 }
  }
}

export interface RouteBudgetFigures {
  name: string
  route: string
  setDataCount: number
  setDataBytes: number
  nodes: number
  depth: number
  templates: { baseLevel: number; throughComp: number }
}

export interface BudgetFigures {
  emptyAppBytes: number
  mainPackage: { bytes: number; ownBytes: number }
  subpackages: { root: string; bytes: number }[]
  /** Per route, what a QR code or share card straight to it downloads: the main package and the route's subpackage. */
  coldStarts: { route: string; bytes: number }[]
  routes: RouteBudgetFigures[]
}

/** One line per exceeded budget, naming the figure, its value and the limit; empty when all are met. */
export function budgetViolations(figures: BudgetFigures, budgets: Budgets = BUDGETS): string[] {
  return [...packageViolations(figures, budgets), ...figures.routes.flatMap((route) => routeViolations(route, budgets))]
}

function packageViolations({ emptyAppBytes, mainPackage, subpackages, coldStarts }: BudgetFigures, budgets: Budgets): string[] {
  const found: string[] = []
  const ratio = (bytes: number) => bytes / emptyAppBytes
  if (ratio(mainPackage.bytes) > budgets.mainPackageRatioAtMost) {
    found.push(`main package: ${kb(mainPackage.bytes)} = ${times(ratio(mainPackage.bytes))} the empty app, budget ≤ ${times(budgets.mainPackageRatioAtMost)}`)
  }
  const trial = coldStarts.find((coldStart) => coldStart.route === ROUTES.trial)
  if (!trial) found.push(`no cold-start figure for ${ROUTES.trial}`)
  else if (ratio(trial.bytes) > budgets.trialColdStartRatioAtMost) {
    found.push(`QR code to ${ROUTES.trial}: downloads ${kb(trial.bytes)} = ${times(ratio(trial.bytes))} the empty app, budget ≤ ${times(budgets.trialColdStartRatioAtMost)}`)
  }
  const packages = [{ name: 'main package', bytes: mainPackage.bytes }, ...subpackages.map((sub) => ({ name: `subpackage ${sub.root}`, bytes: sub.bytes }))]
  for (const { name, bytes } of packages) {
    if (bytes > budgets.packageBytesAtMost) found.push(`${name}: ${kb(bytes)} > WeChat's limit of ${kb(budgets.packageBytesAtMost)}`)
  }
  const share = mainPackage.bytes > 0 ? mainPackage.ownBytes / mainPackage.bytes : 0
  if (share >= budgets.ownShareBelow) {
    found.push(`app code + content: ${percent(share)} of the main package (${kb(mainPackage.ownBytes)}), budget < ${percent(budgets.ownShareBelow)}`)
  }
  return found
}

function routeViolations(route: RouteBudgetFigures, budgets: Budgets): string[] {
  const found: string[] = []
  if (route.setDataCount > budgets.setDataCallsAtMost) {
    found.push(`${route.name}: first render takes ${route.setDataCount} setData calls > ${budgets.setDataCallsAtMost}`)
  }
  if (route.setDataBytes >= budgets.setDataBytesBelow) {
    found.push(`${route.name}: first render sends ${kb(route.setDataBytes)} of setData, budget < ${kb(budgets.setDataBytesBelow)}`)
  }
  if (route.nodes >= budgets.nodesBelow) {
    found.push(`${route.name}: ${route.nodes} WXML nodes, budget < ${budgets.nodesBelow}`)
  }
  if (route.depth >= budgets.depthBelow) {
    found.push(`${route.name}: WXML depth ${route.depth}, budget < ${budgets.depthBelow}`)
  }
  const target = budgets.routes[route.route]
  if (target && route.setDataBytes > target.setDataBytesAtMost) {
    found.push(`${route.name}: first render sends ${kb(route.setDataBytes)} of setData, target ≤ ${kb(target.setDataBytesAtMost)}`)
  }
  if (target && route.nodes > target.nodesAtMost) {
    found.push(`${route.name}: ${route.nodes} WXML nodes, target ≤ ${target.nodesAtMost}`)
  }
  if (route.templates.throughComp > 0) {
    found.push(`${route.name}: ${route.templates.throughComp} subtree(s) lie deeper than mini.baseLevel ${route.templates.baseLevel} and render through Taro's comp component: raise baseLevel in config/index.ts`)
  }
  return found
}

function times(ratio: number): string {
  return `${ratio.toFixed(2)}×`
}

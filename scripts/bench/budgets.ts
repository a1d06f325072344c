// The performance budgets of npm run bench -- --check-budgets, as a pure function of the measured figures.
import { KB, kb, percent } from '../../tools/format'

export interface Budgets {
  packageBytesAtMost: number
  /** App code + content, as a share of the whole package. */
  ownShareBelow: number
  setDataCallsAtMost: number
  setDataBytesBelow: number
  nodesBelow: number
  depthBelow: number
}

export const BUDGETS: Budgets = {
  // Room for the content to grow while the package stays quick to download on a weak network (WeChat allows 2 MB).
  packageBytesAtMost: 400 * KB,
  ownShareBelow: 0.25,
  setDataCallsAtMost: 2,
  setDataBytesBelow: 64 * KB,
  nodesBelow: 600,
  depthBelow: 30
}

export interface RouteBudgetFigures {
  name: string
  setDataCount: number
  setDataBytes: number
  nodes: number
  depth: number
}

export interface BudgetFigures {
  packageBytes: number
  ownBytes: number
  routes: RouteBudgetFigures[]
}

/** One line per exceeded budget, naming the figure, its value and the limit; empty when all are met. */
export function budgetViolations(figures: BudgetFigures, budgets: Budgets = BUDGETS): string[] {
  return [...packageViolations(figures, budgets), ...figures.routes.flatMap((route) => routeViolations(route, budgets))]
}

function packageViolations({ packageBytes, ownBytes }: BudgetFigures, budgets: Budgets): string[] {
  const found: string[] = []
  if (packageBytes > budgets.packageBytesAtMost) {
    found.push(`main package: ${kb(packageBytes)} > ${kb(budgets.packageBytesAtMost)}`)
  }
  const share = packageBytes > 0 ? ownBytes / packageBytes : 0
  if (share >= budgets.ownShareBelow) {
    found.push(`app code + content: ${percent(share)} of the package (${kb(ownBytes)}), budget < ${percent(budgets.ownShareBelow)}`)
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
  return found
}



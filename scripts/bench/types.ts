// Figures shared by the bench's measuring side (Jest) and its reporting side (scripts/bench/main.ts).
import type { PackageSizes } from './package-size'
import type { TemplateFigures } from './templates'

export interface RouteTarget {
  /** What the report calls it, e.g. "trial?id=scot". */
  name: string
  route: string
  query: Record<string, string>
}

export interface RouteFigures extends RouteTarget {
  /** setData calls from onLoad until rendering settled, in the first (cold) render. */
  setDataCount: number
  setDataBytes: number
  largestSetDataBytes: number
  /** Counts seen over all runs: more than one value means the first render is not deterministic. */
  setDataCountsSeen: number[]
  nodes: number
  depth: number
  /** How deep the page sits in base.wxml's template levels, and what falls past them. */
  templates: TemplateFigures
  /** onLoad → first setData applied, in miniprogram-simulate under jsdom: a relative figure, not device time. */
  firstRenderMs: { median: number; min: number; max: number; runs: number }
}

export interface AppFigures {
  buildSeconds: number
  packages: PackageSizes
  routes: RouteFigures[]
}

export interface BenchReport {
  date: string
  commit: string
  node: string
  cpus: number
  /** 1-minute load average before and after rendering: above `cpus`, other work skewed the times. */
  loadAverage: { before: number; after: number }
  app: AppFigures
  empty: AppFigures
  budgets: { checked: boolean; violations: string[] }
}

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
  /** What the reader waits for before the first paint: the setData calls from onLoad until onReady, in the cold render. */
  firstScreen: { setDataCount: number; setDataBytes: number }
  /** The whole page (first screen and what it renders after onReady), from onLoad until rendering settled. */
  setDataCount: number
  setDataBytes: number
  largestSetDataBytes: number
  /** Whole-page counts seen over all runs: more than one value means the render is not deterministic. */
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

/** Each route's first screen, built from a copy of the content with entries added lower down (content-growth.ts). */
export interface GrowthFigures {
  entriesPerList: number
  lists: { file: string; list: string; shownOn: string }[]
  buildSeconds: number
  routes: Pick<RouteFigures, 'name' | 'firstScreen'>[]
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
  growth: GrowthFigures
  budgets: { checked: boolean; violations: string[] }
}

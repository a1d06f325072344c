import { ROUTES } from '@/routes'
import { BUDGETS, budgetViolations, type BudgetFigures, type RouteBudgetFigures } from '../../scripts/bench/budgets'
import { KB } from '../../tools/format'

const EMPTY_APP = 280 * KB

const route = (overrides: Partial<RouteBudgetFigures> = {}): RouteBudgetFigures => ({
  name: 'index', route: ROUTES.home, setDataCount: 1, setDataBytes: 5 * KB, nodes: 100, depth: 8, templates: { baseLevel: 12, throughComp: 0 }, ...overrides
})
const figures = (overrides: Partial<BudgetFigures> = {}): BudgetFigures => ({
  emptyAppBytes: EMPTY_APP,
  mainPackage: { bytes: 300 * KB, ownBytes: 30 * KB },
  subpackages: [{ root: 'pages/trial', bytes: 30 * KB }],
  coldStarts: [{ route: ROUTES.home, bytes: 300 * KB }, { route: ROUTES.trial, bytes: 330 * KB }],
  routes: [route()],
  ...overrides
})

test('a package and routes within every budget pass', () => {
  expect(budgetViolations(figures())).toEqual([])
})

test('the main package and a QR code straight to a trial are held as ratios to the empty app, inclusive', () => {
  const atLimits = figures({
    mainPackage: { bytes: EMPTY_APP * 1.15, ownBytes: 0 },
    coldStarts: [{ route: ROUTES.trial, bytes: EMPTY_APP * 1.3 }]
  })
  expect(budgetViolations(atLimits)).toEqual([])

  const justOver = figures({
    mainPackage: { bytes: EMPTY_APP * 1.15 + 1, ownBytes: 0 },
    coldStarts: [{ route: ROUTES.trial, bytes: EMPTY_APP * 1.3 + 1 }]
  })
  expect(budgetViolations(justOver)).toEqual([
    'main package: 322.0 KB = 1.15× the empty app, budget ≤ 1.15×',
    'QR code to pages/trial/index: downloads 364.0 KB = 1.30× the empty app, budget ≤ 1.30×'
  ])
})

test('the ratios follow the empty app of the same run, not a fixed size', () => {
  const app = figures({ mainPackage: { bytes: 330 * KB, ownBytes: 0 } })
  expect(budgetViolations(app)).toHaveLength(1)
  expect(budgetViolations({ ...app, emptyAppBytes: 300 * KB })).toEqual([])
})

test('a cold start to a page other than a trial is reported, not budgeted; a missing trial figure is a violation', () => {
  expect(budgetViolations(figures({ coldStarts: [{ route: ROUTES.trial, bytes: 300 * KB }, { route: ROUTES.hsct, bytes: 2 * EMPTY_APP }] }))).toEqual([])
  expect(budgetViolations(figures({ coldStarts: [{ route: ROUTES.hsct, bytes: 300 * KB }] }))).toEqual(['no cold-start figure for pages/trial/index'])
})

test("WeChat's 2 MB limit holds for the main package and for each subpackage", () => {
  const atLimit = figures({ emptyAppBytes: 2048 * KB, mainPackage: { bytes: 2048 * KB, ownBytes: 0 }, subpackages: [{ root: 'pages/trial', bytes: 2048 * KB }] })
  expect(budgetViolations(atLimit)).toEqual([])
  const over = figures({ emptyAppBytes: 2048 * KB, mainPackage: { bytes: 2048 * KB + 1, ownBytes: 0 }, subpackages: [{ root: 'pages/about', bytes: 2048 * KB + 1 }] })
  expect(budgetViolations(over).filter((line) => line.includes("WeChat's limit"))).toEqual([
    "main package: 2048.0 KB > WeChat's limit of 2048.0 KB",
    "subpackage pages/about: 2048.0 KB > WeChat's limit of 2048.0 KB"
  ])
})

test("the app's own share is measured against the main package", () => {
  const [violation] = budgetViolations(figures({ mainPackage: { bytes: 300 * KB, ownBytes: 150 * KB } }))
  expect(violation).toBe('app code + content: 50.0% of the main package (150.0 KB), budget < 25.0%')
})

test('route limits are inclusive or exclusive exactly as specified', () => {
  expect(budgetViolations(figures({ routes: [route({ setDataCount: 1, setDataBytes: 64 * KB - 1, nodes: 599, depth: 29 })] }))).toEqual([])
  expect(budgetViolations(figures({ routes: [route({ setDataCount: 2, setDataBytes: 64 * KB, nodes: 600, depth: 30 })] }))).toHaveLength(4)
})

test('the explainer and every trial page have their own first-render targets, inclusive', () => {
  const within = [
    route({ name: 'hsct', route: ROUTES.hsct, setDataBytes: 38 * KB, nodes: 330 }),
    route({ name: 'trial?id=scot', route: ROUTES.trial, setDataBytes: 29 * KB, nodes: 260 })
  ]
  expect(budgetViolations(figures({ routes: within }))).toEqual([])
  const over = [
    route({ name: 'hsct', route: ROUTES.hsct, setDataBytes: 38 * KB + 1, nodes: 331 }),
    route({ name: 'trial?id=stat', route: ROUTES.trial, setDataBytes: 29 * KB + 1, nodes: 261 }),
    route({ name: 'contact', route: ROUTES.contact, setDataBytes: 38 * KB + 1, nodes: 331 })
  ]
  expect(budgetViolations(figures({ routes: over }))).toEqual([
    'hsct: first render sends 38.0 KB of setData, target ≤ 38.0 KB',
    'hsct: 331 WXML nodes, target ≤ 330',
    'trial?id=stat: first render sends 29.0 KB of setData, target ≤ 29.0 KB',
    'trial?id=stat: 261 WXML nodes, target ≤ 260'
  ])
})

test('a page deeper than mini.baseLevel, which falls back to Taro\'s comp component, is a violation', () => {
  expect(budgetViolations(figures({ routes: [route({ name: 'decide', templates: { baseLevel: 12, throughComp: 3 } })] }))).toEqual([
    "decide: 3 subtree(s) lie deeper than mini.baseLevel 12 and render through Taro's comp component: raise baseLevel in config/index.ts"
  ])
})

test('budgets can be overridden', () => {
  expect(budgetViolations(figures(), { ...BUDGETS, nodesBelow: 50 })).toEqual(['index: 100 WXML nodes, budget < 50'])
})

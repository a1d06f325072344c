import { BUDGETS, budgetViolations, type BudgetFigures, type RouteBudgetFigures } from '../../scripts/bench/budgets'
import { KB } from '../../tools/format'

const route = (overrides: Partial<RouteBudgetFigures> = {}): RouteBudgetFigures => ({
  name: 'index', setDataCount: 1, setDataBytes: 5 * KB, nodes: 100, depth: 8, ...overrides
})
const figures = (overrides: Partial<BudgetFigures> = {}): BudgetFigures => ({
  packageBytes: 390 * KB, ownBytes: 50 * KB, routes: [route()], ...overrides
})

test('a package and routes within every budget pass', () => {
  expect(budgetViolations(figures())).toEqual([])
})

test('limits are inclusive or exclusive exactly as specified', () => {
  const atLimits = figures({
    packageBytes: 400 * KB,
    ownBytes: 400 * KB * 0.25 - 1,
    routes: [route({ setDataCount: 2, setDataBytes: 64 * KB - 1, nodes: 599, depth: 29 })]
  })
  expect(budgetViolations(atLimits)).toEqual([])

  const justOver = figures({
    packageBytes: 400 * KB + 1,
    ownBytes: (400 * KB + 1) * 0.25,
    routes: [route({ setDataCount: 3, setDataBytes: 64 * KB, nodes: 600, depth: 30 })]
  })
  expect(budgetViolations(justOver)).toHaveLength(6)
})

test('each violation names its route and figure', () => {
  const violations = budgetViolations(figures({
    routes: [route(), route({ name: 'trial?id=scot', setDataCount: 4, nodes: 900 })]
  }))
  expect(violations).toEqual([
    'trial?id=scot: first render takes 4 setData calls > 2',
    'trial?id=scot: 900 WXML nodes, budget < 600'
  ])
})

test('the app share is measured against the whole package', () => {
  const [violation] = budgetViolations(figures({ packageBytes: 400 * KB, ownBytes: 200 * KB }))
  expect(violation).toBe('app code + content: 50.0% of the package (200.0 KB), budget < 25.0%')
})

test('budgets can be overridden', () => {
  expect(budgetViolations(figures(), { ...BUDGETS, nodesBelow: 50 })).toEqual(['index: 100 WXML nodes, budget < 50'])
})

// The performance budgets of npm run bench -- --check-budgets, as a pure function of the measured figures. Each
// budget holds something a reader waits for, and counts only what the code controls, not the length of the text
// (an added paragraph must not fail the build):
// - the package ratios count code, not content: a package's bytes less its content group (the content JSON as
//   inlined in the JS, see package-size.ts), against the empty Taro React app built in the same run (a machine or a
//   Taro update moves both alike). Content counts only where WeChat itself counts it: its 2 MB limit per package;
// - the first screen (the setData calls before onReady) is held by its slope: it must not change when entries are
//   added to every list lower down (content-growth.ts), and stay far below what a phone can take in one paint;
// - the whole page (the first screen and what AfterFirstScreen renders right after it) is held only to WeChat's own
//   limits, with room: nodes, depth and the largest setData.
import { ROUTES } from '../../src/routes'
import { KB } from '../../tools/format'

export interface Budgets {
  /** The main package's code, downloaded before anything shows, as a multiple of the empty app. */
  mainPackageCodeRatioAtMost: number
  /** A QR code or share card straight to a trial page: the code of the main package and pages/trial, as a multiple of the empty app. */
  trialColdStartCodeRatioAtMost: number
  /** WeChat's limit for the main package and for each subpackage, content included. */
  packageBytesAtMost: number
  /** The app's own code, as a share of the main package's code (the rest is the framework). */
  appCodeShareBelow: number
  /** The first screen arrives in this many setData calls: each more is another round trip before anything shows. */
  firstScreenSetDataCallsAtMost: number
  /** The rest of the page (what AfterFirstScreen holds back) follows in at most this many. */
  laterSetDataCallsAtMost: number
  firstScreenBytesBelow: number
  /** Any one setData (WeChat's limit is 256 KB). */
  setDataBytesBelow: number
  /** The whole page (WeChat's limits are 1,000 nodes and depth 30). */
  nodesBelow: number
  depthBelow: number
  /** How much the first screen may change when entries are added lower down: 0, within this (either way). */
  firstScreenSlopeBytesAtMost: number
}

export const BUDGETS: Budgets = {
  mainPackageCodeRatioAtMost: 1.15,
  trialColdStartCodeRatioAtMost: 1.3,
  packageBytesAtMost: 2048 * KB,
  appCodeShareBelow: 0.25,
  firstScreenSetDataCallsAtMost: 1,
  laterSetDataCallsAtMost: 1,
  firstScreenBytesBelow: 32 * KB,
  setDataBytesBelow: 64 * KB,
  nodesBelow: 600,
  depthBelow: 30,
  firstScreenSlopeBytesAtMost: 256
}

/**
 * A figure may use at most this share of its allowance for the budget to have the margin the project asks for
 * (10 %). For a ratio to the empty app the allowance is the part above 1×: 1.15× leaves at most 1.135×.
 */
export const MARGIN_USE_AT_MOST = 0.9

export interface RouteBudgetFigures {
  name: string
  route: string
  /** The setData calls before onReady. */
  firstScreen: { setDataCount: number; setDataBytes: number }
  /** All setData calls until the page settled, the first screen's included. */
  setDataCount: number
  largestSetDataBytes: number
  nodes: number
  depth: number
  templates: { baseLevel: number; throughComp: number }
}

export interface BudgetFigures {
  emptyAppBytes: number
  mainPackage: { bytes: number; contentBytes: number; appCodeBytes: number }
  subpackages: { root: string; bytes: number }[]
  /** Per route, what a QR code or share card straight to it downloads: the main package and the route's subpackage. */
  coldStarts: { route: string; bytes: number; contentBytes: number }[]
  routes: RouteBudgetFigures[]
  /** Each route's first screen, built from a copy of the content with `entriesPerList` entries added to every list lower down. */
  growth: { entriesPerList: number; routes: { name: string; firstScreenBytes: number }[] }
}

export type BudgetName =
  | 'main package code' | 'QR code to a trial' | 'WeChat package limit' | 'app code share' | 'first screen setData calls'
  | 'later setData calls' | 'first screen bytes' | 'largest setData' | 'nodes' | 'depth' | 'template levels' | 'first screen slope'

export interface BudgetCheck {
  budget: BudgetName
  /** The figure and its allowance in words, e.g. "hsct: before the first screen shows, the reader waits for 5,135 B of setData; allowed below 32,768 B". */
  line: string
  met: boolean
  /** The share of its allowance the figure uses (of the part above 1× for a ratio). */
  used: number
  /** A count whose target is its meaning (one setData for the first screen): it has no margin to keep. */
  exact?: true
}

/** Every budget's check, met or not, in a fixed order. */
export function checkBudgets(figures: BudgetFigures, budgets: Budgets = BUDGETS): BudgetCheck[] {
  return [...packageChecks(figures, budgets), ...figures.routes.flatMap((route) => routeChecks(route, figures.growth, budgets))]
}

/** One line per exceeded budget, saying what the reader waits for, the figure and the allowance; empty when all are met. */
export function budgetViolations(figures: BudgetFigures, budgets: Budgets = BUDGETS): string[] {
  return checkBudgets(figures, budgets).filter((check) => !check.met).map((check) => check.line)
}

function packageChecks({ emptyAppBytes, mainPackage, subpackages, coldStarts }: BudgetFigures, budgets: Budgets): BudgetCheck[] {
  const mainCode = mainPackage.bytes - mainPackage.contentBytes
  const checks: BudgetCheck[] = [
    ratioCheck('main package code', mainCode, emptyAppBytes, budgets.mainPackageCodeRatioAtMost,
      `main package: before the first page shows, every reader downloads ${bytes(mainCode)} of code (its ${bytes(mainPackage.bytes)} less ${bytes(mainPackage.contentBytes)} of content text)`)
  ]
  const trial = coldStarts.find((coldStart) => coldStart.route === ROUTES.trial)
  if (!trial) checks.push({ budget: 'QR code to a trial', line: `no cold-start figure for ${ROUTES.trial}`, met: false, used: Infinity })
  else {
    const code = trial.bytes - trial.contentBytes
    checks.push(ratioCheck('QR code to a trial', code, emptyAppBytes, budgets.trialColdStartCodeRatioAtMost,
      `QR code or share card to a trial page: before it shows, the reader downloads ${bytes(code)} of code (main package and pages/trial, ${bytes(trial.bytes)} less ${bytes(trial.contentBytes)} of content text)`))
  }
  const packages = [{ name: 'main package', bytes: mainPackage.bytes }, ...subpackages.map((sub) => ({ name: `subpackage ${sub.root}`, bytes: sub.bytes }))]
  const limitLine = (name: string, size: number) => `${name}: ${bytes(size)}, content included; WeChat refuses a package above ${bytes(budgets.packageBytesAtMost)}`
  const over = packages.filter((pkg) => pkg.bytes > budgets.packageBytesAtMost)
  const largest = packages.reduce((big, pkg) => (pkg.bytes > big.bytes ? pkg : big))
  checks.push(...(over.length > 0 ? over : [largest]).map((pkg): BudgetCheck => ({
    budget: 'WeChat package limit', line: limitLine(pkg.name, pkg.bytes), met: pkg.bytes <= budgets.packageBytesAtMost, used: pkg.bytes / budgets.packageBytesAtMost
  })))
  const share = mainCode > 0 ? mainPackage.appCodeBytes / mainCode : 0
  checks.push({
    budget: 'app code share',
    line: `main package: of the code every reader downloads first, the app's own is ${bytes(mainPackage.appCodeBytes)} = ${percentText(share, budgets.appCodeShareBelow)} (the rest is Taro and React); allowed below ${percentText(budgets.appCodeShareBelow)}`,
    met: share < budgets.appCodeShareBelow,
    used: share / budgets.appCodeShareBelow
  })
  return checks
}

function routeChecks(route: RouteBudgetFigures, growth: BudgetFigures['growth'], budgets: Budgets): BudgetCheck[] {
  const { name, firstScreen } = route
  const later = route.setDataCount - firstScreen.setDataCount
  const checks: BudgetCheck[] = [
    {
      budget: 'first screen setData calls',
      line: `${name}: the first screen arrives in ${calls(firstScreen.setDataCount)} (each more is another round trip before the reader sees anything); allowed at most ${budgets.firstScreenSetDataCallsAtMost}`,
      met: firstScreen.setDataCount <= budgets.firstScreenSetDataCallsAtMost,
      used: firstScreen.setDataCount / budgets.firstScreenSetDataCallsAtMost,
      exact: true
    },
    {
      budget: 'later setData calls',
      line: `${name}: the rest of the page arrives right after it in ${later} more ${later === 1 ? 'setData call' : 'setData calls'}; allowed at most ${budgets.laterSetDataCallsAtMost}`,
      met: later <= budgets.laterSetDataCallsAtMost,
      used: later / budgets.laterSetDataCallsAtMost,
      exact: true
    },
    below('first screen bytes', firstScreen.setDataBytes, budgets.firstScreenBytesBelow,
      `${name}: before the first screen shows, the reader waits for ${bytes(firstScreen.setDataBytes)} of setData; allowed below ${bytes(budgets.firstScreenBytesBelow)}`),
    below('largest setData', route.largestSetDataBytes, budgets.setDataBytesBelow,
      `${name}: the largest setData, which the reader waits for while WeChat draws it, is ${bytes(route.largestSetDataBytes)}; allowed below ${bytes(budgets.setDataBytesBelow)} (WeChat refuses more than 256 KB)`),
    below('nodes', route.nodes, budgets.nodesBelow,
      `${name}: the whole page the reader scrolls through has ${route.nodes} WXML nodes; allowed below ${budgets.nodesBelow} (WeChat slows down past 1,000)`),
    below('depth', route.depth, budgets.depthBelow, `${name}: its deepest element sits ${route.depth} levels down; allowed below ${budgets.depthBelow} (WeChat's limit)`)
  ]
  if (route.templates.throughComp > 0) {
    checks.push({
      budget: 'template levels',
      line: `${name}: ${route.templates.throughComp} subtree(s) lie deeper than mini.baseLevel ${route.templates.baseLevel} and render through Taro's comp component: raise baseLevel in config/index.ts`,
      met: false,
      used: Infinity
    })
  }
  const grown = growth.routes.find((entry) => entry.name === name)
  if (!grown) {
    checks.push({ budget: 'first screen slope', line: `${name}: no first-screen figure from the copy of the content with entries added`, met: false, used: Infinity })
  } else {
    const slope = grown.firstScreenBytes - firstScreen.setDataBytes
    checks.push({
      budget: 'first screen slope',
      line: `${name}: the first screen the reader waits for changes by ${signedBytes(slope)} (${bytes(firstScreen.setDataBytes)} → ${bytes(grown.firstScreenBytes)}) when ${growth.entriesPerList} entries are added to every list lower down; allowed at most ${bytes(budgets.firstScreenSlopeBytesAtMost)} either way`,
      met: Math.abs(slope) <= budgets.firstScreenSlopeBytesAtMost,
      used: Math.abs(slope) / budgets.firstScreenSlopeBytesAtMost
    })
  }
  return checks
}

/**
 * `figure` bytes against `limit` times the empty app, compared in whole bytes (the allowance is the largest whole
 * number of bytes within it), so that the line shows why it passes or fails; the ratio is printed with as many
 * decimals as it takes to differ from the limit.
 */
function ratioCheck(budget: BudgetName, figure: number, emptyAppBytes: number, limit: number, what: string): BudgetCheck {
  const allowed = Math.floor(limit * emptyAppBytes + 1e-9)
  const ratio = figure / emptyAppBytes
  return {
    budget,
    line: `${what} = ${distinctFixed(ratio, limit, 4)}× the empty Taro app's ${bytes(emptyAppBytes)}; allowed at most ${limit}× = ${bytes(allowed)}`,
    met: figure <= allowed,
    used: (ratio - 1) / (limit - 1)
  }
}

function below(budget: BudgetName, figure: number, limit: number, line: string): BudgetCheck {
  return { budget, line, met: figure < limit, used: figure / limit }
}

/** `value` with at least `decimals` decimals, more where fewer would print `limit` itself for a value that is not exactly it. */
function distinctFixed(value: number, limit: number, decimals: number): string {
  let shown = decimals
  while (shown < 9 && value !== limit && Number(value.toFixed(shown)) === Number(limit.toFixed(shown))) shown += 1
  return value.toFixed(shown)
}

function bytes(count: number): string {
  return `${count.toLocaleString('en-US')} B`
}

function signedBytes(count: number): string {
  return count > 0 ? `+${bytes(count)}` : count < 0 ? `−${bytes(-count)}` : '0 B'
}

function calls(count: number): string {
  return `${count} setData call${count === 1 ? '' : 's'}`
}

function percentText(share: number, limit = share): string {
  return `${distinctFixed(share * 100, limit * 100, 1)}%`
}

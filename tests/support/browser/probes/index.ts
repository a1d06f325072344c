// The in-page probes, injected once per document as one script so that they share their helpers.
import type { Page } from 'playwright-core'
import { MIN_LINE_SPACING, MIN_PARAGRAPH_SPACING } from '../config'
import { installContrastProbe } from './contrast'
import { installLayoutProbes } from './layout'
import { installShared, type PageProbes, type ProbeName } from './shared'
import { installSpacingProbe } from './spacing'

const SCRIPT = [
  `(${installShared.toString()})();`,
  `(${installLayoutProbes.toString()})();`,
  `(${installSpacingProbe.toString()})(${MIN_LINE_SPACING}, ${MIN_PARAGRAPH_SPACING});`,
  `(${installContrastProbe.toString()})();`
].join('\n')

/** Adds the probes to the page's current document unless they are there already. */
export async function injectProbes(page: Page): Promise<void> {
  if (await page.evaluate(() => '__probes' in window)) return
  await page.addScriptTag({ content: SCRIPT })
}

/** Runs one probe over `scope` (null: the shown page) in the page's current document. */
export async function runProbe<N extends ProbeName>(page: Page, name: N, scope: string | null): Promise<ReturnType<PageProbes[N]>> {
  await injectProbes(page)
  return page.evaluate(([probe, within]) => {
    const probes = (window as unknown as { __probes: Record<string, (scope: string | null) => unknown> }).__probes
    return probes[probe](within)
  }, [name, scope] as const) as Promise<ReturnType<PageProbes[N]>>
}

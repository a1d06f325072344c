// `npm run check:edit`: what a content edit can break, faster than the full `npm test`. The content check first
// (it stops everything else), then side by side: the performance budgets (`npm run bench -- --check-budgets`, the
// bench's own entry point) and both builds followed by the tests that read content (the unit tests and the page
// tests on the compiled package). Not here: typecheck, ESLint, the browser design checks and the build tests, which
// only code, styles and config can break. Prints each step and the time it took.
import path from 'path'
import buildOnce from '../tests/support/build-once'
import { BuildError, ROOT, packageCommand, run } from '../tools/build'
import { runScript } from '../tools/run-script'

const JEST = path.join(ROOT, 'node_modules/jest/bin/jest.js')

interface Step {
  name: string
  /** Resolves with what the step printed; rejects with a BuildError holding it. */
  run(): Promise<string>
  /** The lines of a passing step's output worth showing. */
  summary?: RegExp
  /** Show everything a failing step printed, not only its last lines (which BuildError's message holds). */
  showAllOnFailure?: boolean
}

const contentCheck: Step = {
  name: '内容检查（npm run content:check）',
  run: () => run(...packageCommand('tsx', ['scripts/check-content.ts']), ROOT),
  // All of it: the warnings about dates due for a new check are for the editor.
  summary: /.+/,
  showAllOnFailure: true
}

const budgets: Step = {
  name: '性能预算（npm run bench -- --check-budgets）',
  run: () => run(...packageCommand('tsx', ['scripts/bench/main.ts', '--check-budgets']), ROOT),
  summary: /^Budgets:/
}

const builds: Step = {
  name: '构建微信小程序包（dist/、dist-brochure-only/）和网页版（dist-h5/）',
  run: async () => {
    await buildOnce()
    return ''
  }
}

const contentTests: Step = {
  name: '读取内容的测试（tests/unit、tests/scripts、tests/pages）',
  run: () =>
    run(process.execPath, [JEST, '--selectProjects', 'unit', 'package', '--ci', '--', 'tests/unit/', 'tests/scripts/', 'tests/pages/'], ROOT, {
      ...process.env,
      // The builds step has just built the packages these tests run.
      SKIP_BUILD: '1'
    }),
  summary: /^Tests:/,
  showAllOnFailure: true
}

/** Runs one step, printing its name, then ✓ or ✗ with its time; a failed step prints what it printed. */
async function runStep(step: Step): Promise<boolean> {
  const started = Date.now()
  console.log(`… ${step.name}`)
  try {
    const output = await step.run()
    const summary = step.summary ? output.split('\n').filter((line) => step.summary?.test(line)) : []
    console.log(`✓ ${step.name}：通过（${seconds(started)}）${summary.map((line) => `\n    ${line.trim()}`).join('')}`)
    return true
  } catch (error) {
    const output = error instanceof BuildError && step.showAllOnFailure ? error.output : error instanceof Error ? error.message : String(error)
    console.error(`✗ ${step.name}：没有通过（${seconds(started)}）。它输出的内容：\n${output.trim()}\n`)
    return false
  }
}

async function runSteps(steps: Step[]): Promise<boolean> {
  for (const step of steps) {
    if (!(await runStep(step))) return false
  }
  return true
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(0)} 秒`
}

async function main(): Promise<number> {
  const started = Date.now()
  const passed = (await runStep(contentCheck)) && (await Promise.all([runStep(budgets), runSteps([builds, contentTests])])).every(Boolean)
  if (passed) {
    console.log(`\ncheck:edit 全部通过，用时 ${seconds(started)}。只改了 src/content/ 里的文件时，这就够了；改了代码、样式或配置，请运行完整的 npm test。`)
    return 0
  }
  console.error(`\ncheck:edit 没有通过（用时 ${seconds(started)}）：请按上面 ✗ 那一步的说明修改，保存后再运行一次。`)
  return 1
}

runScript(main)

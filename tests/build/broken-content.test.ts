import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { BuildError, ROOT, build, type Platform } from '../../tools/build'

/** A copy of the content with one file's text changed by `edit`. */
function brokenContent(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broken-content-'))
  for (const name of readdirSync(path.join(ROOT, 'src/content')).filter((entry) => entry.endsWith('.json'))) {
    copyFileSync(path.join(ROOT, 'src/content', name), path.join(dir, name))
  }
  writeFileSync(path.join(dir, file), edit(readFileSync(path.join(dir, file), 'utf8')))
  return dir
}

async function failedBuild(type: Platform, dir: string): Promise<string> {
  const failure = await build({ type, outputRoot: path.join(dir, 'out'), env: { CONTENT_DIR: dir } }).catch((error: unknown) => error)
  expect(failure).toBeInstanceOf(BuildError)
  return (failure as BuildError).output
}

/** What a stack trace or Taro's hint about its config file would add to the build's output. */
function expectOnlyTheReport(output: string): void {
  expect(output).not.toMatch(/^\s+at /m)
  expect(output).not.toContain('config/index')
  expect(output).toContain('构建已停止。')
}

test('a schema error fails the WeChat build with the Chinese report: file, line, field in words, what to write; no stack trace', async () => {
  const dir = brokenContent('trials.json', (text) => {
    const trials = JSON.parse(text)
    trials.trials[1].startYear = 'two thousand five'
    return JSON.stringify(trials, null, 2)
  })
  const lines = readFileSync(path.join(dir, 'trials.json'), 'utf8').split('\n')
  const line = lines.findIndex((text) => text.includes('"two thousand five"')) + 1
  const column = lines[line - 1].indexOf('"two thousand five"') + 1
  const output = await failedBuild('weapp', dir)
  expect(output).toContain(`${path.join(dir, 'trials.json')} 第 ${line} 行第 ${column} 列：试验第 2 项（scot） › 开始年份（trials[1].startYear）\n` +
    '  这里应当是数字，现在是文字 "two thousand five"：只写阿拉伯数字，不带引号和单位')
  expectOnlyTheReport(output)
})

test('a trailing comma fails the web build with its line and the line shown; no stack trace', async () => {
  const dir = brokenContent('meta.json', (text) => text.replace(/"(\s*)}\s*$/, '",$1}\n'))
  const lines = readFileSync(path.join(dir, 'meta.json'), 'utf8').split('\n')
  const line = lines.length - 2
  const output = await failedBuild('h5', dir)
  expect(output).toContain(`${path.join(dir, 'meta.json')} 第 ${line} 行第 ${lines[line - 1].length} 列：JSON 格式\n  最后一项后面多了一个逗号：删掉这个逗号`)
  expect(output).toContain(`${line} | ${lines[line - 1]}`)
  expectOnlyTheReport(output)
})

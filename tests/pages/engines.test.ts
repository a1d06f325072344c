// The compiled package must parse on the oldest engine WeChat still runs on: JavaScriptCore of iOS 12 (see
// babel.config.js), which knows ES2019 syntax but not optional chaining, `??`, class fields or numeric separators.
// One of those anywhere in a file is a syntax error there, and the whole mini-program would not start.
import { readFileSync } from 'fs'
import path from 'path'
import { parse } from 'acorn'
import { listFiles } from '../../tools/files'
import { distDir } from '../support/miniprogram'

const IOS_12_SYNTAX = 2019 as const

/** What an iOS 12 engine would refuse in `source`, or undefined when it parses. */
function refusedByIos12(source: string): string | undefined {
  try {
    parse(source, { ecmaVersion: IOS_12_SYNTAX, sourceType: 'script' })
    return undefined
  } catch (error) {
    return (error as SyntaxError).message
  }
}

test('every script of the package, main package and subpackages, parses as ES2019', () => {
  const scripts = listFiles(distDir()).filter((file) => file.endsWith('.js'))
  const roots = new Set(scripts.map((file) => file.split('/').slice(0, 2).join('/')))
  for (const page of ['pages/index', 'pages/hsct', 'pages/trial', 'pages/decide']) expect(roots).toContain(page)
  const refused = scripts.flatMap((file) => {
    const reason = refusedByIos12(readFileSync(path.join(distDir(), file), 'utf8'))
    return reason ? [`${file}: ${reason}`] : []
  })
  expect(refused).toEqual([])
})

test('the check can fail: optional chaining, ?? and class fields are refused', () => {
  expect(['a?.b', 'a ?? b', 'class A { b = 1 }', 'var a = 1_000'].map(refusedByIos12)).toEqual([
    expect.stringMatching(/Unexpected/), expect.stringMatching(/Unexpected/), expect.stringMatching(/Unexpected/), expect.stringMatching(/./)
  ])
  expect(refusedByIos12('const { a = 1, ...rest } = b; async function f() { await g(`${a}`) }')).toBeUndefined()
})

/** Built-ins that iOS 12.0's engine lacks, and when iOS added them: nothing polyfills them (Taro ships no polyfills). */
const NEWER_BUILT_INS = [{ name: 'Object.fromEntries', since: 'iOS 12.2', call: /\bObject\.fromEntries\s*\(/ }]

/** The newer built-ins `source` calls. */
const newerBuiltInsIn = (source: string) => NEWER_BUILT_INS.filter(({ call }) => call.test(source)).map(({ name, since }) => `${name} (${since})`)

test('no script of the package calls a built-in that iOS 12.0 lacks', () => {
  const scripts = listFiles(distDir()).filter((file) => file.endsWith('.js'))
  const calls = scripts.flatMap((file) => newerBuiltInsIn(readFileSync(path.join(distDir(), file), 'utf8')).map((call) => `${file}: ${call}`))
  expect(calls).toEqual([])
})

test('the check can fail: a minified Object.fromEntries call is found', () => {
  expect(newerBuiltInsIn('const t=e=>Object.fromEntries(Object.entries(e).filter(Boolean))')).toEqual(['Object.fromEntries (iOS 12.2)'])
  expect(newerBuiltInsIn('const fromEntries=1;Object.entries(e)')).toEqual([])
})

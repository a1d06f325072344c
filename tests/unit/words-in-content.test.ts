// Every word a reader reads comes from src/content (README, "编辑内容"): no Chinese in the string literals and JSX
// text of the code under src/pages, src/components and src/platform, so that volunteers find every word in JSON.
// Comments may be in Chinese: the TypeScript parser finds the literals, so comments never count.
import path from 'path'
import { ROOT, literalsOf, literalsUnder, type Literal } from '../support/editable-copies'

const CODE_DIRS = ['src/pages', 'src/components', 'src/platform']

const CHINESE = /\p{Script=Han}/u

const chineseIn = (literals: Literal[]) => literals.filter((literal) => CHINESE.test(literal.text)).map(({ file, line, text }) => `${file}:${line} ${text.trim()}`)

test('no Chinese literal in the code of pages, components and platform: the words come from src/content', () => {
  const literals = CODE_DIRS.flatMap((dir) => literalsUnder(path.join(ROOT, dir)))
  expect(literals.length).toBeGreaterThan(0)
  expect(chineseIn(literals)).toEqual([])
})

test('the guard finds a string, a template and JSX text in Chinese, and passes over comments and other words', () => {
  const source = [
    '// 注释：说明为什么',
    "const label = '复制'",
    'const line = `来源：${source}`',
    "const id = 'follow'",
    'export const Page = () => <View>{ui.common.backHome}<Text>返回首页</Text></View>'
  ].join('\n')
  expect(chineseIn(literalsOf('src/pages/example/index.tsx', source)).map((found) => found.replace(/^\S+ /, ''))).toEqual(['复制', '来源：', '返回首页'])
})

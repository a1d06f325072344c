import { readFileSync, unlinkSync } from 'fs'
import path from 'path'
import { sentenceLength } from '../../tools/content/rules'
import { brochureTexts } from '../support/brochure'
import { CONTENT, fixture, place, textFixture } from '../support/content-fixture'
import { contentReport, formatProblem, validateContent, type ContentProblem } from '../../tools/content/validate'

const problems = (dir: string) => validateContent(dir)
/** Problems without their excerpts, for comparing the rest exactly. */
const placed = (dir: string) => problems(dir).map(({ excerpt, ...rest }) => rest) // eslint-disable-line @typescript-eslint/no-unused-vars

/** The excerpt's two lines: the file's line as it stands, and the column of the caret under it (ASCII before it). */
function caret(problem: ContentProblem): { shown: string; column: number } {
  const [shown, marks] = problem.excerpt.split('\n')
  const gutter = shown.indexOf(' | ') + ' | '.length
  return { shown: shown.slice(gutter), column: marks.indexOf('^') - gutter + 1 }
}

test('the real content is valid', () => {
  expect(validateContent(CONTENT)).toEqual([])
})

test('a wrong type in a nested field names its line and column, the field in words, the JSON path and what to write', () => {
  const dir = fixture('trials.json', (data) => { data.trials[2].enrollment.planned = '160' })
  const file = path.join(dir, 'trials.json')
  const at = place(dir, 'trials.json', '"planned": "160"', '"planned": '.length)
  const [problem] = problems(dir)
  expect(problems(dir)).toHaveLength(1)
  expect(problem).toEqual({
    file,
    ...at,
    path: 'trials[2].enrollment.planned',
    field: '试验第 3 项（assist） › 入组人数 › 计划入组人数',
    expected: '这里应当是数字，现在是文字 "160"：去掉引号，写成 160',
    excerpt: expect.stringMatching(new RegExp(`^${at.line} \\| `))
  })
  expect(caret(problem)).toEqual({ shown: readFileSync(file, 'utf8').split('\n')[at.line - 1], column: at.column })
  expect(formatProblem(problem).split('\n')[0]).toBe(`${file} 第 ${at.line} 行第 ${at.column} 列：试验第 3 项（assist） › 入组人数 › 计划入组人数（trials[2].enrollment.planned）`)
})

test('a missing field is named in words, with the key and what to type, at the object it belongs in', () => {
  const dir = fixture('meta.json', (data) => { delete data.disclaimer })
  expect(placed(dir)).toEqual([{
    file: path.join(dir, 'meta.json'),
    line: 1,
    column: 1,
    path: 'disclaimer',
    field: '免责声明',
    expected: '缺少必填的“免责声明”：在这一组字段里加上 "disclaimer": "…"'
  }])
})

test('a missing date says how dates are written, with an example to type', () => {
  const dir = fixture('findings.json', (data) => { delete data.checkedAt })
  expect(problems(dir).map((problem) => problem.expected)).toEqual([
    '缺少必填的“核对日期”：在这一组字段里加上 "checkedAt": "2026-12-01"（日期要写成 YYYY-MM-DD，例如 2026-12-01）'
  ])
})

test('an unknown status lists the allowed ones and the one meant', () => {
  const dir = fixture('trials.json', (data) => { data.trials[0].status = 'complete' })
  const [problem] = problems(dir)
  expect(problem.field).toBe('试验第 1 项（astis） › 状态')
  expect(problem.expected).toMatch(/^这里只能写下面之一："completed"、"analysing"、"recruiting"、"not-recruiting"；现在是 "complete"，是不是想写 "completed"？/)
  expect(problem.expected).toContain('completed（已完成）')
})

test('an unknown field is shown at its name: a misspelt one suggests the right key, one from the level above says so', () => {
  const dir = fixture('since-brochure.json', (data) => {
    data.trials[1].chekedAt = data.trials[1].checkedAt
    delete data.trials[1].checkedAt
    data.trials[2].entries.push({ ...data.trials[2].headline, checkedAt: data.trials[2].checkedAt })
  })
  const entries = JSON.parse(readFileSync(path.join(dir, 'since-brochure.json'), 'utf8')).trials[2].entries.length
  expect(placed(dir)).toEqual([
    expect.objectContaining({ path: 'trials[1].checkedAt', expected: expect.stringMatching(/^缺少必填的“核对日期”/) }),
    {
      file: path.join(dir, 'since-brochure.json'),
      ...place(dir, 'since-brochure.json', '"chekedAt"'),
      path: 'trials[1].chekedAt',
      field: '试验第 2 项（scot） › 字段 chekedAt',
      expected: '没有这个字段 "chekedAt"，是不是拼错了？应当是 "checkedAt"（核对日期）'
    },
    expect.objectContaining({
      path: `trials[2].entries[${entries - 1}].checkedAt`,
      field: `试验第 3 项（assist） › 更多进展第 ${entries} 项 › 字段 checkedAt`,
      expected: '没有这个字段 "checkedAt"：“核对日期”不写在这里，而写在外面一层（试验第 3 项（assist）），那里一个就够了：删掉这一行'
    })
  ])
})

test('an addition without a source, or with a malformed date, is refused precisely', () => {
  const dir = fixture('since-brochure.json', (data) => {
    data.trials[2].entries[0].sources = []
    data.trials[3].checkedAt = '24.11.2026'
  })
  expect(placed(dir)).toEqual([
    expect.objectContaining({ path: 'trials[2].entries[0].sources', field: '试验第 3 项（assist） › 更多进展第 1 项 › 来源', expected: '至少要写 1 个来源（现在有 0 项）' }),
    {
      file: path.join(dir, 'since-brochure.json'),
      ...place(dir, 'since-brochure.json', '"checkedAt": "24.11.2026"', '"checkedAt": '.length),
      path: 'trials[3].checkedAt',
      field: '试验第 4 项（stat） › 核对日期',
      expected: '日期要写成 YYYY-MM-DD，例如 2026-12-01；现在是 "24.11.2026"'
    }
  ])
})

test('an addition for a trial the brochure does not list is refused, listing the trials', () => {
  const dir = fixture('since-brochure.json', (data) => { data.trials[0].trialId = 'nope' })
  expect(placed(dir)).toEqual([{
    file: path.join(dir, 'since-brochure.json'),
    ...place(dir, 'since-brochure.json', '"trialId": "nope"', '"trialId": '.length),
    path: 'trials[0].trialId',
    field: '试验第 1 项（nope） › 试验编号',
    expected: '这里要写 trials.json 里某项试验的编号："astis"、"scot"、"assist"、"stat"；现在是 "nope"'
  }])
})

test('a correction whose sentence is not in the brochure text is refused, showing the nearest sentence and its line', () => {
  const dir = fixture('corrections.json', (data) => { data.corrections[0].target = '手册里没有这句话。' })
  expect(placed(dir)).toEqual([expect.objectContaining({
    path: 'corrections[0].target',
    field: expect.stringMatching(/^勘误第 1 项（.+） › 手册原句$/),
    expected: '这句话不在手册原文里：“手册原句”要和 hsct.json 的段落、trials.json 的手册原文里的某一句，或 meta.json 的手册标题逐字相同，包括标点'
  })])

  const brochure = JSON.parse(readFileSync(path.join(CONTENT, 'trials.json'), 'utf8')).trials[0].brochureText[0] as string
  const typo = fixture('corrections.json', (data) => { data.corrections[0].target = `${brochure.slice(0, -1)}！` })
  const line = place(typo, 'trials.json', JSON.stringify(brochure)).line
  expect(problems(typo).map((problem) => problem.expected)).toEqual([
    `这句话不在手册原文里：“手册原句”要和 hsct.json 的段落、trials.json 的手册原文里的某一句，或 meta.json 的手册标题逐字相同，包括标点。最接近的是 trials.json 第 ${line} 行的这一句，可以整句复制过来：“${brochure}”`
  ])
})

test('a correction of an error needs a source; a note on wording may go without', () => {
  const dir = fixture('corrections.json', (data) => { data.corrections[0].sources = [] })
  expect(placed(dir)).toEqual([expect.objectContaining({
    path: 'corrections[0].sources',
    ...place(dir, 'corrections.json', '"sources": []', '"sources": '.length),
    expected: '勘误（kind 为 correction）至少要写 1 个来源；只是说明措辞的，把 kind 写成 note'
  })])
})

test('a trial result that names no known finding, or another trial\'s, is refused, naming where the finding is', () => {
  const dir = fixture('since-brochure.json', (data) => {
    data.trials[0].findings.push('nope')
    data.trials[1].findings.push('astis-events')
  })
  const since = JSON.parse(readFileSync(path.join(dir, 'since-brochure.json'), 'utf8'))
  const findingLine = place(dir, 'findings.json', '"id": "astis-events"').line - 1
  expect(placed(dir)).toEqual([
    expect.objectContaining({
      path: `trials[0].findings[${since.trials[0].findings.length - 1}]`,
      ...place(dir, 'since-brochure.json', '"nope"'),
      expected: 'findings.json 里没有编号为 "nope" 的结果。这里要写 findings.json 里某一条的 id；要引用新的结果，先在 findings.json 里加上它'
    }),
    expect.objectContaining({
      path: `trials[1].findings[${since.trials[1].findings.length - 1}]`,
      expected: `"astis-events" 是 astis 的结果（findings.json 第 ${findingLine} 行），不是 scot 的：这里只能写 findings.json 里 trialId 为 "scot" 的结果`
    })
  ])
})

test('a group result needs a count (with the group size where known) or a percent, and cannot count more people than the group has', () => {
  const dir = fixture('findings.json', (data) => {
    data.findings[0].transplant = { of: 79 }
    data.findings[1].control = { count: 24, of: 23 }
    data.findings[2].control = { count: 0, of: 77, percent: 0 }
  })
  const both = '写人数 count（来源写了组内总人数时加上 of），或者只写百分比 percent：两种写法选一种'
  expect(placed(dir).map(({ path: at, field, expected }) => ({ at, field, expected }))).toEqual([
    { at: 'findings[0].transplant', field: expect.stringMatching(/^结果第 1 项（.+） › 移植组$/), expected: both },
    { at: 'findings[1].control.count', field: expect.stringMatching(/^结果第 2 项（.+） › 对照组 › 人数$/), expected: '人数 count 不能比组内总人数 of 多' },
    { at: 'findings[2].control', field: expect.stringMatching(/^结果第 3 项（.+） › 对照组$/), expected: both }
  ])
})

test('a randomised result says how clear its difference is, or that the control group cannot have it, and a single-group study names its option', () => {
  const dir = fixture('findings.json', (data) => {
    const randomised = data.findings.findIndex((finding: { difference?: unknown }) => finding.difference)
    delete data.findings[randomised].difference
    const single = data.findings.findIndex((finding: { design: string }) => finding.design === 'single-group')
    data.findings[single].option = 'transplant'
  })
  const found = placed(dir).map(({ path: at, expected }) => ({ at, expected }))
  expect(found).toEqual([
    { at: expect.stringMatching(/^findings\[\d+\]\.difference$/), expected: expect.stringContaining('要写 difference（两组的差别是否明确）') },
    { at: expect.stringMatching(/^findings\[\d+\]\.option$/), expected: expect.stringContaining('"hsct"、"standard"') }
  ])
})

test('a repeated id names the line where it was first used', () => {
  const dir = fixture('findings.json', (data) => { data.findings.push(data.findings[0]) })
  const { findings } = JSON.parse(readFileSync(path.join(dir, 'findings.json'), 'utf8'))
  const id = findings[0].id
  expect(placed(dir)).toEqual([expect.objectContaining({
    path: `findings[${findings.length - 1}].id`,
    expected: `编号 "${id}" 在第 ${place(dir, 'findings.json', `"id": "${id}"`).line} 行已经用过了：每一项的编号不能重复，换一个没用过的`
  })])
})

test('a sentence of the app\'s own prose over 60 characters is refused, quoting it; the brochure\'s own are exempt', () => {
  const long = '这是一句为了测试而写得特别长的句子，它把好几件事情塞进了同一句话里，读者读到后面就忘了前面说的是什么，所以应该拆开来写成几句。'
  const dir = fixture('corrections.json', (data) => { data.corrections[0].text = `短句。${long}` })
  expect(placed(dir)).toEqual([expect.objectContaining({
    path: 'corrections[0].text',
    ...place(dir, 'corrections.json', `"短句。${long}"`),
    expected: `这一句有 ${long.length} 个字（一个英文单词或数字算一个），最多 60 个字：拆成几句，一句只说一件事。这一句是：“${long}”`
  })])
  // A sentence of the brochure's own over 60 characters, pushed as a paragraph of its own: still the brochure's words.
  const brochureLong = brochureTexts.find((sentence) => sentenceLength(sentence) > 60) as string
  expect(validateContent(fixture('hsct.json', (data) => { data.sections[0].paragraphs.push(brochureLong) }))).toEqual([])
})

test('a Latin word or a number counts once towards a sentence\'s length, as a reader of Chinese takes it in', () => {
  // 40 Chinese characters, then an English name of 8 words and 7 spaces (57 letters), then 。: 56, under the limit.
  const withName = `${'这'.repeat(40)}Imaginary Randomised Study of Something Nobody Ever Tested。`
  expect(sentenceLength(withName)).toBe(40 + 8 + 7 + 1)
  expect(validateContent(fixture('corrections.json', (data) => { data.corrections[0].text = withName }))).toEqual([])
})

test('an icon array whose marks disagree with its finding\'s number is refused, naming the number it must mark', () => {
  // ASTIS's first year: 11 of 79 died, about 14 of 100 (JAMA 2014).
  const dir = fixture('decide.json', (data) => { data.keyPoints.pictures[0].marked.transplant = 11 })
  const { keyPoints } = JSON.parse(readFileSync(path.join(CONTENT, 'decide.json'), 'utf8'))
  expect(placed(dir)).toEqual([expect.objectContaining({
    path: 'keyPoints.pictures[0].marked.transplant',
    ...place(dir, 'decide.json', '"transplant": 11', '"transplant": '.length),
    expected: `移植组的图标出了 11 人，但 findings.json 的 "${keyPoints.pictures[0].findingId}" 换算下来是 100人中约 14 人：改成 14`
  })])
})

test('the decision aid\'s pictures must show a harm and a benefit of one trial, and its figures must exist', () => {
  const dir = fixture('decide.json', (data) => {
    data.keyPoints.pictures = [data.keyPoints.pictures[0], { ...data.keyPoints.pictures[0], id: 'again' }]
    data.grid.rows[1].findings.push('astis-event')
  })
  const rows = JSON.parse(readFileSync(path.join(dir, 'decide.json'), 'utf8')).grid.rows
  expect(placed(dir)).toEqual([
    expect.objectContaining({
      path: 'keyPoints.pictures',
      expected: '这些图里要有同一项试验的一个风险（kind 为 "harm"）和一个好处（kind 为 "benefit"）：给其中一项试验补上另一种'
    }),
    expect.objectContaining({
      path: `grid.rows[1].findings[${rows[1].findings.length - 1}]`,
      expected: 'findings.json 里没有编号为 "astis-event" 的结果，是不是想写 "astis-events"？这里要写 findings.json 里某一条的 id；要引用新的结果，先在 findings.json 里加上它'
    })
  ])
})

test('a grid row with a figure for one option gives one, or the shared "no data" words, for the other', () => {
  const dir = fixture('decide.json', (data) => {
    const row = data.grid.rows.findIndex((entry: { hsct: { findings: string[] } }) => entry.hsct.findings.length > 0)
    data.grid.rows[row].standard = { ...data.grid.rows[row].standard, findings: [], noData: false }
  })
  expect(placed(dir)).toEqual([expect.objectContaining({
    path: expect.stringMatching(/^grid\.rows\[\d+\]\.standard\.noData$/),
    expected: '“移植”这一栏有数字，“继续用药”这一栏也要有数字，或者写 true，显示统一的“没有数字”的说法'
  })])
})

test('a knowledge-check answer must be one of its choices', () => {
  const dir = fixture('decide.json', (data) => { data.nextStep.check.questions[0].answer = 'maybe' })
  expect(placed(dir)).toEqual([expect.objectContaining({ path: 'nextStep.check.questions[0].answer', expected: expect.stringContaining('现在是 "maybe"') })])
})

test('the decision aid asks at least eight questions and weighs at least four statements, saying how many there are', () => {
  const dir = fixture('decide.json', (data) => {
    data.questions.items = data.questions.items.slice(0, 7)
    data.values.statements = data.values.statements.slice(0, 3)
  })
  expect(placed(dir).map((problem) => [problem.path, problem.expected])).toEqual([
    ['values.statements', '至少要有 4 条要权衡的事（现在有 3 项）'],
    ['questions.items', '至少要有 8 个问题（现在有 7 项）']
  ])
})

describe('a file that is not JSON: the line and column, the line itself with a caret, and what to type', () => {
  /** meta.json's lines, to break one of them; its shape (appTitle first, then the brochure's tagline list) is the schema's. */
  const metaLines = () => readFileSync(path.join(CONTENT, 'meta.json'), 'utf8').split('\n')
  const lineIndex = (lines: string[], pattern: RegExp) => lines.findIndex((line) => pattern.test(line))

  function single(dir: string): ContentProblem {
    const found = problems(dir)
    expect(found).toHaveLength(1)
    return found[0]
  }

  test('a comma after the last item of a list', () => {
    const dir = textFixture('meta.json', (text) => {
      const lines = text.split('\n')
      const last = lineIndex(lines, /^\s*\],?$/) - 1
      lines[last] += ','
      return lines.join('\n')
    })
    const lines = readFileSync(path.join(dir, 'meta.json'), 'utf8').split('\n')
    const line = lineIndex(lines, /^\s*\],?$/)
    const problem = single(dir)
    expect(problem).toEqual(expect.objectContaining({ line, column: lines[line - 1].length, path: '', field: 'JSON 格式', expected: '最后一项后面多了一个逗号：删掉这个逗号（JSON 里最后一项的后面不能有逗号）' }))
    expect(caret(problem).shown).toBe(lines[line - 1])
    expect(formatProblem(problem)).toContain(`第 ${line} 行第 ${lines[line - 1].length} 列：JSON 格式`)
  })

  test('a comma after the last field of an object', () => {
    const dir = textFixture('meta.json', (text) => text.replace(/"(\s*)}\s*$/, '",$1}\n'))
    const lines = readFileSync(path.join(dir, 'meta.json'), 'utf8').split('\n')
    const line = lines.length - 2
    expect(single(dir)).toEqual(expect.objectContaining({ line, column: lines[line - 1].length, expected: expect.stringMatching(/^最后一项后面多了一个逗号/) }))
  })

  test('a stray quote inside a text: the quote that ends it early', () => {
    const lines = metaLines()
    const index = lineIndex(lines, /"appTitle": "/)
    const quoteAt = lines[index].indexOf('"appTitle": "') + '"appTitle": "'.length + 2
    lines[index] = `${lines[index].slice(0, quoteAt)}"${lines[index].slice(quoteAt)}`
    const dir = textFixture('meta.json', () => lines.join('\n'))
    const problem = single(dir)
    expect(problem).toEqual(expect.objectContaining({ line: index + 1, column: quoteAt + 1, expected: expect.stringMatching(/^这个英文双引号 " 让文字在这里提前结束了：文字里要用引号时，请用中文引号“”/) }))
    expect(caret(problem).shown).toBe(lines[index])
  })

  test('a missing closing bracket: where the list began, and where the bracket goes', () => {
    const lines = metaLines()
    const opening = lineIndex(lines, /"tagline": \[/)
    const closing = lineIndex(lines, /^\s*\],$/)
    lines.splice(closing, 1)
    const dir = textFixture('meta.json', () => lines.join('\n'))
    expect(single(dir)).toEqual(expect.objectContaining({
      line: closing,
      column: lines[closing - 1].length + 1,
      expected: `第 ${opening + 1} 行开始的列表 [ 没有结束：在这里加上 ],`
    }))
  })

  test('a missing closing brace at the end of the file', () => {
    const dir = textFixture('meta.json', (text) => text.replace(/}\s*$/, '\n'))
    const lines = readFileSync(path.join(dir, 'meta.json'), 'utf8').split('\n')
    const last = lines.map((line) => line.trim() !== '').lastIndexOf(true)
    expect(single(dir)).toEqual(expect.objectContaining({ line: last + 1, column: lines[last].length + 1, expected: '第 1 行开始的一组字段 { 没有结束：在文件末尾加上 }' }))
  })

  test('a missing comma between two fields: at the end of the first', () => {
    const lines = metaLines()
    const index = lineIndex(lines, /"appTitle": /)
    lines[index] = lines[index].replace(/,$/, '')
    const dir = textFixture('meta.json', () => lines.join('\n'))
    expect(single(dir)).toEqual(expect.objectContaining({ line: index + 1, column: lines[index].length + 1, expected: '上一项后面少了一个逗号：在这里加上英文逗号 ,' }))
  })

  test('a Chinese comma where JSON needs its own', () => {
    const lines = metaLines()
    const index = lineIndex(lines, /"appTitle": /)
    lines[index] = lines[index].replace(/,$/, '，')
    const dir = textFixture('meta.json', () => lines.join('\n'))
    expect(single(dir)).toEqual(expect.objectContaining({ line: index + 1, column: lines[index].length, expected: '这里的 ， 是中文（全角）标点：JSON 的符号要用英文半角，改成 ,' }))
  })

  test('the report gives the file, the line and the caret in the build\'s and the check\'s words', () => {
    const lines = metaLines()
    const index = lineIndex(lines, /"appTitle": /)
    lines[index] = lines[index].replace(/,$/, '')
    const dir = textFixture('meta.json', () => lines.join('\n'))
    const report = contentReport(problems(dir))
    expect(report).toMatch(/^内容检查没有通过：有 1 处要改。\n/)
    expect(report).toContain(`${path.join(dir, 'meta.json')} 第 ${index + 1} 行第 ${lines[index].length + 1} 列：JSON 格式\n  上一项后面少了一个逗号`)
    expect(report).toContain(`    ${index + 1} | ${lines[index]}\n`)
  })
})

test('a missing file is reported as missing', () => {
  const dir = fixture('glossary.json', () => undefined)
  unlinkSync(path.join(dir, 'organization.json'))
  expect(problems(dir)).toEqual([{
    file: path.join(dir, 'organization.json'),
    path: '',
    field: '整个文件',
    expected: '找不到这个文件：内容文件夹里必须有 organization.json。如果是不小心删掉或改了名字，把它恢复原样',
    excerpt: ''
  }])
})

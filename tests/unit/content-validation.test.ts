import { copyFileSync, mkdtempSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { formatProblem, validateContent } from '../../tools/content/validate'

const CONTENT = path.resolve(__dirname, '../../src/content')

/** A copy of the real content with one file changed by `edit`. */
function fixture(file: string, edit: (data: any) => void): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'))
  for (const name of readdirSync(CONTENT).filter((entry) => entry.endsWith('.json'))) copyFileSync(path.join(CONTENT, name), path.join(dir, name))
  const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
  edit(data)
  writeFileSync(path.join(dir, file), JSON.stringify(data))
  return dir
}

const messages = (dir: string) => validateContent(dir).map(formatProblem)

test('the real content is valid', () => {
  expect(validateContent(CONTENT)).toEqual([])
})

test('a wrong type names the file, the JSON path and what was expected', () => {
  const dir = fixture('trials.json', (data) => { data.trials[2].enrollment.planned = '160' })
  expect(messages(dir)).toEqual([`${path.join(dir, 'trials.json')}: trials[2].enrollment.planned: expected number, received string`])
})

test('a missing field is reported as missing', () => {
  const dir = fixture('meta.json', (data) => { delete data.disclaimer })
  expect(messages(dir)).toEqual([`${path.join(dir, 'meta.json')}: disclaimer: expected string, but it is missing`])
})

test('an unknown status lists the allowed ones', () => {
  const dir = fixture('trials.json', (data) => { data.trials[0].status = 'done' })
  expect(messages(dir)[0]).toContain('trials[0].status: expected one of completed, analysing, recruiting, not-recruiting, received "done"')
})

test('broken JSON and a missing file are reported', () => {
  const dir = fixture('glossary.json', () => undefined)
  writeFileSync(path.join(dir, 'glossary.json'), '{ "note": ')
  unlinkSync(path.join(dir, 'organization.json'))
  const found = messages(dir)
  expect(found.some((line) => line.startsWith(`${path.join(dir, 'glossary.json')}: (root): expected valid JSON`))).toBe(true)
  expect(found).toContain(`${path.join(dir, 'organization.json')}: (root): expected the file to exist`)
})

test('an addition without a source, or with a malformed date, is refused precisely', () => {
  const dir = fixture('since-brochure.json', (data) => {
    data.trials[2].entries[0].sources = []
    data.trials[3].checkedAt = '24.11.2026'
  })
  expect(messages(dir)).toEqual([
    `${path.join(dir, 'since-brochure.json')}: trials[2].entries[0].sources: expected at least one source`,
    `${path.join(dir, 'since-brochure.json')}: trials[3].checkedAt: expected a date as YYYY-MM-DD`
  ])
})

test('an addition for a trial the brochure does not list is refused', () => {
  const dir = fixture('since-brochure.json', (data) => { data.trials[0].trialId = 'nope' })
  expect(messages(dir)).toEqual([`${path.join(dir, 'since-brochure.json')}: trials[0].trialId: expected one of astis, scot, assist, stat, received "nope"`])
})

test('a correction whose sentence is not in the brochure text is refused, naming file and field', () => {
  const dir = fixture('corrections.json', (data) => { data.corrections[0].target = '手册里没有这句话。' })
  expect(messages(dir)).toEqual([
    `${path.join(dir, 'corrections.json')}: corrections[0].target: expected a sentence of the brochure text (hsct.json paragraphs or trials.json brochureText), word for word; "手册里没有这句话。" is not one`
  ])
})

test('a correction of an error needs a source; a note on wording may go without', () => {
  const dir = fixture('corrections.json', (data) => { data.corrections[0].sources = [] })
  expect(messages(dir)).toEqual([`${path.join(dir, 'corrections.json')}: corrections[0].sources: expected at least one source`])
})

test('a trial result that names no known finding, or another trial\'s, is refused', () => {
  const dir = fixture('since-brochure.json', (data) => {
    data.trials[0].findings.push('nope')
    data.trials[1].findings.push('astis-events')
  })
  expect(messages(dir)).toEqual([
    `${path.join(dir, 'since-brochure.json')}: trials[0].findings[4]: expected the id of a finding in findings.json, "nope" is none`,
    `${path.join(dir, 'since-brochure.json')}: trials[1].findings[6]: expected a finding of scot, "astis-events" belongs to astis`
  ])
})

test('a group result needs count and of, or a percent, and cannot count more people than the group has', () => {
  const dir = fixture('findings.json', (data) => {
    data.findings[0].transplant = { count: 22 }
    data.findings[1].control = { count: 24, of: 23 }
    data.findings[2].control = { count: 0, of: 77, percent: 0 }
  })
  expect(messages(dir)).toEqual([
    `${path.join(dir, 'findings.json')}: findings[0].transplant: expected either count and of, or percent`,
    `${path.join(dir, 'findings.json')}: findings[1].control.count: expected count to be at most of`,
    `${path.join(dir, 'findings.json')}: findings[2].control: expected either count and of, or percent`
  ])
})

test('a sentence of the app\'s own prose over 60 characters is refused, quoting it; the brochure\'s own are exempt', () => {
  const long = '这是一句为了测试而写得特别长的句子，它把好几件事情塞进了同一句话里，读者读到后面就忘了前面说的是什么，所以应该拆开来写成几句。'
  const dir = fixture('corrections.json', (data) => { data.corrections[0].text = `短句。${long}` })
  expect(messages(dir)).toEqual([
    `${path.join(dir, 'corrections.json')}: corrections[0].text: expected sentences of at most 60 characters (one fact each); this one has ${long.length}: "${long}"`
  ])
  expect(validateContent(fixture('hsct.json', (data) => { data.sections[0].paragraphs.push(long) }))).toEqual([])
})

test('an icon array whose marks disagree with its finding\'s number is refused, naming the number it must mark', () => {
  const dir = fixture('decide.json', (data) => { data.pictures.arrays[0].marked.transplant = 8 })
  expect(messages(dir)).toEqual([
    `${path.join(dir, 'decide.json')}: pictures.arrays[0].marked.transplant: expected 10 marked of 100, as astis-treatment-deaths states for this group; 8 are marked`
  ])
})

test('the decision aid\'s pictures must show a harm and a benefit of one trial, and its figures must exist', () => {
  const dir = fixture('decide.json', (data) => {
    data.pictures.arrays = [data.pictures.arrays[0], { ...data.pictures.arrays[0], id: 'again' }]
    data.grid.rows[1].hsct.findings.push('nope')
  })
  expect(messages(dir)).toEqual([
    `${path.join(dir, 'decide.json')}: grid.rows[1].hsct.findings[3]: expected the id of a finding in findings.json, "nope" is none`,
    `${path.join(dir, 'decide.json')}: pictures.arrays: expected icon arrays of a harm and of a benefit of the same trial`
  ])
})

test('the decision aid asks at least eight questions and weighs at least four statements', () => {
  const dir = fixture('decide.json', (data) => {
    data.questions.items = data.questions.items.slice(0, 7)
    data.values.statements = data.values.statements.slice(0, 3)
  })
  expect(messages(dir)).toEqual([
    `${path.join(dir, 'decide.json')}: values.statements: expected at least 4 statements to weigh`,
    `${path.join(dir, 'decide.json')}: questions.items: expected at least 8 questions`
  ])
})

// The readability figures content:check holds the aid's core path to (issue 24): they must measure what a reader
// meets, and fail when the text gets long-winded or rare.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { decisionAid } from '@/content/decide'
import { DECIDE_CORE } from '@/routes'
import { coreTexts, pathTexts, readability, readabilityProblems, READABILITY_LIMITS, READING_LIMIT, readingLength, STEPS_BEFORE_VALUES } from '../../tools/content/readability'
import { statedFigures } from '../../tools/content/statedFigures'
import { validateContent } from '../../tools/content/validate'

const findings = (JSON.parse(readFileSync(path.resolve(__dirname, '../../src/content/findings.json'), 'utf8')) as { findings: Parameters<typeof coreTexts>[1] }).findings

test('sentences end at 。！？, and the figures count them, their length and the characters outside the 2,500 most common', () => {
  // 的 and 是 are among the most frequent characters; 睾 and 胱 are not among the first 2,500 (Jun Da's list).
  const figures = readability(['这是一句。这是两句的第二句！', '睾丸和膀胱'])
  expect(figures.sentences).toBe(3)
  expect(figures.meanSentenceLength).toBeCloseTo((5 + 9 + 5) / 3)
  expect(figures.longSentenceShare).toBe(0)
  expect(figures.uncommon).toEqual(['睾', '胱'])
  expect(figures.uncommonCharacterShare).toBeCloseTo(2 / 17)
})

test('the core path is what is measured: the details\' doses and statistics are not, the figures\' sentences are', () => {
  const texts = coreTexts(decisionAid, findings).join('')
  expect(texts).toContain(decisionAid.keyPoints.points[0])
  expect(texts).not.toContain(decisionAid.trials.trials[0].rows[3].text as string)
  expect(texts).toMatch(/移植组79人中11人/)
  expect(texts).not.toContain('{person}')
})

test('the shipped core path meets the limits', () => {
  const figures = readability(coreTexts(decisionAid, findings))
  expect(readabilityProblems(figures)).toEqual([])
  expect(figures.meanSentenceLength).toBeLessThanOrEqual(READABILITY_LIMITS.meanSentenceLength)
})

test('the check can fail: long sentences and rare characters on the core path stop content:check, in Chinese', () => {
  const CONTENT = path.resolve(__dirname, '../../src/content')
  const dir = mkdtempSync(path.join(tmpdir(), 'readability-'))
  for (const name of readdirSync(CONTENT).filter((entry) => entry.endsWith('.json'))) copyFileSync(path.join(CONTENT, name), path.join(dir, name))
  const aid = JSON.parse(readFileSync(path.join(dir, 'decide.json'), 'utf8'))
  // 150 sentences of 45 characters each, with rare characters: far past every limit, yet under the 60-character rule.
  const long = '这句话用了很多生僻的字，例如龃龉、觊觎、饕餮、魑魅魍魉，而且一口气说了好几件事情，读者很难读懂它。'
  aid.decision.paragraphs.push(...Array.from({ length: 150 }, () => ({ text: long, sources: [] })))
  writeFileSync(path.join(dir, 'decide.json'), JSON.stringify(aid, null, 2))
  const problems = validateContent(dir).map((problem) => problem.expected)
  expect(problems).toEqual(expect.arrayContaining([
    expect.stringMatching(/^决策辅助的主要几步不够好读：平均每句/),
    expect.stringMatching(/超过 30 个字的句子占/),
    expect.stringMatching(/2500 个常用字以外的字占.*魑/)
  ]))
})

describe('how much she reads before 对您重要的事 (issue 31)', () => {
  test('the count covers the steps before 对您重要的事, in the order she walks them', () => {
    expect([...STEPS_BEFORE_VALUES]).toEqual(DECIDE_CORE.slice(0, DECIDE_CORE.indexOf('values')))
  })

  test('it counts every character but white space, the grid by its folded questions, and not a row\'s hidden cells', () => {
    expect(readingLength(['两种 选择', 'ASTIS（156人）'])).toBe(4 + 11)
    const texts = pathTexts(decisionAid, findings).join('')
    expect(texts).toContain(decisionAid.grid.rows[0].question)
    expect(texts).not.toContain(decisionAid.grid.rows[0].hsct.lines[0])
    expect(texts).not.toContain(decisionAid.values.heading)
  })

  test(`the shipped path is within ${READING_LIMIT} characters`, () => {
    expect(readingLength(pathTexts(decisionAid, findings))).toBeLessThanOrEqual(READING_LIMIT)
  })

  test('the check can fail: a longer path stops content:check, in Chinese, with the count', () => {
    const CONTENT = path.resolve(__dirname, '../../src/content')
    const dir = mkdtempSync(path.join(tmpdir(), 'reading-length-'))
    for (const name of readdirSync(CONTENT).filter((entry) => entry.endsWith('.json'))) copyFileSync(path.join(CONTENT, name), path.join(dir, name))
    const aid = JSON.parse(readFileSync(path.join(dir, 'decide.json'), 'utf8'))
    // 60 short, plain sentences of 10 characters each: readable, but 600 more to read.
    aid.options.choices[0].aspects[0].paragraphs.push(...Array.from({ length: 60 }, () => ({ text: '这是一句很短的话。', sources: [] })))
    writeFileSync(path.join(dir, 'decide.json'), JSON.stringify(aid, null, 2))
    expect(validateContent(dir).map((problem) => problem.expected)).toEqual([
      expect.stringMatching(new RegExp(`^决策辅助太长：读到“对您重要的事”之前要读 \\d+ 个字，超过了 ${READING_LIMIT} 个字`))
    ])
  })
})

test('the figures "about this aid" states are the ones computed; when an edit makes them stale, content:check gives the right numbers', () => {
  expect(statedFigures(readability(coreTexts(decisionAid, findings)), readingLength(pathTexts(decisionAid, findings)))).toEqual(decisionAid.about.readability.stated)
  const CONTENT = path.resolve(__dirname, '../../src/content')
  const dir = mkdtempSync(path.join(tmpdir(), 'stated-figures-'))
  for (const name of readdirSync(CONTENT).filter((entry) => entry.endsWith('.json'))) copyFileSync(path.join(CONTENT, name), path.join(dir, name))
  const aid = JSON.parse(readFileSync(path.join(dir, 'decide.json'), 'utf8'))
  aid.decision.paragraphs.push({ text: '这是新加的一句话。', sources: [] })
  writeFileSync(path.join(dir, 'decide.json'), JSON.stringify(aid, null, 2))
  const titled = { ...aid, title: decisionAid.title }
  const computed = statedFigures(readability(coreTexts(titled, findings)), readingLength(pathTexts(titled, findings)))
  expect(computed.characters).toBe(decisionAid.about.readability.stated.characters + 8)
  const problems = validateContent(dir).filter((problem) => problem.path === 'about.readability.stated').map((problem) => problem.expected)
  expect(problems).toEqual([expect.stringContaining(`汉字数（characters）${computed.characters}，句数（sentences）${computed.sentences}`)])
})

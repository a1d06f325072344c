// Tests never hold copies of what the organization edits (see tests/support/editable-copies.ts and the README's
// "测试读取哪些内容"): otherwise a volunteer's ordinary edit of the content fails them.
import path from 'path'
import { organization } from '@/content'
import { decisionAid } from '@/content/decide'
import { trialSentences } from '../support/brochure'
import { today } from '../support/content'
import { MIN_RUN, ROOT, contentStrings, findCopies, formatCopy, literalsOf, literalsUnder, readOracles } from '../support/editable-copies'

const content = contentStrings()
const oracles = readOracles()
const copiesIn = (source: string) => findCopies(literalsOf('tests/pages/example.test.ts', source), content, oracles)

test('no file under tests/ holds a copy of what the organization edits (read it from src/content/*.ts, or assert what the page does with it)', () => {
  expect(findCopies(literalsUnder(path.join(ROOT, 'tests')), content, oracles).map(formatCopy)).toEqual([])
})

describe('the guard', () => {
  // A test file as one would write it by copying from the content, built here from the content itself.
  const phoneAt = organization.contacts.findIndex((contact) => contact.action === 'call')
  const phone = organization.contacts[phoneAt]
  const status = today('assist').status.text
  const { checkedAt } = today('assist')
  const sentence = decisionAid.decision.paragraphs[0].text
  const run = sentence.slice(0, MIN_RUN + 2)
  const copying = [
    `test('the phone row calls the office', async () => {`,
    `  await page.tap('${phone.value}')`,
    `  expect(now).toContain('现在：${status}')`,
    `  expect(text).toContain('${run}')`,
    `  expect(label).toContain(\`核对日期：${checkedAt}\`)`,
    '})'
  ].join('\n')

  test('finds each copy and names the test file and line, the content file and the JSON path', () => {
    const copies = copiesIn(copying)
    expect(copies.map(({ literal, copied }) => [literal.line, copied])).toEqual([
      [2, phone.value], [3, status.replace(/\s+/g, '')], [4, run], [5, checkedAt]
    ])
    expect(formatCopy(copies[0])).toBe(
      `tests/pages/example.test.ts:2 holds "${phone.value}", which is src/content/organization.json contacts[${phoneAt}].value`
    )
    expect(copies[1].places).toContainEqual(expect.objectContaining({ file: 'since-brochure.json', path: expect.stringMatching(/^trials\[\d+\]\.status\./) }))
    expect(copies[2].places).toContainEqual(expect.objectContaining({ file: 'decide.json', path: 'decision.paragraphs[0].text' }))
    expect(copies[3].places).toContainEqual(expect.objectContaining({ file: 'since-brochure.json', path: expect.stringMatching(/^trials\[\d+\]\.checkedAt$/) }))
  })

  test('a run shorter than MIN_RUN of a sentence is a word, not a copy', () => {
    expect(copiesIn(`expect(text).toContain('${sentence.slice(0, MIN_RUN - 1)}')`)).toEqual([])
  })

  test('oracle facts are no copy: the brochure, the sources\' numbers and identifiers, the figures the code builds, the code\'s own words', () => {
    const oracle = [
      `expect(text).toContain('${trialSentences.scot[1]}')`,
      "expect(first).toContain('因治疗本身死亡（第一年）：移植组79人中8人（100人中约10人）；环磷酰胺组77人中0人')",
      "expect(harms).toContain('100人中6人（6.3%）')",
      "expect(sources).toContain('N Engl J Med 2018;378(1):35–47')",
      "expect(note).toContain('环磷酰胺组没有做移植，这一项一定是0')"
    ]
    expect(copiesIn(oracle.join('\n')).map(formatCopy)).toEqual([])
  })

  test('the organization\'s names and contacts are editable even where the 2016 brochure printed them', () => {
    const copies = copiesIn([`expect(text).toContain('${organization.shortName}')`, `expect(text).toContain('${organization.slogan}')`].join('\n'))
    expect(copies.map(({ literal, copied }) => [literal.line, copied])).toEqual([[1, organization.shortName], [2, organization.slogan]])
  })
})

// What a second careful reader checked against the publications: every figure the app adds says which group it
// counts and over what time, benefits stand beside harms in the same form, and nothing added is wrong. The numbers
// below are the sources' own (van Laar, JAMA 2014; Sullivan, NEJM 2018; Burt, Lancet 2011; the registries), written
// here, not read from the app's content.
import { glossary } from '@/content/glossary'
import { additionsCheckedAt, guidelinesUpdate, harms, updateForTrial } from '@/content/additions'
import { findingHeadings } from '@/content/findings'
import { fill, ui } from '@/content/ui'
import { launchApp, openPage, resetApis, type OpenPage } from '../support/miniprogram'
import { trialSentences, explainerSentences } from '../support/brochure'
import { compact as compactText, correctionLabel, correctionOf, correctionsOn, trialsRecruitingText } from '../support/content'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => resetApis())

const compact = (element?: Element) => (element?.textContent ?? '').replace(/\s+/g, '')
const findingLines = (container?: Element) => Array.from(container?.querySelectorAll('*') ?? [])
  .filter((element) => (element.getAttribute('class') ?? '').split(/\s+/).some((name) => name === 'finding' || name.endsWith('--finding')))
  .map(compact)

/** A correction or note standing right after `sentence` (and before the next one) on the page. */
function noteAfter(page: OpenPage, sentence: string, next?: string): string | undefined {
  const text = page.compactText()
  const at = text.indexOf(sentence)
  const end = next ? text.indexOf(next, at) : text.length
  return page.all('correction').map(compact).find((note) => {
    const noteAt = text.indexOf(note, at)
    return at >= 0 && noteAt > at && noteAt < end
  })
}

describe('SCOT', () => {
  test('its first block names both analyses, gives the counts of all who took part and the treatment deaths beside them', async () => {
    const page = await openPage('pages/trial/index', { id: 'scot' })
    const first = compact(page.first('trial-now'))
    for (const figure of [
      '所有参加的人都算', '只算完成治疗的人',
      '移植组100对中约67对', '环磷酰胺组100对中约33对',
      '死亡或器官衰竭的人（到第54个月，所有参加的人都算）：移植组36人中10人', '环磷酰胺组39人中20人',
      '任何原因死亡的人（到第54个月，所有参加的人都算）：移植组36人中6人', '环磷酰胺组39人中11人',
      '（第54个月，只算完成治疗的人，可能让移植显得更好）：移植组100人中约79人；环磷酰胺组100人中约50人',
      '因治疗本身死亡的人（到第54个月）：移植组36人中1人（100人中约3人）；环磷酰胺组39人中0人',
      '因治疗本身死亡的人（到第72个月）：移植组100人中约6人；环磷酰胺组100人中0人'
    ]) expect(first).toContain(figure)
    // The publication found no clear difference in deaths or organ failure by 54 months: each line says so.
    const lines = findingLines(page.first('trial-now'))
    for (const outcome of ['死亡或器官衰竭的人（到第54个月', '任何原因死亡的人（到第54个月']) {
      expect(lines.find((line) => line.includes(outcome))).toContain('可能只是碰巧')
    }
    // The results first, the harms beside them, in the same block.
    expect(first.indexOf(findingHeadings.benefit)).toBeLessThan(first.indexOf(findingHeadings.harm))
  })

  test('the brochure\'s "显著提高" has a note beside it: not certain at 54 months, a difference at 72 months per protocol', async () => {
    const page = await openPage('pages/trial/index', { id: 'scot' })
    const sentence = trialSentences.scot.find((entry) => entry.includes('显著提高')) as string
    const note = noteAfter(page, sentence, trialSentences.scot.find((entry) => entry.startsWith('结果表明')))
    const expected = correctionOf(sentence)
    expect(note).toContain(compactText(correctionLabel(expected)))
    expect(note).toContain(compactText(expected.text))
    // The publication's counts at 54 months, and the analysis at 72 months.
    for (const figure of ['36人中6人', '39人中11人', '第72个月']) expect(note).toContain(figure)
  })
})

test.each(['astis', 'scot', 'assist'])('%s: every figure in its first block names both groups with their sizes or per 100, and its time frame', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const lines = findingLines(page.first('trial-now'))
  expect(lines.length).toBeGreaterThanOrEqual(2)
  for (const line of lines) {
    expect(line).toMatch(/移植组(\d+人中\d+人|100人中约?\d+人|100对中约\d+对)/)
    expect(line).toMatch(/环磷酰胺组(\d+人中\d+人|100人中约?\d+人|100对中约\d+对)/)
    expect(line).toMatch(/（(第一年|(到)?第\d+个月|整个随访期间)/)
  }
  // At least one result and one harm of the same trial, side by side.
  const now = compact(page.first('trial-now'))
  expect(now.indexOf(compactText(findingHeadings.benefit))).toBeGreaterThanOrEqual(0)
  expect(now.indexOf(compactText(findingHeadings.harm))).toBeGreaterThan(now.indexOf(compactText(findingHeadings.benefit)))
})

test('ASTIS: benefit and harm in the same form, and the long-term deaths of both groups', async () => {
  const page = await openPage('pages/trial/index', { id: 'astis' })
  const first = compact(page.first('trial-now'))
  for (const figure of ['移植组79人中22人', '环磷酰胺组77人中31人', '移植组79人中19人', '环磷酰胺组77人中23人', '5.8年',
    '因治疗本身死亡的人（第一年）：移植组79人中8人（100人中约10人）；环磷酰胺组77人中0人', '移植组79人中11人', '环磷酰胺组77人中7人']) {
    expect(first).toContain(figure)
  }
  expect(first).not.toContain('风险比')
})

test('ASTIS recruited until October 2009: corrected beside the brochure\'s sentence, and 2008 is never stated as the end', async () => {
  const page = await openPage('pages/trial/index', { id: 'astis' })
  const note = noteAfter(page, trialSentences.astis[0], trialSentences.astis[1])
  expect(note).toContain(compactText(correctionLabel(correctionOf(trialSentences.astis[0]))))
  expect(note).toContain('2001年3月')
  expect(note).toContain('2009年10月')
  expect(compact(page.first('fact-list'))).toContain('2001—2009年（手册写作2008年）')
  const list = await openPage('pages/trials/index')
  expect(list.compactText()).not.toMatch(/2001—2008年|2008年结束/)
})

test('the harms block counts every treatment death among the transplanted group, with its size and time', async () => {
  const page = await openPage('pages/hsct/index', { section: 'risks' })
  const block = page.all('since-brochure').map(compact).find((text) => text.startsWith(compactText(harms().heading))) as string
  for (const figure of [
    'ASTIS·因治疗本身死亡的人（第一年）：移植组79人中8人', 'SCOT·因治疗本身死亡的人（到第54个月）：移植组36人中1人', 'SCOT·因治疗本身死亡的人（到第72个月）：移植组100人中约6人',
    '第一项ASSIST研究·因治疗本身死亡的人（第一年）：移植组10人中0人；环磷酰胺组9人中0人',
    'ASTIS·任何原因死亡的人（第一年，所有参加的人都算）：移植组79人中11人（100人中约14人）；环磷酰胺组77人中7人（100人中约9人）',
    '700名患者', '100人中6人（6.3%）', '347名', '29人', '9.8%'
  ]) expect(block).toContain(figure)
  expect(block).not.toMatch(/19名患者中0名|ASTIS为8名|SCOT为1名/)
})

test('the guidelines block no longer claims a long-term survival benefit of all three trials', async () => {
  const page = await openPage('pages/hsct/index')
  const text = page.compactText()
  expect(text).not.toContain('显示了长期生存获益')
  for (const entry of guidelinesUpdate()?.entries ?? []) expect(text).toContain(compactText(entry.text))
  expect(text).toContain('CD011819')
})

describe('ASSIST', () => {
  test('nothing calls the second ASSIST study a phase II trial; the registry\'s phase 3, both arms transplanted', async () => {
    const page = await openPage('pages/trial/index', { id: 'assist' })
    expect(page.text()).not.toMatch(/Phase II|II期研究：/)
    // The registry's phase.
    expect(compact(page.first('trial-now'))).toContain('III期')
    const term = page.all('term').find((element) => element.textContent === '免疫抑制II期试验') as Element
    await page.tapElement(term, { rerender: true })
    expect(page.first('term-sheet')?.textContent).toContain(glossary.terms.find((entry) => entry.matches.includes('免疫抑制II期试验'))?.definition)
  })

  test('the correction of ASSIST I says that the controls got worse, in words that cannot be read the other way', async () => {
    const page = await openPage('pages/trial/index', { id: 'assist' })
    const expected = correctionOf(trialSentences.assist.find((sentence) => sentence.includes('几乎所有')), 'Lancet 2011')
    const correction = page.all('correction').map(compact).find((entry) => entry.includes(compactText(expected.text))) as string
    expect(correction).toContain('环磷酰胺组9人中8人病情加重')
    expect(correction).not.toMatch(/病情下降|下降/)
  })
})

test('STAT: a multicentre study, not one the centre runs; the 2019 end was a plan; 30 in the brochure, 21 in the registry', async () => {
  const page = await openPage('pages/trial/index', { id: 'stat' })
  const first = compact(page.first('trial-now'))
  expect(first).toContain(compactText(updateForTrial('stat')?.headline.text ?? 'a headline'))
  expect(first).toContain('多中心')
  expect(first).not.toContain('癌症中心进行')
  const notes = page.all('correction').map(compact).join('')
  const corrections = trialSentences.stat.flatMap(correctionsOn)
  expect(corrections.length).toBeGreaterThan(0)
  for (const correction of corrections) expect(notes).toContain(compactText(correction.text))
  // The registry's target of 21 beside the brochure's 30, and 2019 as the plan it was.
  for (const figure of ['21名', '30例', '2019年']) expect(notes).toContain(figure)
})

test('the brochure\'s "不错的选择" has a note beside it: a 2016 view, not advice, and none of the four recruits', async () => {
  const page = await openPage('pages/hsct/index')
  const sentence = explainerSentences.find((entry) => entry.includes('不错的选择')) as string
  const note = noteAfter(page, sentence)
  const expected = correctionOf(sentence)
  expect(note).toContain(compactText(correctionLabel(expected)))
  expect(note).toContain(compactText(expected.text))
})

test('the trial list says that none recruits, and its filter says "not yet finished", not "running"', async () => {
  const page = await openPage('pages/trials/index')
  const text = page.compactText()
  expect(text).toContain(trialsRecruitingText())
  expect(text.indexOf(trialsRecruitingText())).toBeLessThan(text.indexOf('ASTIS'))
  expect(text).toContain('尚未结束（')
  expect(page.text()).not.toContain('进行中（')
})

test('no heading of the app says 现在 over the brochure\'s 2016 text', async () => {
  const page = await openPage('pages/hsct/index')
  const headings = page.all('section__heading').map(compact)
  expect(headings.length).toBeGreaterThan(5)
  for (const heading of headings) expect(heading).not.toContain('现在')
})

test.each([
  ['pages/hsct/index', {}], ['pages/trials/index', {}], ['pages/trial/index', { id: 'scot' }]
])('%s: the footer dates the app\'s additions beside the brochure\'s 2016', async (route, query) => {
  const page = await openPage(route, query)
  const footer = compact(page.first('page-footer__date'))
  expect(footer).toContain('截至2016年12月')
  expect(footer).toContain(compactText(fill(ui.shell.additionsCheckedAt, { date: additionsCheckedAt() })))
})

test('the note on "手术" points nowhere it cannot lead', async () => {
  const page = await openPage('pages/trial/index', { id: 'astis' })
  expect(page.text()).not.toContain('见本页第一节')
})

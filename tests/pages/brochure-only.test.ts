// The organization's setting off (TARO_APP_SHOW_UPDATES=false build): the brochure with the app's corrections of
// it, and the safety content (today's status, every trial's results with their harms, the harms block), nothing
// else added, nothing lost.
import { trials } from '@/content'
import { guidelinesUpdate, harms, updateForTrial } from '@/content/additions'
import { trialPages } from '@/content/trialPages'
import { fill, ui } from '@/content/ui'
import { decisionAid } from '@/content/decide'
import { perHundred } from '@/content/findingText'
import { findFindings } from '@/content/findings'
import { launchApp, openPage, useDist } from '../support/miniprogram'
import { explainerSentences, trialSentences } from '../support/brochure'
import { compact as compactText, correctionLabel, correctionOf, filterGroupLabel, statusWords, today, trialNowLabel, trialsRecruitingText } from '../support/content'

beforeAll(() => {
  useDist('dist-brochure-only')
  launchApp({ scene: 1001 })
})

const compact = (element?: Element) => (element?.textContent ?? '').replace(/\s+/g, '')

/** A figure of each trial's harms with its transplanted group, as the sources give it. */
const HARM: Record<string, string | undefined> = {
  astis: '移植组79人中8人',
  scot: '移植组36人中1人',
  assist: '移植组10人中0人',
  stat: undefined
}

// These tests run with the setting on (the package under test was built with it off), so the content modules
// still hand out what the package must leave out.
const hidden = (id: string) => {
  const more = updateForTrial(id)
  return more ? [more.headline.text, ...more.entries.map((entry) => entry.text)] : []
}

test.each(Object.keys(trialSentences))('%s: today\'s status and the harms stay, the other additions go, every brochure sentence remains', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const now = compact(page.first('trial-now'))
  for (const words of statusWords(id)) expect(compact(page.first('trial-now__status'))).toContain(compactText(words))
  expect(now).toContain(compactText(trialNowLabel(id)))
  if (HARM[id]) expect(now).toContain(HARM[id])
  // The headline and the later block are additions the organization may hide.
  expect(page.first('since-brochure')).toBeUndefined()
  expect(hidden(id).length).toBeGreaterThan(0)
  for (const text of hidden(id)) expect(page.compactText()).not.toContain(compactText(text))
  expect(page.text()).not.toContain(fill(trialPages.trial.more, { heading: today(id).heading }))
  for (const sentence of trialSentences[id]) expect(page.compactText()).toContain(sentence)
  expect(page.text()).toContain('状态（截至2016年12月）')
})

test('ASSIST no longer reads as recruiting: its 2016 status stands dated, beside today\'s', async () => {
  const page = await openPage('pages/trial/index', { id: 'assist' })
  const text = page.compactText()
  const [status] = statusWords('assist')
  expect(text.indexOf(compactText(status))).toBeLessThan(text.indexOf('状态（截至2016年12月）招募中'))
})

test('the corrections of the brochure stay, beside their sentences', async () => {
  const assist = await openPage('pages/trial/index', { id: 'assist' })
  const reversed = correctionOf(trialSentences.assist.find((sentence) => sentence.includes('几乎所有')), 'Lancet 2011')
  const corrections = assist.all('correction').map((element) => element.textContent ?? '').join('')
  expect(corrections).toContain(correctionLabel(reversed))
  expect(compactText(corrections)).toContain(compactText(reversed.text))
  expect(corrections).toContain('Lancet 2011')
  const scot = await openPage('pages/trial/index', { id: 'scot' })
  const assassi = correctionOf(trialSentences.scot.find((sentence) => sentence.includes('Assassi')))
  expect(scot.all('correction').map(compact).join('')).toContain(compactText(assassi.text))
})

test('the list says which trials recruit and filters on today\'s status; the explainer keeps the harms, not the guidelines', async () => {
  const list = await openPage('pages/trials/index')
  expect(list.all('status-badge--since')).toHaveLength(trials.length)
  expect(list.compactText()).toContain(trialsRecruitingText())
  expect(list.text()).toContain(filterGroupLabel())
  expect(list.text()).toContain(fill(ui.trials.filterCount, { label: ui.trials.unfinished, count: trials.filter((trial) => !today(trial.id).status.endedNow).length }))
  const explainer = await openPage('pages/hsct/index')
  const blocks = explainer.all('since-brochure').map(compact)
  expect(blocks).toHaveLength(1)
  expect(blocks[0]).toContain(compactText(harms().heading))
  for (const harm of ['移植组79人中8人', '移植组36人中1人', '移植组10人中0人']) expect(blocks[0]).toContain(harm)
  for (const entry of harms().entries) expect(blocks[0]).toContain(compactText(entry.text))
  for (const entry of guidelinesUpdate()?.entries ?? []) expect(explainer.compactText()).not.toContain(compactText(entry.text))
  for (const sentence of explainerSentences) expect(explainer.compactText()).toContain(sentence)
})

test('the decision aid keeps its harms beside its benefits: it is safety content, not an addition to hide', async () => {
  const grid = await openPage('pages/decide/index', { section: 'grid' })
  // The rows are folded to their questions: every figure is one tap away.
  for (let index = 0; index < grid.all('grid-row__toggle').length; index += 1) await grid.tapElement(grid.all('grid-row__toggle')[index], { rerender: true })
  for (const figure of ['ASTIS（第一年）：移植组79人中8人（100人中约10人）', 'ASTIS（第一年）：环磷酰胺组77人中0人', 'SCOT（到第72个月）：移植组100人中约6人',
    'ASTIS（整个随访期间）：移植组79人中22人', '一半的人随访了5.8年以上']) {
    expect(grid.compactText()).toContain(figure)
  }
  for (const line of decisionAid.grid.rows.flatMap((row) => [...row.hsct.lines, ...row.standard.lines])) {
    expect(grid.compactText()).toContain(compactText(line))
  }
  // Each picture marks both groups' share of 100 of its finding (ASTIS: 11 of 79 and 7 of 77 ≈ 14 and 9; 22 of 79 and 31 of 77 ≈ 28 and 40).
  const marked = findFindings(decisionAid.keyPoints.pictures.map((picture) => picture.findingId))
    .flatMap((finding) => (finding.design === 'randomised' ? [finding.transplant, finding.control] : [])).map((group) => perHundred(group) ?? 0)
  expect(marked.length).toBe(2 * decisionAid.keyPoints.pictures.length)
  const pictures = await openPage('pages/decide/index', { section: 'pictures' })
  expect(pictures.all('icon--marked')).toHaveLength(marked.reduce((sum, count) => sum + count, 0))
})

import { findSection, findTrial, meta, trials, type Trial } from '@/content'
import { glossary } from '@/content/glossary'
import { harms } from '@/content/additions'
import { trialPages } from '@/content/trialPages'
import { fill, ui } from '@/content/ui'
import { callsOf, launchApp, openPage, resetApis } from '../support/miniprogram'
import { explainerSentences, trialSentences } from '../support/brochure'
import { compact as compactText, correctionLabel, correctionOf, correctionsOn, statusWords, trialNowLabel } from '../support/content'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => resetApis())

const NUMBERS: Record<string, string[]> = {
  astis: ['2001', '2008', '156', '四年或更短', '2012', '10%'],
  scot: ['2005', '2011', '115', '75', '12个月', '54个月', '2016年11月', '1例'],
  assist: ['2011', '160', '2016', '2018'],
  stat: ['30', '2011', '2019']
}

/** A source of what became of each trial, which the first screen must cite. */
const TODAY_SOURCE: Record<string, string> = {
  astis: 'JAMA 2014;311(24):2490–2498',
  scot: 'N Engl J Med 2018;378(1):35–47',
  assist: 'NCT01445821',
  stat: 'NCT01413100'
}

const compact = (element?: Element) => (element?.textContent ?? '').replace(/\s+/g, '')

/** The glossary's definition of the term that a page marks where it shows `word`. */
const definitionOf = (word: string) => glossary.terms.find((term) => term.matches.includes(word))?.definition as string

/** The tappable term inside `container` that shows one of `words` (classes reach the DOM with a prefix, e.g. main--term). */
const termIn = (container: Element | undefined, ...words: string[]) => Array.from(container?.querySelectorAll('*') ?? [])
  .find((element) => (element.getAttribute('class') ?? '').split(/\s+/).some((name) => name === 'term' || name.endsWith('--term')) && words.includes(element.textContent ?? ''))

test.each(Object.keys(trialSentences))('%s: every sentence and number of its brochure paragraph, the date, risks, doctor note and disclaimer', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const text = page.compactText()
  expect(trialSentences[id].length).toBeGreaterThan(1)
  for (const sentence of trialSentences[id]) expect(text).toContain(sentence)
  const facts = compact(page.first('fact-list'))
  for (const number of NUMBERS[id]) expect(facts).toContain(number)
  expect(text).toContain('手册原文（截至2016年12月）')
  expect(text).toContain('影响患者死亡率主要危险因素之一是心脏受累')
  expect(text).toContain(compactText(trialPages.trial.doctorNote))
  expect(text).toContain(compactText(meta.disclaimer))
})

test.each(Object.keys(TODAY_SOURCE))('%s: the page opens with today\'s status, dated, sourced and marked as the app\'s, before the brochure', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const text = page.compactText()
  const now = compact(page.first('trial-now'))
  for (const words of statusWords(id)) expect(compact(page.first('trial-now__status'))).toContain(compactText(words))
  expect(now).toContain(compactText(trialNowLabel(id)))
  expect(now).toContain('来源：')
  expect(now).toContain(compactText(TODAY_SOURCE[id]))
  // Only the title and the name come before it; the brochure's record and text follow.
  expect(text.indexOf(now)).toBeLessThan(text.indexOf('截至2016年12月'))
  expect(text.indexOf(now)).toBeLessThan(text.indexOf(trialSentences[id][0]))
  expect(text.indexOf(now)).toBeLessThan(100)
})

test('ASSIST: the reversed brochure sentence stays word for word with the correction right beside it', async () => {
  const page = await openPage('pages/trial/index', { id: 'assist' })
  const text = page.compactText()
  const reversed = trialSentences.assist.find((sentence) => sentence.includes('几乎所有'))
  expect(reversed).toBeDefined()
  const sentenceAt = text.indexOf(reversed as string)
  const next = trialSentences.assist[trialSentences.assist.indexOf(reversed as string) + 1]
  const expected = correctionOf(reversed, 'Lancet 2011')
  const correction = page.all('correction').map(compact).find((entry) => entry.includes(compactText(expected.text)))
  expect(correction).toBeDefined()
  const correctionAt = text.indexOf(correction as string)
  expect(correctionAt).toBeGreaterThan(sentenceAt)
  expect(correctionAt).toBeLessThan(text.indexOf(next))
  expect(correction).toContain(compactText(correctionLabel(expected)))
  // What the publication says: the controls were treated for 6 months.
  expect(correction).toContain('6个月')
  expect(correction).toContain('Lancet2011')
  expect(correction).toContain('doi:10.1016/S0140-6736(11)60982-3')
})

test('no summary of the app repeats an error of the brochure', async () => {
  const assist = (await openPage('pages/trial/index', { id: 'assist' })).compactText()
  // The brochure's sentence once, and nowhere else.
  expect(assist.split('几乎所有').length - 1).toBe(1)
  expect(assist.split('在一年期间').length - 1).toBe(1)
  const scot = await openPage('pages/trial/index', { id: 'scot' })
  expect(scot.compactText()).not.toContain('其中75')
  expect(compact(scot.first('fact-list'))).toContain(compactText(fill(trialPages.facts.randomized, { count: 75 }) + fill(trialPages.facts.alsoEnrolled, { count: 115 })))
})

test.each(trials.map((trial) => trial.id))('%s: every correction and note of its brochure text, and of the risks, stands right after its sentence, labelled and dated', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  const text = page.compactText()
  const corrections = page.all('correction').map(compact)
  const trial = findTrial(id) as Trial
  let checked = 0
  for (const sentences of [trial.brochureText, findSection('risks')?.paragraphs ?? []].map((texts) => texts.map(compactText))) {
    sentences.forEach((sentence, index) => {
      const at = text.indexOf(sentence)
      for (const expected of correctionsOn(sentence)) {
        const shown = corrections.find((entry) => entry.includes(compactText(expected.text)))
        expect([sentence, shown]).toEqual([sentence, expect.stringContaining(compactText(correctionLabel(expected)))])
        const shownAt = text.indexOf(shown as string, at)
        expect([sentence, shownAt > at]).toEqual([sentence, true])
        if (sentences[index + 1]) expect([sentence, shownAt < text.indexOf(sentences[index + 1], at)]).toEqual([sentence, true])
        checked += 1
      }
    })
  }
  expect(checked).toBeGreaterThan(0)
})

test('a term opens its explanation on a trial page, also inside the app\'s addition and inside a correction', async () => {
  const page = await openPage('pages/trial/index', { id: 'scot' })
  // The analysis every randomised figure names, as the code words it, wherever the block first says it.
  const analysis = glossary.terms.find((term) => term.matches.includes('所有参加的人都算'))
  const inAddition = termIn(page.first('trial-now'), ...analysis?.matches ?? [])
  expect(inAddition).toBeDefined()
  await page.tapElement(inAddition as Element, { rerender: true })
  expect(page.first('term-sheet')?.textContent).toContain(analysis?.definition)
  await page.tap(ui.terms.close, { rerender: true })
  expect(page.first('term-sheet')).toBeUndefined()

  const assist = await openPage('pages/trial/index', { id: 'assist' })
  const correction = assist.all('correction').find((element) => compact(element).includes('Lancet'))
  const term = termIn(correction, '开放标签')
  expect(term).toBeDefined()
  await assist.tapElement(term as Element, { rerender: true })
  expect(assist.first('term-sheet')?.textContent).toContain(definitionOf('开放标签'))
})

test('the brochure\'s notes on its own wording sit beside the sentences they explain', async () => {
  const astis = await openPage('pages/trial/index', { id: 'astis' })
  const only = correctionOf(trialSentences.astis.find((sentence) => sentence.includes('刚接受')))
  expect(only.kind).toBe('note')
  expect(astis.all('correction').map(compact).join('')).toContain(compactText(only.text))
  expect(astis.compactText()).toContain(compactText(trialPages.trial.facts.nameEn))
  const risks = explainerSentences.find((sentence) => sentence.includes('复杂的手术')) as string
  const surgery = correctionOf(risks)
  const text = astis.compactText()
  const note = astis.all('correction').map(compact).find((entry) => entry.includes(compactText(surgery.text))) as string
  expect(note).toContain(compactText(correctionLabel(surgery)))
  expect(text.indexOf(note)).toBeGreaterThan(text.indexOf(risks))
})

test('the harms are one tap away from a trial page', async () => {
  const page = await openPage('pages/trial/index', { id: 'scot' })
  await page.tap(fill(ui.trial.toHarms, { heading: harms().heading }))
  expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/hsct/index?section=risks' })])
})

test('previous/next, the list and home are one tap away', async () => {
  const page = await openPage('pages/trial/index', { id: 'scot' })
  await page.tap(fill(ui.trial.previous, { acronym: 'ASTIS' }))
  await page.tap(fill(ui.trial.next, { acronym: 'ASSIST' }))
  await page.tap(ui.trial.toList)
  expect(callsOf('navigateTo').map((call) => call.url)).toEqual(['/pages/trial/index?id=astis', '/pages/trial/index?id=assist', '/pages/trials/index'])
})

test.each([[{ id: 'nope' }, fill(trialPages.trial.unknownId, { id: 'nope' })], [{}, trialPages.trial.missingId]])('an unknown or missing id (%p) shows a clear not-found page with ways on', async (query, message) => {
  const page = await openPage('pages/trial/index', query)
  expect(page.text()).toContain(trialPages.trial.notFound)
  expect(page.text()).toContain(message)
  await page.tap(ui.trial.toTrials)
  await page.tap('回到首页')
  expect(callsOf('navigateTo').map((call) => call.url)).toEqual(['/pages/trials/index', '/pages/index/index'])
  expect(page.share().path).toBe('/pages/trials/index')
})

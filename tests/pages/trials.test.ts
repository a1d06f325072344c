import { trials } from '@/content'
import { trialPages } from '@/content/trialPages'
import { fill, ui } from '@/content/ui'
import { callsOf, launchApp, openPage, resetApis } from '../support/miniprogram'
import { compact, filterGroupLabel, statusWords, today } from '../support/content'

beforeAll(() => launchApp({ scene: 1001 }))
beforeEach(() => resetApis())

const cardTexts = (page: Awaited<ReturnType<typeof openPage>>) => page.all('trial-card').map((card) => (card.textContent ?? '').replace(/\s+/g, ''))

test('four cards, sorted by start year, each with name, region, years, enrollment and both statuses, each dated', async () => {
  const page = await openPage('pages/trials/index')
  const cards = cardTexts(page)
  expect(cards.map((card) => card.match(/^[A-Z]+/)?.[0])).toEqual(['ASTIS', 'SCOT', 'ASSIST', 'STAT'])
  expect(cards[0]).toContain('自体干细胞移植国际硬皮病临床试验')
  expect(cards[0]).toContain('欧洲')
  expect(cards[0]).toContain('2001—2009年（手册写作2008年）')
  expect(cards[0]).toContain('156名患者')
  // The randomised 75 are the trial's size; the brochure's 115 is never shown alone, nor joined to them with 其中.
  expect(cards[1]).toContain(compact(fill(trialPages.facts.randomized, { count: 75 }) + fill(trialPages.facts.alsoEnrolled, { count: 115 })))
  expect(cards[1]).not.toContain('其中')
  expect(cards[1]).toContain('2005—2011年')
  expect(cards[2]).toContain('计划招募160名')
  expect(cards[2]).toContain('2011—2018年（计划）')
  expect(cards[3]).toContain('30名患者')
  expect(cards[3]).toContain('2011—2019年（计划）')
  expect(cards[2]).toContain('截至2016年12月：招募中')
  trials.forEach((trial, index) => {
    for (const words of [...statusWords(trial.id), fill(trialPages.list.statusChecked, { status: '', date: today(trial.id).checkedAt })]) expect(cards[index]).toContain(compact(words))
    const [status] = statusWords(trial.id)
    expect(cards[index].indexOf('截至2016年12月：')).toBeLessThan(cards[index].indexOf(compact(status)))
  })
})

/** The acronyms of the trials that have or have not ended today, as since-brochure.json says. */
const endedToday = (ended: boolean) => trials.filter((trial) => today(trial.id).status.endedNow === ended).map((trial) => trial.acronym)

test.each([
  [ui.trials.ended, endedToday(true)],
  [ui.trials.unfinished, endedToday(false)],
  [ui.trials.all, trials.map((trial) => trial.acronym)]
])('the %s filter uses today\'s status, says so with its date, and shows the right cards', async (chip, acronyms) => {
  const page = await openPage('pages/trials/index')
  expect(page.text()).toContain(filterGroupLabel())
  if (chip !== ui.trials.all) await page.tap(fill(ui.trials.filterCount, { label: chip, count: acronyms.length }), { rerender: true })
  expect(cardTexts(page).map((card) => card.match(/^[A-Z]+/)?.[0])).toEqual(acronyms)
})

test('tapping a card opens its trial', async () => {
  const page = await openPage('pages/trials/index')
  await page.tapElement(page.all('trial-card')[2])
  expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/trial/index?id=assist' })])
})

test('the timeline has four bars whose lengths follow the years, and a bar opens its trial', async () => {
  const page = await openPage('pages/trials/index')
  const bars = page.all('timeline-bar')
  expect(bars).toHaveLength(4)
  const geometry = bars.map((bar) => {
    const style = bar.getAttribute('style') ?? ''
    return [Number(style.match(/left: ([\d.]+)%/)?.[1]), Number(style.match(/width: ([\d.]+)%/)?.[1])]
  })
  const year = 100 / 18
  expect(geometry.map(([left]) => Math.round(left / year))).toEqual([0, 4, 10, 10])
  expect(geometry.map(([, width]) => Math.round(width / year))).toEqual([8, 6, 7, 8])
  expect(page.text()).toContain('ASTIS：2001—2009年（手册写作2008年），156名')
  expect(page.text()).toContain('SCOT：2005—2011年，75名随机分组')
  expect(page.text()).not.toContain('115名')
  expect(page.text()).toContain('ASSIST：2011—2018年（计划），160名（计划）')
  await page.tapElement(page.all('timeline-row')[3])
  expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/trial/index?id=stat' })])
})

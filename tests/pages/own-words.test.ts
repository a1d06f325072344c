// The app's own words, on every page: never a recommendation, and always the full name of the treatment
// (自体造血干细胞移植), so that nobody takes it for the "干细胞治疗" that clinics sell. The brochure's own sentences
// are taken out first (brochure/brochure.txt): they stay word for word.
import { explainer, organization, trials } from '@/content'
import { DECIDE_SECTIONS, ROUTES } from '@/routes'
import { compact } from '../support/content'
import { launchApp, openPage } from '../support/miniprogram'
import { brochureTexts, trialSentences } from '../support/brochure'

beforeAll(() => launchApp({ scene: 1001 }))

const PAGES: [string, Record<string, string>][] = Object.values(ROUTES).flatMap((route): [string, Record<string, string>][] => {
  if (route === ROUTES.trial) return Object.keys(trialSentences).map((id) => [route, { id }])
  if (route === ROUTES.decide) return DECIDE_SECTIONS.map((section) => [route, { section }])
  return [[route, {}]]
})

/** Phrasings that would tell a reader what to choose. */
const RECOMMENDING = /建议您|您应该|您应当|应该选择|最好选择|推荐您|值得一试|值得尝试|不错的选择|最好的选择|最佳选择|一定要|别犹豫|赶快|尽快报名/

/**
 * Wordings that mislead about numbers (issue 23): a heading that reads "what we want to improve" over deaths, overall
 * death called a trial's main analysis, a whole follow-up called "within 5.8 years", 统计上不确定 (heard as "nobody
 * knows what happened"), and the comparison arm called 标准的免疫抑制治疗 as if it were today's treatment.
 */
const NUMBER_TRAPS = /想改善的结果|在主要分析中|5\.8年内|统计上不确定|标准的免疫抑制治疗/

/**
 * Where the app names the brochure's own words on purpose: a trial's name as the brochure gives it, a quotation
 * (“…”, 《…》), and where it says that the brochure words it so (手册把…称为).
 */
function withoutQuotations(text: string): string {
  const names = trials.reduce((rest, trial) => rest.split(trial.nameZh).join('｜'), text)
  return names.replace(/“[^”]*”|《[^》]*》/g, '｜').replace(/手册[^。；，｜]{0,4}自体干细胞移植/g, '｜')
}

/** The organization's own words about itself (organization.json): the app shows them as given. */
const organizationWords = [organization.name, organization.nameEn, organization.formerName, ...organization.introduction, organization.vision, organization.mission, organization.slogan]

async function ownWords(route: string, query: Record<string, string>): Promise<string> {
  const page = await openPage(route, query)
  // The glossary's definitions are the app's words too: show them all.
  if (page.findByText('展开全部')) await page.tap('展开全部', { rerender: true })
  let text = page.compactText()
  for (const words of [...brochureTexts, ...organizationWords.map(compact)]) text = text.split(words).join('｜')
  return text
}

test.each(PAGES)('%s %p: no sentence of the app tells the reader what to choose', async (route, query) => {
  expect(await ownWords(route, query)).not.toMatch(RECOMMENDING)
})

test.each(PAGES)('%s %p: the app\'s own words say 自体造血干细胞移植', async (route, query) => {
  let text = withoutQuotations(await ownWords(route, query))
  // The explainer's title is the brochure's own heading, the first thing on the page.
  if (route === ROUTES.hsct) text = text.replace(explainer.title, '｜')
  // Each leftover with what stands around it, so that a failure shows where.
  const leftovers = [...text.matchAll(/自体干细胞移植/g)].map((match) => text.slice(Math.max(0, (match.index ?? 0) - 20), (match.index ?? 0) + 20))
  expect(leftovers).toEqual([])
})

test.each(PAGES)('%s %p: the app\'s own words set no number trap', async (route, query) => {
  const text = await ownWords(route, query)
  const traps = [...text.matchAll(new RegExp(NUMBER_TRAPS, 'g'))].map((match) => text.slice(Math.max(0, (match.index ?? 0) - 15), (match.index ?? 0) + 25))
  expect(traps).toEqual([])
})

test('the number-trap check can fail: it catches the wordings the aid\'s first edition used', () => {
  for (const wording of ['想改善的结果：中位随访5.8年内，死亡或器官衰竭', '没有一项试验在主要分析中显示总死亡率降低', '差别在统计上不确定', '继续用标准的免疫抑制治疗']) {
    expect(wording).toMatch(NUMBER_TRAPS)
  }
})

test('the check can fail: the brochure itself holds both phrasings the app must not use', () => {
  const brochure = brochureTexts.join('')
  expect(brochure).toMatch(RECOMMENDING)
  expect(brochure).toContain('自体干细胞移植')
})

// The aid's first four steps as the woman it is for meets them (issues 30 and 31): what she must read before 对您重要的事,
// counted on the compiled page and held to the limit; cyclophosphamide named inside the transplant; the treatment
// deaths never followed by "chance"; what the trials asked, said before the first figure; the grid folded to its
// questions, every figure one tap away. The sources' facts are written here (van Laar, JAMA 2014: 8 of 79 treatment
// deaths, 11 of 79 vs 7 of 77 deaths in year 1; Sullivan, NEJM 2018; Ann Intern Med 1993: 2 of 16, 4 of 15, 5 of 8;
// the trial names); the aid's own words are read from its content module.
import { decisionAid as aid, partHeading } from '@/content/decide'
import { findFindings } from '@/content/findings'
import { NOT_READ_CLASSES, pathTexts, READING_LIMIT, READING_TOLERANCE, readingLength } from '../../tools/content/readability'
import { distDir, launchApp, openPage, resetApis, storage, type OpenPage } from '../support/miniprogram'
import { readTemplates, renderedNodes } from '../support/wechat-aria'

const ROUTE = 'pages/decide/index'

beforeEach(() => {
  launchApp({ scene: 1001 })
  resetApis()
  storage().clear()
})

const compact = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '')
const hasClass = (element: Element, name: string) => (element.getAttribute('class') ?? '').split(/\s+/).some((entry) => entry === name || entry.endsWith(`--${name}`))
const headingOf = (page: OpenPage) => compact(page.first('section__heading')?.textContent)

/** The part on show: the block around its heading. */
function partOf(page: OpenPage): Element {
  const part = page.first('section__heading')?.closest('[class*="section"]:not([class*="section__heading"])')
  if (!part) throw new Error(`No part on show. Page text: ${page.text()}`)
  return part
}

/** What a reader reads of an element: its text without term chips, source toggles and buttons that move between parts. */
function readText(element: Element): string {
  const copy = element.cloneNode(true) as Element
  for (const node of Array.from(copy.querySelectorAll('*'))) if (NOT_READ_CLASSES.some((name) => hasClass(node, name))) node.remove()
  return compact(copy.textContent)
}

/** Opens every folded row of the grid, so that all its figures show. */
async function openAllRows(page: OpenPage): Promise<void> {
  for (let index = 0; index < page.all('grid-row__toggle').length; index += 1) {
    await page.tapElement(page.all('grid-row__toggle')[index], { rerender: true })
  }
}

/** A treatment-death figure of ASTIS (JAMA 2014: 8 of 79 in the first year), as the aid writes it. */
const TREATMENT_DEATHS = /8人因治疗本身?死亡|移植组79人中8人/
/** Words that would make a reader take the treatment deaths for chance. */
const CHANCE = /碰巧|偶然|巧合/

/** In each block that gives a treatment-death figure (a picture, the points, a grid row), what follows the figure. */
function afterTreatmentDeaths(page: OpenPage): string[] {
  return ['picture', 'key-points', 'grid-row'].flatMap((name) => page.all(name)).map(readText).flatMap((text) => {
    const at = text.search(TREATMENT_DEATHS)
    return at < 0 ? [] : [text.slice(at)]
  })
}

describe('what she reads before 对您重要的事', () => {
  test(`walked from step 1 by 下一部分, at most ${READING_LIMIT} characters, and the content check counts the same`, async () => {
    const page = await openPage(ROUTE)
    // The aid's title and label, read once at the top.
    let read = readText(page.first('page-title') as Element).length + readText(page.first('decide-label') as Element).length
    const walked: string[] = []
    while (!headingOf(page).includes(compact(aid.values.heading))) {
      walked.push(headingOf(page))
      read += readText(partOf(page)).length
      await page.tapElement(page.first('decide-next') as Element, { rerender: true })
      if (walked.length > 7) throw new Error(`never reached the values part: ${walked.join(' / ')}`)
    }
    expect(walked).toHaveLength(4)
    expect({ read, withinLimit: read <= READING_LIMIT }).toEqual({ read, withinLimit: true })
    const counted = readingLength(pathTexts(aid, findFindings(allFindingIds())))
    expect(Math.abs(read - counted)).toBeLessThanOrEqual(counted * READING_TOLERANCE)
  })

  test('a plain line early on lets her go straight to 对您重要的事, with a button that goes there', async () => {
    const page = await openPage(ROUTE, { section: 'key-points' })
    const skip = page.first('decide-skip') as Element
    expect(compact(skip.textContent)).toContain(compact(aid.keyPoints.skip))
    await page.tapElement(page.first('decide-skip__button') as Element, { rerender: true })
    expect(headingOf(page)).toContain(compact(partHeading('values')))
  })
})

/** Every finding id, so that the content-side count sees the same findings the page does. */
const allFindingIds = () => [
  ...aid.keyPoints.pictures.map((picture) => picture.findingId), ...aid.keyPoints.today.findings,
  ...aid.options.choices.flatMap((choice) => choice.aspects.flatMap((aspect) => aspect.findings)),
  ...aid.grid.rows.flatMap((row) => [...row.findings, ...row.hsct.findings, ...row.standard.findings])
]

describe('cyclophosphamide is part of the transplant too', () => {
  test('the transplant\'s own description and its column in the grid name cyclophosphamide; its harms are said of both options', async () => {
    const options = await openPage(ROUTE, { section: 'options' })
    const transplant = compact(options.first('option-card--hsct')?.textContent)
    expect(transplant).toContain('环磷酰胺')
    // Its harms (bladder, other cancers, ovaries and testes) stand in the transplant's card too.
    for (const harm of ['膀胱', '癌', '卵巢', '睾丸']) expect([harm, transplant.includes(harm)]).toEqual([harm, true])
    options.close()

    const grid = await openPage(ROUTE, { section: 'grid' })
    await openAllRows(grid)
    const column = grid.all('grid-cell--hsct').map((cell) => compact(cell.textContent)).join('')
    expect(column).toContain('环磷酰胺')
    // The doses stay off the path (ASTIS, ASSIST: 200 mg/kg; SCOT: 120 mg/kg; collection after 2 or 4 g/m²).
    expect(compact(grid.text())).not.toMatch(/mg\/kg|g\/m²/)
  })

  test('the lupus ovary figures say what they counted and are not followed by "not verified"; the transplant is said to harm the ovaries too', async () => {
    const page = await openPage(ROUTE, { section: 'grid' })
    await openAllRows(page)
    const row = page.all('grid-row').find((element) => compact(element.textContent).includes('16人中2人')) as Element
    const [transplant, standard] = ['grid-cell--hsct', 'grid-cell--standard'].map((name) => compact(page.all(name).find((cell) => row.contains(cell))?.textContent))
    // Ann Intern Med 1993: lasting loss of periods after monthly pulses, by age; most had 15 or more doses.
    for (const count of ['16人中2人', '15人中4人', '8人中5人']) expect(standard).toContain(count)
    expect(standard).toMatch(/月经/)
    expect(standard).toMatch(/15次/)
    expect(standard.slice(standard.indexOf('16人中2人'))).not.toMatch(/没有核实/)
    expect(transplant).toMatch(/卵巢/)
    // No number for the transplant that no source gives.
    expect(transplant).not.toMatch(/\d+人中\d+人/)
  })
})

describe('treatment deaths are not chance', () => {
  test.each(['key-points', 'grid'] as const)('%s: no "chance" wording follows a treatment-death figure', async (section) => {
    const page = await openPage(ROUTE, { section })
    if (section === 'grid') await openAllRows(page)
    const followers = afterTreatmentDeaths(page)
    expect(followers.length).toBeGreaterThan(0)
    for (const follower of followers) expect([follower, CHANCE.test(follower)]).toEqual([follower, false])
  })

  test('the key points say which sentence is about the rate and which about the totals', async () => {
    const page = await openPage(ROUTE, { section: 'key-points' })
    const text = readText(partOf(page))
    // JAMA 2014, Figure 2: the hazard already favours transplant at year 1; the curves cross at about year 2.
    expect(text).toMatch(/风险[^。]*第1年/)
    expect(text).toMatch(/累计[^。]*第2年/)
    expect(text).not.toMatch(/从第2年起[^。]*风险明确更低/)
  })
})

describe('the trials\' question beside hers', () => {
  test('before the first figure of step 2: the trials tested early disease with cyclophosphamide first, no trial after today\'s medicines, UPSIDE', async () => {
    const page = await openPage(ROUTE, { section: 'key-points' })
    const text = readText(partOf(page))
    const firstFigure = text.search(/\d+人中约?\d+人/)
    expect(firstFigure).toBeGreaterThan(0)
    const before = text.slice(0, firstFigure)
    for (const words of ['环磷酰胺', '随机试验', 'UPSIDE']) expect([words, before.includes(words)]).toEqual([words, true])
  })

  test('the pooled figure of 700 patients is not called today\'s, and says that a centre\'s own experience matters', async () => {
    const page = await openPage(ROUTE, { section: 'key-points' })
    const pooled = compact(page.first('key-points-today')?.textContent)
    expect(pooled).toMatch(/700名患者.*100人中约6人/)
    expect(pooled).not.toContain('今天的情况')
    // Mod Rheumatol 2023 pools 22 studies.
    expect(pooled).toContain('22')
    expect(pooled).toMatch(/中心/)
  })
})

describe('the grid, one line per row', () => {
  test('folded, each row shows its question; a tap shows both options, and every figure of the grid is one tap away', async () => {
    const page = await openPage(ROUTE, { section: 'grid' })
    const rows = page.all('grid-row')
    expect(rows).toHaveLength(aid.grid.rows.length)
    expect(page.all('grid-cell')).toHaveLength(0)
    rows.forEach((row, index) => expect(compact(row.textContent)).toContain(compact(aid.grid.rows[index].question)))
    await openAllRows(page)
    expect(page.all('grid-cell--hsct')).toHaveLength(aid.grid.rows.length)
    expect(page.all('grid-cell--standard')).toHaveLength(aid.grid.rows.length)
    // JAMA 2014 and NEJM 2018, in both columns.
    const text = page.compactText()
    for (const figure of ['移植组79人中11人', '环磷酰胺组77人中7人', '移植组79人中8人', '移植组79人中22人', '环磷酰胺组77人中31人', '移植组36人中6人', '环磷酰胺组39人中11人']) {
      expect([figure, text.includes(figure)]).toEqual([figure, true])
    }
    await page.tapElement(page.all('grid-row__toggle')[0], { rerender: true })
    expect(page.all('grid-cell--hsct')).toHaveLength(aid.grid.rows.length - 1)
  })

  test('the qualifiers are said once for the grid, not on every cell', async () => {
    const page = await openPage(ROUTE, { section: 'grid' })
    await openAllRows(page)
    const text = readText(partOf(page))
    const times = (words: string) => text.split(words).length - 1
    expect(times('所有参加的人都算')).toBeLessThanOrEqual(1)
    expect(times('一半的人随访了5.8年以上')).toBeLessThanOrEqual(1)
    expect(times(compact(aid.grid.noData))).toBeGreaterThan(0)
  })

  test('WeChat\'s screen reader hears each row as a button that names its question', async () => {
    const page = await openPage(ROUTE, { section: 'grid' })
    const buttons = renderedNodes(page.instance.data, readTemplates(distDir())).filter((node) => node.aria['aria-role'] === 'button')
    for (const row of aid.grid.rows) {
      expect(buttons.some((node) => String(node.aria['aria-label']).includes(row.question))).toBe(true)
    }
  })
})

describe('trials and terms she can hold', () => {
  test.each(['key-points', 'options', 'grid'] as const)('%s: ASTIS is named with a plain label on first use (156 people)', async (section) => {
    const page = await openPage(ROUTE, { section })
    const text = readText(partOf(page))
    // Where ASTIS is first named: where it ran (Europe) and how many took part (156, JAMA 2014).
    const first = text.indexOf('ASTIS')
    const around = text.slice(Math.max(0, first - 8), first + 16)
    expect(around).toMatch(/欧洲/)
    expect(around).toMatch(/156人/)
  })

  test('step 1 uses one name for her disease; localized scleroderma is left to the glossary', async () => {
    const page = await openPage(ROUTE, { section: 'decision' })
    const text = readText(partOf(page))
    expect(text).toContain('系统性硬化症')
    expect(text).not.toMatch(/局限性硬皮病|系统性硬皮病/)
    await page.tapElement(page.all('term').find((term) => compact(term.textContent) === '系统性硬化症') as Element, { rerender: true })
    expect(compact(page.first('term-sheet')?.textContent)).toContain('局限性硬皮病')
  })
})

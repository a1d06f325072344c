// The decision aid (pages/decide), as a patient and her family use it in WeChat: the seven steps of the core path
// walked by taps, in plain words; the key numbers drawn as 100 people, in both frames; both options' harms in the
// same detail; the knowledge check; who is answering; what is kept on the phone; the summary for the clinic; sharing
// and QR codes. The figures below are the sources' own (van Laar, JAMA 2014; Sullivan, NEJM 2018; Burt, Lancet
// 2011), written here; the aid's own words are read from its content module, so that rewording it needs no change here.
import { meta } from '@/content'
import fs from 'fs'
import path from 'path'
import { decisionAid as aid, partHeading } from '@/content/decide'
import { glossary } from '@/content/glossary'
import { fill, ui } from '@/content/ui'
import { DECIDE_CORE, DECIDE_DETAILS, DECIDE_SECTIONS } from '@/routes'
import { fundingText, medicalReviewText, settings } from '@/settings'
import { callsOf, distDir, failApi, launchApp, openPage, resetApis, storage, type OpenPage } from '../support/miniprogram'
import { readTemplates, renderedNodes } from '../support/wechat-aria'

const ROUTE = 'pages/decide/index'

beforeEach(() => {
  launchApp({ scene: 1001 })
  resetApis()
  storage().clear()
})

const compact = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '')
const textOf = (element?: Element) => compact(element?.textContent)
const withClass = (root: Element, name: string) => Array.from(root.querySelectorAll('*'))
  .filter((element) => (element.getAttribute('class') ?? '').split(/\s+/).some((entry) => entry === name || entry.endsWith(`--${name}`)))

const glossaryTerm = (word: string) => glossary.terms.find((term) => term.matches.includes(word)) as (typeof glossary.terms)[number]
const headingOf = (page: OpenPage) => textOf(page.first('section__heading'))

/** The grid's rows are folded to their questions: opens them all, as a reader would, one tap each. */
async function openGrid(): Promise<OpenPage> {
  const page = await openPage(ROUTE, { section: 'grid' })
  for (let index = 0; index < page.all('grid-row__toggle').length; index += 1) await page.tapElement(page.all('grid-row__toggle')[index], { rerender: true })
  return page
}

/** The words a junior-high reader would not know, and the doses, that the core path must not use (issue 24). */
const CORE_JARGON = ['中位随访', '按最初分组统计', '意向治疗', '统计上不确定', 'g/m²', 'mg/kg', 'cGy']
const jargonIn = (text: string) => CORE_JARGON.filter((word) => text.includes(word))

describe('the parts', () => {
  test('seven steps on the core path, then the details, each opened by ?section= under its own heading', async () => {
    expect(DECIDE_CORE).toHaveLength(7)
    for (const section of DECIDE_SECTIONS) {
      const page = await openPage(ROUTE, { section })
      expect([section, headingOf(page)]).toEqual([section, expect.stringContaining(compact(partHeading(section)))])
      expect(page.compactText().includes(compact(aid.detailsHeading))).toBe(true)
      page.close()
    }
  })

  test('a reader walks the core path by taps on 下一部分 and meets what matters to her within six taps', async () => {
    const page = await openPage(ROUTE)
    const seen = [headingOf(page)]
    while (!seen[seen.length - 1].includes(compact(aid.values.heading))) {
      await page.tapElement(page.first('decide-next') as Element, { rerender: true })
      seen.push(headingOf(page))
      expect(callsOf('pageScrollTo').at(-1)).toEqual(expect.objectContaining({ selector: '#decide-step' }))
      if (seen.length > DECIDE_SECTIONS.length) throw new Error(`never reached the values part: ${seen.join(' / ')}`)
    }
    expect(seen.length - 1).toBeLessThanOrEqual(6)
    expect(seen).toEqual(DECIDE_CORE.slice(0, seen.length).map((section) => expect.stringContaining(compact(partHeading(section)))))
  })

  test('the core path, walked to its end, then the details; back again with 上一部分', async () => {
    const page = await openPage(ROUTE)
    for (let step = 1; step < DECIDE_SECTIONS.length; step += 1) await page.tapElement(page.first('decide-next') as Element, { rerender: true })
    expect(headingOf(page)).toContain(compact(partHeading('about')))
    expect(page.first('decide-next')).toBeUndefined()
    await page.tapElement(page.first('decide-previous') as Element, { rerender: true })
    expect(headingOf(page)).toContain(compact(partHeading('recruiting')))
  })

  test('opened alone from Moments, every part can still be read, with no control WeChat disables there', async () => {
    launchApp({ scene: 1154, path: ROUTE, query: {} })
    const page = await openPage(ROUTE)
    expect(page.text()).toContain('前往小程序')
    for (let step = 1; step < DECIDE_SECTIONS.length; step += 1) await page.tapElement(page.first('decide-next') as Element, { rerender: true })
    expect(headingOf(page)).toContain(compact(partHeading('about')))
    expect(page.component.dom.innerHTML).not.toMatch(/open-type|navigator/)
  })

  test('reopened without a ?section=, the aid offers the step she read last; a ?section= link still opens what it names', async () => {
    const first = await openPage(ROUTE)
    expect(first.first('decide-resume')).toBeUndefined()
    for (let step = 1; step < 4; step += 1) await first.tapElement(first.first('decide-next') as Element, { rerender: true })
    expect(headingOf(first)).toContain(compact(partHeading('grid')))
    first.close()

    const reopened = await openPage(ROUTE)
    expect(headingOf(reopened)).toContain(compact(partHeading('decision')))
    const offer = reopened.first('decide-resume') as Element
    expect(textOf(offer)).toContain('第4步')
    expect(textOf(offer)).toContain(compact(partHeading('grid')))
    await reopened.tapElement(offer, { rerender: true })
    expect(headingOf(reopened)).toContain(compact(partHeading('grid')))
    expect(reopened.first('decide-resume')).toBeUndefined()
    reopened.close()

    const linked = await openPage(ROUTE, { section: 'values' })
    expect(headingOf(linked)).toContain(compact(partHeading('values')))
    expect(linked.first('decide-resume')).toBeUndefined()
  })

  test('in Moments\' single-page mode, whose storage the full mini-program never sees, nothing is remembered or offered', async () => {
    storage().set('decideLastPart', 'grid')
    launchApp({ scene: 1154, path: ROUTE, query: {} })
    const page = await openPage(ROUTE)
    expect(page.first('decide-resume')).toBeUndefined()
    await page.tapElement(page.first('decide-next') as Element, { rerender: true })
    expect(storage().get('decideLastPart')).toBe('grid')
  })

  test('the family\'s part puts referral, insurance and care as questions, and is one tap from the next step', async () => {
    const page = await openPage(ROUTE, { section: 'next-step' })
    const link = withClass(page.component.dom, 'part-link').find((element) => textOf(element).includes(compact(partHeading('practical')))) as Element
    await page.tapElement(link, { rerender: true })
    expect(headingOf(page)).toContain(compact(partHeading('practical')))
    const text = page.compactText()
    for (const block of aid.practical.blocks) {
      expect(text).toContain(compact(block.heading))
      for (const question of block.questions) expect(text).toContain(compact(question))
    }
    // What is not verified stands as a question to ask, never as a fact; the rare-disease list is not verified at all.
    expect(page.all('practical-question').map(textOf).every((line) => line.endsWith('？'))).toBe(true)
    expect(text).not.toMatch(/罕见病/)
  })

  test('about this aid states how the evidence was chosen, and the core path\'s readability figures and reading time', async () => {
    const page = await openPage(ROUTE, { section: 'about' })
    const text = page.compactText()
    for (const paragraph of aid.about.evidence.paragraphs) expect(text).toContain(compact(paragraph))
    const figures = textOf(page.first('about-aid__readability'))
    const { characters } = aid.about.readability.stated
    expect(figures).toContain(`共${characters}个汉字`)
    expect(figures).toContain(`约要${Math.ceil(characters / 200)}到${Math.ceil(characters / 150)}分钟`)
  })

  test('the details stay one tap away from where they are needed, and in the contents', async () => {
    const page = await openPage(ROUTE, { section: 'options' })
    await page.tapElement(withClass(page.component.dom, 'part-link')[0], { rerender: true })
    expect(headingOf(page)).toContain(compact(partHeading('trials')))
    const contents = page.all('toc-entry').map(textOf)
    for (const section of DECIDE_DETAILS) expect(contents).toEqual(expect.arrayContaining([expect.stringContaining(compact(partHeading(section)))]))
  })
})

describe('plain words on the core path', () => {
  test.each(DECIDE_CORE)('%s holds none of the listed jargon or doses', async (section) => {
    const page = await openPage(ROUTE, { section })
    expect(jargonIn(page.compactText())).toEqual([])
  })

  test('the check can fail: the trials part, a detail, gives the doses', async () => {
    const page = await openPage(ROUTE, { section: 'trials' })
    expect(jargonIn(page.compactText())).toEqual(expect.arrayContaining(['g/m²', 'mg/kg', 'cGy']))
  })

  test.each([
    ['values', '抗风湿药'],
    ['next-step', 'SURE量表'],
    ['questions', '预处理'],
    ['practical', '转诊']
  ] as const)('steps 5 to 7 and the family\'s part open glossary entries too (%s: %s)', async (section, word) => {
    const page = await openPage(ROUTE, { section })
    const chipFor = page.all('term-chip').find((element) => textOf(element) === compact(glossaryTerm(word).term)) as Element
    expect(chipFor).toBeDefined()
    await page.tapElement(chipFor, { rerender: true })
    expect(page.first('term-sheet')?.textContent).toContain(glossaryTerm(word).definition)
  })

  test('预处理 and the new medicines open a glossary entry on the path', async () => {
    const page = await openPage(ROUTE, { section: 'options' })
    const terms = page.all('term').map(textOf)
    expect(terms).toEqual(expect.arrayContaining(['预处理', '利妥昔单抗', '尼达尼布', '托珠单抗', '甲氨蝶呤', '肺纤维化']))
  })
})

describe('the key points: one trial, like for like, drawn as 100 people', () => {
  /** ASTIS's counts (JAMA 2014) and what they are per 100: 11 of 79 ≈ 14, 7 of 77 ≈ 9, 22 of 79 ≈ 28, 31 of 77 ≈ 40. */
  const EXPECTED = [
    { transplant: [14, '79人中11人'], control: [9, '77人中7人'] },
    { transplant: [28, '79人中22人'], control: [40, '77人中31人'] }
  ] as const

  test('each array marks exactly the number written beside it, which is the source\'s count per 100, in both frames', async () => {
    const page = await openPage(ROUTE, { section: 'key-points' })
    const pictures = page.all('picture')
    expect(pictures).toHaveLength(EXPECTED.length)
    pictures.forEach((picture, index) => {
      const arrays = withClass(picture, 'icon-array')
      expect(arrays).toHaveLength(2)
      arrays.forEach((array, side) => {
        const [number, exact] = EXPECTED[index][side === 0 ? 'transplant' : 'control']
        const caption = textOf(withClass(array, 'icon-array__caption')[0])
        const stated = Number(/100人中约?(\d+)人/.exec(caption)?.[1])
        const rest = Number(/，约?(\d+)人/.exec(caption)?.[1])
        expect(withClass(array, 'icon')).toHaveLength(100)
        expect(withClass(array, 'icon--marked')).toHaveLength(stated)
        expect([stated, rest, caption]).toEqual([number, 100 - number, expect.stringContaining(exact)])
      })
    })
    // A harm and a benefit of the same trial.
    expect(pictures.map((picture) => picture.getAttribute('class'))).toEqual([expect.stringContaining('picture--harm'), expect.stringContaining('picture--benefit')])
  })

  test('the later picture says it already includes the early deaths, and today\'s anchor is the pooled 6 of 100', async () => {
    const page = await openPage(ROUTE, { section: 'key-points' })
    const [, later] = page.all('picture')
    expect(textOf(later)).toMatch(/已经包括第一年死亡的人/)
    expect(textOf(page.first('key-points-today'))).toMatch(/700名患者.*100人中约6人/)
  })

  test('WeChat\'s screen reader hears each array as one picture that says its numbers', async () => {
    const page = await openPage(ROUTE, { section: 'key-points' })
    const pictures = renderedNodes(page.instance.data, readTemplates(distDir())).filter((node) => node.aria['aria-role'] === 'img')
    expect(pictures.map((node) => node.aria['aria-label'])).toEqual([
      expect.stringContaining('移植组79人中11人（100人中约14人）'),
      expect.stringContaining('环磷酰胺组77人中7人'),
      expect.stringContaining('移植组79人中22人（100人中约28人）'),
      expect.stringContaining('环磷酰胺组77人中31人（100人中约40人）')
    ])
  })
})

describe('both options in the same detail', () => {
  test('every grid row gives a figure for both options, or the same "no data" words for the one without', async () => {
    const page = await openGrid()
    const rows = page.all('grid-row')
    expect(rows).toHaveLength(aid.grid.rows.length)
    expect(page.all('grid-cell')).toHaveLength(2 * aid.grid.rows.length)
    const figure = /\d+人中\d+人|100人中|100对中|移植组\d+人|环磷酰胺组\d+人/
    for (const row of rows) {
      const cells = [withClass(row, 'grid-cell--hsct')[0], withClass(row, 'grid-cell--standard')[0]].map(textOf)
      if (!cells.some((cell) => figure.test(cell))) continue
      for (const cell of cells) expect([textOf(withClass(row, 'grid-row__question')[0]), figure.test(cell) || cell.includes(compact(aid.grid.noData))]).toEqual([expect.any(String), true])
    }
  })

  test('the first-year row gives deaths from any cause beside the treatment deaths of 0 by definition', async () => {
    const page = await openGrid()
    const text = page.compactText()
    expect(text).toContain('移植组79人中11人')
    expect(text).toContain('环磷酰胺组77人中7人')
    expect(text).toContain('移植组79人中8人')
    // SCOT's treatment deaths go on after the first year: 6 of 100 by month 72.
    expect(text).toMatch(/第72个月[^）]*）：移植组100人中约6人/)
  })

  test('cyclophosphamide\'s own harms stand in its column: blood counts, the bladder, the ovaries by age, the lupus counts', async () => {
    const page = await openGrid()
    const standard = page.all('grid-cell--standard').map(textOf).join('')
    expect(standard).toMatch(/膀胱/)
    expect(standard).toMatch(/卵巢/)
    expect(standard).toMatch(/血细胞/)
    // Ann Intern Med 1993: lasting loss of periods by age.
    for (const count of ['16人中2人', '15人中4人', '8人中5人']) expect(standard).toContain(count)
  })

  test('a per-protocol figure always says it can flatter transplant', async () => {
    for (const section of ['grid', 'trials'] as const) {
      const page = section === 'grid' ? await openGrid() : await openPage(ROUTE, { section })
      const text = page.compactText()
      const perProtocol = [...text.matchAll(/，只算完成治疗的人([^）]*)）/g)].map((match) => match[1])
      expect(perProtocol.length).toBeGreaterThan(0)
      for (const rest of perProtocol) expect(rest).toMatch(/可能让移植显得更好/)
      page.close()
    }
  })

  test('SCOT\'s 67 of 100 is explained as pairs, not people', async () => {
    const page = await openPage(ROUTE, { section: 'trials' })
    expect(page.compactText()).toMatch(/100对中约67对.*1404对/)
  })
})

describe('statuses and claims', () => {
  test('a trial\'s status is dated by its record, and an old record is not called 现在', async () => {
    const page = await openPage(ROUTE, { section: 'recruiting' })
    const statuses = page.all('trial-status').map(textOf)
    expect(statuses).toHaveLength(aid.recruiting.trials.length)
    aid.recruiting.trials.forEach((trial, index) => {
      const [year, month] = trial.status.recordDate.split('-').map(Number)
      expect(statuses[index]).toContain(`${year}年${month}月`)
      const ageInMonths = (Date.now() - Date.UTC(year, month - 1)) / (30.44 * 24 * 3600 * 1000)
      if (ageInMonths > 13) expect(statuses[index]).not.toContain('现在')
    })
  })

  // The settings are the organization's (src/content/settings.json): the test follows whichever state they are in.
  const reviewed = Boolean(medicalReviewText(settings) && fundingText(settings))

  test('the aid claims IPDAS standing only once a medical review and the funding are filled in the settings', async () => {
    const claims = /按[^。]*IPDAS[^。]*要求|符合[^。]*IPDAS|IPDAS[^。]*认证/
    if (!reviewed) {
      for (const section of DECIDE_SECTIONS) {
        const page = await openPage(ROUTE, { section })
        expect([section, claims.test(page.compactText())]).toEqual([section, false])
        page.close()
      }
    }
    const about = await openPage(ROUTE, { section: 'about' })
    const [shown, hidden] = reviewed ? [aid.about.ipdas.reviewed, aid.about.ipdas.notReviewed] : [aid.about.ipdas.notReviewed, aid.about.ipdas.reviewed]
    expect(about.compactText()).toContain(compact(shown))
    expect(about.compactText()).not.toContain(compact(hidden))
    expect(about.compactText()).toContain(compact(`医学审阅：${medicalReviewText(settings) ?? meta.medicalReviewPending}`))
    expect(about.compactText()).toContain(compact(`资金来源：${fundingText(settings) ?? meta.fundingPending}`))
  })

  test('the two legal rules stand apart, each with its own source, and neither is said of ordinary treatment', async () => {
    const page = await openPage(ROUTE, { section: 'china' })
    const rules = withClass(page.first('china-rules') as Element, 'source__citation').map(textOf)
    expect(rules.filter((citation) => citation.includes('干细胞临床研究管理办法'))).toHaveLength(1)
    expect(rules.filter((citation) => citation.includes('民法典'))).toHaveLength(1)
    expect(rules.some((citation) => citation.includes('干细胞临床研究管理办法') && citation.includes('民法典'))).toBe(false)
    // No sentence merges them into one rule.
    expect(page.compactText()).not.toMatch(/这两条规定都不符合|不符合这两条|打广告招人的/)
    expect(page.compactText()).toMatch(/市场监督管理总局2021年/)
  })
})

describe('how sure the reader feels, and the check of the key points', () => {
  test('every answer to every knowledge-check question shows its explanation, right or wrong, and nothing is kept', async () => {
    const page = await openPage(ROUTE, { section: 'next-step' })
    for (const question of aid.nextStep.check.questions) {
      for (const choice of question.choices) {
        await page.tapElement(chip(page, 'check-question', question.text, choice.label), { rerender: true })
        const shown = page.all('check-question').find((element) => textOf(element).includes(compact(question.text))) as Element
        const verdict = choice.id === question.answer ? aid.nextStep.check.right : aid.nextStep.check.wrong
        expect(textOf(withClass(shown, 'check-explanation')[0])).toContain(compact(verdict))
        expect(textOf(withClass(shown, 'check-explanation')[0])).toContain(compact(question.explanation))
      }
    }
    expect(storage().has('decisionNotes')).toBe(false)
  })

  test('the SURE items say they are not the validated translation', async () => {
    const page = await openPage(ROUTE, { section: 'next-step' })
    expect(page.compactText()).toContain(compact(aid.nextStep.sure.note))
    expect(page.all('sure-question')).toHaveLength(4)
  })
})

/** The chip showing `label` inside the first element of `container` class whose text includes `within`. */
function chip(page: OpenPage, container: string, within: string, label: string): Element {
  const block = page.all(container).find((element) => textOf(element).includes(compact(within)))
  const found = block && withClass(block, 'choice-chip').find((element) => textOf(element).replace('✓', '') === compact(label))
  if (!found) throw new Error(`No chip "${label}" in the ${container} "${within}"`)
  return found
}
const chosen = (page: OpenPage) => page.all('pill--selected').map(textOf)
/** The field for her own words on the values step. */
const ownWordsField = (page: OpenPage) => {
  const field = page.first('own-words__field')
  if (!field) throw new Error(`No field for her own words. Page text: ${page.text()}`)
  return field
}
/** The page-data key of a textarea's value: Taro shortens keys (p0, p1, …) in base.wxml. */
const TEXTAREA_VALUE = /<textarea value="\{\{i\.(\w+)\}\}"/.exec(fs.readFileSync(path.join(distDir(), 'base.wxml'), 'utf8'))?.[1] ?? 'value'
/* eslint-disable @typescript-eslint/no-explicit-any */
/** What the first field of that class shows ('' when empty): the value Taro hands WeChat (simulate renders no textarea text). */
function fieldValue(page: OpenPage, className = 'own-words__field'): unknown {
  const find = (node: any): any => (String(node?.cl ?? '').split(' ').includes(className) ? node : (node?.cn ?? []).map(find).find(Boolean))
  const field = find(page.instance.data.root)
  if (!field) throw new Error(`No field of class ${className}`)
  return field[TEXTAREA_VALUE] ?? ''
}
/* eslint-enable @typescript-eslint/no-explicit-any */
const statement = (id: string) => aid.values.statements.find((entry) => entry.id === id) as (typeof aid.values.statements)[number]
const label = (choices: { id: string; label: string }[], id: string) => (choices.find((entry) => entry.id === id) as { label: string }).label
const respondent = (id: string) => aid.respondents.choices.find((entry) => entry.id === id) as (typeof aid.respondents.choices)[number]
const VERY = label(aid.values.choices, 'very')
const { tradeOff } = aid.values
const end = (id: string) => tradeOff.choices.find((entry) => entry.id === id) as (typeof tradeOff.choices)[number]
const supportQuestion = (id: string) => aid.values.support.questions.find((entry) => entry.id === id) as (typeof aid.values.support.questions)[number]

describe('what matters to the reader', () => {
  test('who is answering changes the wording, is kept with the notes, and the summary says who answered', async () => {
    const page = await openPage(ROUTE, { section: 'values' })
    const family = respondent('family')
    await page.tapElement(chip(page, 'value-statement', aid.respondents.question, family.label), { rerender: true })
    expect(page.compactText()).toContain(compact(statement('avoid-early-death').text.replace('{person}', family.person)))
    expect(page.compactText()).toContain(compact(tradeOff.question.replace('{person}', family.person)))
    expect(storage().get('decisionNotes')).toEqual(expect.objectContaining({ respondent: 'family' }))
    page.close()
    const summary = await openPage(ROUTE, { section: 'questions' })
    expect(textOf(summary.first('clinic-summary__sheet'))).toContain(compact(family.summary))
  })

  test('ratings are gathered into reasons under the option each speaks for, with no score and no verdict', async () => {
    const page = await openPage(ROUTE, { section: 'values' })
    await page.tapElement(chip(page, 'value-statement', tradeOff.question.replace('{person}', '您'), end('later').label), { rerender: true })
    await page.tapElement(chip(page, 'value-statement', statement('near-home').text, VERY), { rerender: true })
    const forHsct = textOf(page.first('weigh-up__column--hsct'))
    const forStandard = textOf(page.first('weigh-up__column--standard'))
    expect(forHsct).toContain(compact(end('later').reason))
    expect(forStandard).toContain(compact(statement('near-home').reason))
    expect(textOf(page.first('weigh-up'))).not.toMatch(/\d+分|得分|建议|应该选|更适合您/)
  })

  test('the trade-off is one question with two ends and a middle, not an importance to rate', async () => {
    const page = await openPage(ROUTE, { section: 'values' })
    const block = page.all('value-statement').find((element) => textOf(element).includes(compact(tradeOff.question.replace('{person}', '您')))) as Element
    const chips = withClass(block, 'choice-chip').map(textOf)
    expect(chips).toEqual(tradeOff.choices.map((choice) => compact(choice.label)))
    expect(chips).not.toContain(compact(VERY))
    await page.tapElement(chip(page, 'value-statement', tradeOff.question.replace('{person}', '您'), end('first-year').label), { rerender: true })
    expect(textOf(page.first('weigh-up__column--standard'))).toContain(compact(end('first-year').reason))
    expect(storage().get('decisionNotes')).toEqual(expect.objectContaining({ answers: { [tradeOff.id]: 'first-year' } }))
  })

  test('the fertility item offers 不适用', async () => {
    const page = await openPage(ROUTE, { section: 'values' })
    await page.tapElement(chip(page, 'value-statement', statement('children').text, aid.values.notApplicable.label), { rerender: true })
    expect(chosen(page)).toEqual([`✓${compact(aid.values.notApplicable.label)}`])
  })

  test('choices and her own words, typed on the page (no dialog), are kept on the phone, restored when the page reopens, and cleared with one tap (with the part she last read)', async () => {
    const page = await openPage(ROUTE, { section: 'values' })
    await page.tapElement(chip(page, 'value-statement', statement('avoid-early-death').text.replace('{person}', '您'), VERY), { rerender: true })
    await page.type(ownWordsField(page), '要照顾上学的孩子')
    expect(callsOf('showModal')).toEqual([])
    page.close()

    const reopened = await openPage(ROUTE, { section: 'values' })
    expect(chosen(reopened)).toEqual([`✓${compact(VERY)}`])
    expect(fieldValue(reopened)).toBe('要照顾上学的孩子')
    storage().set('decideLastPart', 'grid')
    await reopened.tap(aid.values.clear, { rerender: true })
    expect(chosen(reopened)).toEqual([])
    expect(fieldValue(reopened)).toBe('')
    expect(storage().has('decisionNotes')).toBe(false)
    // The part she last read goes with her answers: the privacy section promises that nothing of hers stays.
    expect(storage().has('decideLastPart')).toBe(false)
  })

  test('the field for her own words has a screen-reader label: what to write', async () => {
    const page = await openPage(ROUTE, { section: 'values' })
    const fields = renderedNodes(page.instance.data, readTemplates(distDir())).filter((node) => node.tag === 'textarea')
    expect(fields.map((node) => node.aria['aria-label'])).toEqual([aid.values.other.prompt.replace('{person}', '您')])
  })

  test.each([
    ['emoji', '😀'.repeat(150)],
    ['20,000 characters', '字'.repeat(20000)],
    ['markup', '<script>alert(1)</script><b>粗</b>{{x}}&amp;'.repeat(3)]
  ])('hostile free text (%s) is kept as plain text, cut to the limit with a word that says so and the field showing what was kept, and the page still works', async (_, words) => {
    const page = await openPage(ROUTE, { section: 'values' })
    await page.type(ownWordsField(page), words)
    const limited = Array.from(words).slice(0, aid.values.other.limit).join('')
    expect((storage().get('decisionNotes') as { other: string }).other).toBe(limited)
    expect(fieldValue(page)).toBe(limited)
    expect(page.text()).toContain(aid.values.other.cut.split('{limit}').join(String(aid.values.other.limit)))
    expect(page.component.dom.querySelector('script, b')).toBeNull()
    await page.tap(aid.values.clear, { rerender: true })
    expect(fieldValue(page)).toBe('')
  })

  test('a note under the limit says nothing about cutting', async () => {
    const page = await openPage(ROUTE, { section: 'values' })
    await page.type(ownWordsField(page), '照顾孩子')
    expect(page.text()).not.toContain(aid.values.other.cut.split('{limit}').join(String(aid.values.other.limit)))
  })

  test('a garbled or older stored value is read field by field, never a broken page', async () => {
    storage().set('decisionNotes', { values: 'x', questions: 3, other: 12345, respondent: 'neighbour', readiness: { 'sure-of-choice': 'yes' } })
    const page = await openPage(ROUTE, { section: 'values' })
    expect(chosen(page)).toEqual([])
    expect(fieldValue(page)).toBe('')
    page.close()
    // Older notes kept SURE's answers as "readiness": they still count.
    const next = await openPage(ROUTE, { section: 'next-step' })
    expect(chosen(next)).toEqual([`✓${compact(label(aid.nextStep.sure.choices, 'yes'))}`])
  })

  test('the choices tell WeChat\'s screen reader which is chosen', async () => {
    const page = await openPage(ROUTE, { section: 'values' })
    await page.tapElement(chip(page, 'value-statement', statement('near-home').text, label(aid.values.choices, 'somewhat')), { rerender: true })
    const nodes = renderedNodes(page.instance.data, readTemplates(distDir()))
    const group = nodes.filter((node) => node.group === statement('near-home').text && node.aria['aria-role'] === 'radio')
    expect(group.map((node) => [node.aria['aria-label'], node.aria['aria-checked']])).toEqual(aid.values.choices.map((choice) => [choice.label, choice.id === 'somewhat']))
  })
})

describe('questions and the summary for the clinic', () => {
  const question = (id: string) => aid.questions.items.find((item) => item.id === id) as (typeof aid.questions.items)[number]
  const tick = async (page: OpenPage, id: string) => {
    const box = page.all('question').find((element) => textOf(element).includes(compact(question(id).text))) as Element
    await page.tapElement(box, { rerender: true })
  }

  test('the questions are split into those for the rheumatologist and those for a transplant centre, each a checkbox', async () => {
    const page = await openPage(ROUTE, { section: 'questions' })
    const lists = page.all('question-list')
    expect(lists.map((list) => textOf(withClass(list, 'decide-subheading')[0]))).toEqual(aid.questions.groups.map((group) => compact(group.heading)))
    expect(textOf(lists[0])).toContain(compact(question('referral').text))
    expect(textOf(lists[1])).toContain(compact(question('experience').text))
    await tick(page, 'cost')
    const boxes = renderedNodes(page.instance.data, readTemplates(distDir())).filter((node) => node.aria['aria-role'] === 'checkbox')
    expect(boxes.length).toBe(aid.questions.items.length)
    expect(boxes.filter((node) => node.aria['aria-checked'] === true).map((node) => node.aria['aria-label'])).toEqual([question('cost').text])
  })

  test('the copied summary holds who answered, the answers, the questions by doctor, the key numbers and the checklist', async () => {
    const values = await openPage(ROUTE, { section: 'values' })
    await values.tapElement(chip(values, 'value-statement', aid.respondents.question, respondent('patient').label), { rerender: true })
    await values.tapElement(chip(values, 'value-statement', statement('avoid-early-death').text.replace('{person}', '您'), VERY), { rerender: true })
    await values.tapElement(chip(values, 'value-statement', tradeOff.question.replace('{person}', '您'), end('first-year').label), { rerender: true })
    await values.tapElement(chip(values, 'value-statement', supportQuestion('role').question.replace('{person}', '您'), label(supportQuestion('role').choices, 'shared')), { rerender: true })
    await values.tapElement(chip(values, 'value-statement', aid.values.leaning.question.replace('{person}', '您'), label(aid.values.leaning.choices, 'unsure')), { rerender: true })
    values.close()

    const page = await openPage(ROUTE, { section: 'questions' })
    await tick(page, 'referral')
    await tick(page, 'experience')
    await page.tap(aid.questions.summary.copy, { rerender: true })
    const [copied] = callsOf('setClipboardData')
    const text = copied.data as string
    expect(text).toContain(respondent('patient').summary)
    expect(text).toContain(`${statement('avoid-early-death').text.replace('{person}', '患者')}：${VERY}`)
    expect(text).toContain(`${tradeOff.question.replace('{person}', '患者')}${end('first-year').label}`)
    expect(text).toContain(`${supportQuestion('role').question.replace('{person}', '患者')}${label(supportQuestion('role').choices, 'shared')}`)
    expect(text).toContain(label(aid.values.leaning.choices, 'unsure'))
    const [rheumatologist, centre] = aid.questions.groups.map((group) => text.indexOf(group.heading))
    expect(text.indexOf(question('referral').text)).toBeGreaterThan(rheumatologist)
    expect(text.indexOf(question('referral').text)).toBeLessThan(centre)
    expect(text.indexOf(question('experience').text)).toBeGreaterThan(centre)
    expect(text).not.toContain(question('cost').text)
    // The key numbers, with their trials (JAMA 2014; SCOT at 72 months; the pooled 700).
    expect(text).toMatch(/ASTIS[^\n]*79人中11人[^\n]*77人中7人/)
    expect(text).toMatch(/ASTIS[^\n]*79人中22人[^\n]*77人中31人/)
    expect(text).toMatch(/SCOT[^\n]*第72个月[^\n]*100人中约6人/)
    for (const item of aid.questions.summary.checklist.items) expect(text).toContain(`${item.label}：${aid.questions.summary.labels.blank}`)
    expect(page.text()).toContain(aid.questions.summary.copied)
  })

  test('with nothing ticked the copied summary starts with the referral ask; her typed results are in it, kept on the phone and cleared with the rest', async () => {
    const [skin, lungs] = aid.questions.summary.checklist.items
    const page = await openPage(ROUTE, { section: 'questions' })
    const fields = page.all('own-words__field')
    expect(fields).toHaveLength(aid.questions.summary.checklist.items.length)
    await page.type(fields[0], '1998年 31分 😀')
    await page.type(fields[1], '<b>FVC 62%</b>')
    await page.tap(aid.questions.summary.copy, { rerender: true })
    const text = callsOf('setClipboardData')[0].data as string
    const referral = question(aid.questions.summary.referral).text
    expect(text.indexOf(referral)).toBeGreaterThan(0)
    expect(text.indexOf(referral)).toBeLessThan(text.indexOf(aid.questions.groups[0].heading) < 0 ? Infinity : text.indexOf(aid.questions.groups[0].heading))
    expect(text.indexOf(referral)).toBeLessThan(text.indexOf(aid.questions.summary.checklist.heading))
    expect(text).toContain(`${skin.label}：1998年 31分 😀`)
    expect(text).toContain(`${lungs.label}：<b>FVC 62%</b>`)
    expect(page.component.dom.querySelector('b')).toBeNull()
    expect((storage().get('decisionNotes') as { results: Record<string, string> }).results).toEqual({ [skin.id]: '1998年 31分 😀', [lungs.id]: '<b>FVC 62%</b>' })
    page.close()

    const values = await openPage(ROUTE, { section: 'values' })
    await values.tap(aid.values.clear, { rerender: true })
    values.close()
    const reopened = await openPage(ROUTE, { section: 'questions' })
    expect(fieldValue(reopened, 'own-words__field')).toBe('')
    expect(reopened.text()).not.toContain('1998年 31分')
  })

  test('a result of 20,000 characters is cut to its limit, with a word that says so', async () => {
    const page = await openPage(ROUTE, { section: 'questions' })
    const { checklist } = aid.questions.summary
    await page.type(page.all('own-words__field')[0], '字'.repeat(20000))
    expect((storage().get('decisionNotes') as { results: Record<string, string> }).results[checklist.items[0].id]).toBe('字'.repeat(checklist.limit))
    expect(page.text()).toContain(checklist.cut.split('{limit}').join(String(checklist.limit)))
  })

  test('every result field has a screen-reader label: the test it is for', async () => {
    const page = await openPage(ROUTE, { section: 'questions' })
    const fields = renderedNodes(page.instance.data, readTemplates(distDir())).filter((node) => node.tag === 'textarea')
    expect(fields.map((node) => node.aria['aria-label'])).toEqual(aid.questions.summary.checklist.items.map((item) => item.label))
  })

  test('a refused clipboard shows the summary to copy by hand', async () => {
    const page = await openPage(ROUTE, { section: 'questions' })
    await tick(page, 'regimen')
    failApi('setClipboardData', { errMsg: 'setClipboardData:fail privacy permission is not authorized' })
    await page.tap(aid.questions.summary.copy, { rerender: true })
    expect(page.first('copy-fallback')?.textContent).toContain(question('regimen').text)
    expect(page.first('copy-fallback')?.textContent).toContain(ui.common.copyFailedPrivacy)
  })
})

test('registry addresses and search words copy with one tap', async () => {
  const page = await openPage(ROUTE, { section: 'recruiting' })
  const registry = page.all('registry')[0]
  await page.tapElement(withClass(registry, 'tappable')[0])
  await page.tapElement(withClass(page.all('search-words')[0], 'tappable')[0])
  expect(callsOf('setClipboardData').map((call) => call.data)).toEqual([aid.recruiting.registries[0].address, aid.recruiting.searchWords[0]])
})

describe('sharing and arriving', () => {
  test('the page shares itself, and the part on show, to chats, Moments and favorites, and says family too', async () => {
    const page = await openPage(ROUTE)
    expect(page.share()).toEqual({ title: aid.title, path: '/pages/decide/index', imageUrl: expect.stringMatching(/\.png$/) })
    expect(textOf(page.first('share-button'))).toBe(compact(ui.decide.share))
    await page.tap(fill(ui.decide.step, { step: 5, heading: aid.values.heading }), { rerender: true })
    expect(page.share().path).toBe('/pages/decide/index?section=values')
    expect(page.share().title).toContain(aid.values.heading)
    expect(page.shareTimeline()).toEqual(expect.objectContaining({ query: 'section=values' }))
    expect(page.addToFavorites()).toEqual(expect.objectContaining({ query: 'section=values' }))
  })

  test.each([
    ['p=decide', '/pages/decide/index'],
    ['p=decide&s=questions', '/pages/decide/index?section=questions'],
    ['p=decide&s=pictures', '/pages/decide/index?section=key-points']
  ])('scene %s opens %s', async (scene, url) => {
    launchApp({ scene: 1047, query: { scene: encodeURIComponent(scene) } })
    await openPage('pages/index/index', { scene: encodeURIComponent(scene) })
    expect(callsOf('redirectTo')).toEqual([expect.objectContaining({ url })])
  })

  // The parts' names before the second edition, each opening the part that now holds it.
  test.each([
    ['decision', 'decision'], ['options', 'options'], ['grid', 'grid'], ['pictures', 'key-points'], ['trials', 'trials'], ['process', 'process'],
    ['doctors', 'doctors'], ['certainty', 'certainty'], ['values', 'values'], ['questions', 'questions'], ['recruiting', 'recruiting'], ['about', 'about']
  ] as const)('an old link ?section=%s opens the part %s', async (old, part) => {
    const page = await openPage(ROUTE, { section: old })
    expect(headingOf(page)).toContain(compact(partHeading(part)))
    expect(page.share().path).toBe(`/pages/decide/index?section=${part}`)
  })

  test('a garbled part in a QR code lands on home with a note; in a link, on the first part, whole', async () => {
    const home = await openPage('pages/index/index', { scene: encodeURIComponent('p=decide&s=nope') })
    expect(callsOf('redirectTo')).toEqual([])
    expect(home.text()).toContain(ui.home.unknownCode)
    const page = await openPage(ROUTE, { section: '%E0%A4%A<script>' })
    expect(headingOf(page)).toContain(compact(partHeading('decision')))
    expect(page.share().path).toBe('/pages/decide/index')
  })
})

test.each([
  ['pages/index/index', {}, 'home-entry-card'],
  ['pages/hsct/index', {}, 'decision-aid-link'],
  ['pages/trial/index', { id: 'astis' }, 'decision-aid-link'],
  ['pages/trials/index', {}, 'decision-aid-link']
])('%s leads to the aid', async (route, query, link) => {
  const page = await openPage(route, query)
  const links = page.all(link).filter((element) => textOf(element).includes('和医生商量之前'))
  await page.tapElement(links[0])
  expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/decide/index' })])
})

test('the trial list leads straight to how to find recruiting trials', async () => {
  const page = await openPage('pages/trials/index')
  await page.tapElement(page.all('decision-aid-link').find((element) => textOf(element).includes(compact(aid.recruiting.heading))) as Element)
  expect(callsOf('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/decide/index?section=recruiting' })])
})

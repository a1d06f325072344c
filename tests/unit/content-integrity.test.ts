// What the content check catches that a volunteer does not notice: the organization's settings, the brochure's own
// text, repeated ids and dates in the future. Each on a copy of the real content with one change.
import { readFileSync, writeFileSync } from 'fs'
import path from 'path'
import { statusRereadWarnings, unusedTermWarnings, validateContent } from '../../tools/content/validate'
import { CONTENT, fixture, place, textFixture } from '../support/content-fixture'

/** Problems without their excerpts. */
const placed = (dir: string, today?: Date) => validateContent(dir, { today }).map(({ excerpt, ...rest }) => rest) // eslint-disable-line @typescript-eslint/no-unused-vars
const read = (dir: string, file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'))

describe('the organization\'s settings (settings.json)', () => {
  // Made-up values no content holds: the organization fills in its own.
  const reviewer = { name: '王医生', title: '风湿免疫科主任医师', date: '2000-01-15' }

  test('funding and a medical reviewer filled in pass the check', () => {
    expect(validateContent(fixture('settings.json', (data) => {
      data.funding = '机构自筹资金'
      data.medicalReview = reviewer
    }))).toEqual([])
  })

  test('"not filled in yet" is every setting left empty, and passes', () => {
    expect(validateContent(fixture('settings.json', (data) => {
      data.officialAccount.originalId = ''
      data.articles = data.articles.map((article: { title: string }) => ({ ...article, url: '' }))
      data.funding = ''
      data.medicalReview = { name: '', title: '', date: '' }
    }))).toEqual([])
  })

  test('a review date not written YYYY-MM-DD is refused in Chinese, at its line and column', () => {
    const dir = fixture('settings.json', (data) => { data.medicalReview = { ...reviewer, date: '2026-12-5' } })
    expect(placed(dir)).toEqual([{
      file: path.join(dir, 'settings.json'),
      ...place(dir, 'settings.json', '"2026-12-5"'),
      path: 'medicalReview.date',
      field: '医学审阅 › 审阅日期',
      expected: '日期要写成 YYYY-MM-DD，例如 2026-12-01；还没填写时留空 ""；现在是 "2026-12-5"'
    }])
  })

  test('a review date after today is refused; today itself is accepted', () => {
    const today = new Date()
    const tomorrow = new Date(today.getTime() + 24 * 3600 * 1000)
    const day = (date: Date) => date.toISOString().slice(0, 10)
    const dir = fixture('settings.json', (data) => { data.medicalReview = { ...reviewer, date: day(tomorrow) } })
    expect(placed(dir, today)).toEqual([expect.objectContaining({
      path: 'medicalReview.date',
      expected: `日期 ${day(tomorrow)} 晚于今天（${day(today)}）：核对、记录和审阅的日期只能是今天或以前。是不是年份或月份写错了？对照来源改正`
    })])
    expect(validateContent(dir, { today: tomorrow })).toEqual([])
  })

  test('a reviewer half filled in is refused: all three, or none', () => {
    const dir = fixture('settings.json', (data) => { data.medicalReview = { ...reviewer, title: '' } })
    expect(placed(dir)).toEqual([expect.objectContaining({
      path: 'medicalReview',
      expected: '医学审阅的姓名、职称和日期要么三项都写，要么三项都留空：把缺的那一项补上'
    })])
  })

  test('an original id or an article link in the wrong form is refused, saying where to find the right one', () => {
    const dir = fixture('settings.json', (data) => {
      data.officialAccount.originalId = 'gh_123'
      data.articles[0].url = 'mp.weixin.qq.com/s/AbC'
    })
    expect(placed(dir).map((problem) => [problem.path, problem.expected])).toEqual([
      ['officialAccount.originalId', expect.stringMatching(/^原始 ID 要写成 gh_ 加 12 位数字或小写字母/)],
      ['articles[0].url', expect.stringMatching(/^文章链接要以 https:\/\/mp\.weixin\.qq\.com\/s 开头/)]
    ])
  })
})

describe('the brochure\'s own text stays the brochure\'s', () => {
  test('a sentence added to a paragraph of hsct.json is refused, saying how to add beside it instead', () => {
    const added = '移植可以治好所有的硬皮病。'
    const dir = fixture('hsct.json', (data) => { data.sections[0].paragraphs[0] += added })
    const [problem, ...others] = placed(dir)
    expect(others).toEqual([])
    expect(problem).toEqual(expect.objectContaining({
      ...place(dir, 'hsct.json', added.slice(0, 4), -(read(dir, 'hsct.json').sections[0].paragraphs[0].length - added.length) - 1),
      path: 'sections[0].paragraphs[0]',
      expected: expect.stringMatching(new RegExp(`^这一句不在机构的手册里：“${added}”。手册原文必须和 brochure/brochure.txt 里机构的手册逐字相同`))
    }))
    for (const way of ['corrections.json', 'target', 'since-brochure.json', 'docs/editing.md']) expect(problem.expected).toContain(way)
  })

  test('a character changed in a trial\'s brochure text is refused, quoting the brochure\'s sentence; a correction of it says to restore it', () => {
    const dir = fixture('trials.json', (data) => {
      const sentence: string = data.trials[0].brochureText[0]
      data.trials[0].brochureText[0] = `${sentence.slice(0, 6)}某${sentence.slice(7)}`
    })
    const corrected = read(dir, 'corrections.json').corrections
      .map((correction: { target: string }, index: number) => ({ index, target: correction.target }))
      .filter(({ target }: { target: string }) => target === read(CONTENT, 'trials.json').trials[0].brochureText[0])
    expect(placed(dir)).toEqual([
      ...corrected.map(({ index }: { index: number }) => expect.objectContaining({
        path: `corrections[${index}].target`,
        expected: expect.stringMatching(/^这一句是手册原文，但 hsct.json 的段落和 trials.json 的手册原文里没有一模一样的一句：.*恢复原样$/)
      })),
      expect.objectContaining({
        path: 'trials[0].brochureText[0]',
        expected: expect.stringMatching(/^这一句不在机构的手册里：“.+”。手册里最接近的是：“.+”。手册原文必须/)
      })
    ])
  })
})

describe('ids are unique in every list', () => {
  test('a contact copied with the same id is refused, naming the line of the first', () => {
    const dir = fixture('organization.json', (data) => { data.contacts.push({ ...data.contacts[0] }) })
    const { contacts } = read(dir, 'organization.json')
    expect(placed(dir)).toEqual([expect.objectContaining({
      path: `contacts[${contacts.length - 1}].id`,
      expected: `编号 "${contacts[0].id}" 在第 ${place(dir, 'organization.json', `"id": "${contacts[0].id}"`).line} 行已经用过了：每一项的编号不能重复，换一个没用过的`
    })])
  })

  test('the same holds in the glossary, the corrections and the aid\'s lists', () => {
    const repeatFirst = (list: { id: string }[]) => list.push({ ...list[0] })
    const glossary = fixture('glossary.json', (data) => repeatFirst(data.terms))
    const corrections = fixture('corrections.json', (data) => repeatFirst(data.corrections))
    const aid = fixture('decide.json', (data) => repeatFirst(data.questions.items))
    expect(placed(glossary).map((problem) => problem.path)).toContain(`terms[${read(glossary, 'glossary.json').terms.length - 1}].id`)
    expect(placed(corrections).map((problem) => problem.path)).toEqual([`corrections[${read(corrections, 'corrections.json').corrections.length - 1}].id`])
    expect(placed(aid).map((problem) => problem.path)).toEqual([`questions.items[${read(aid, 'decide.json').questions.items.length - 1}].id`])
  })
})

describe('dates', () => {
  test('a record date in 2062 is refused', () => {
    const dir = fixture('since-brochure.json', (data) => { data.trials[3].status.recordDate = '2062-01-15' })
    expect(placed(dir)).toEqual([expect.objectContaining({
      ...place(dir, 'since-brochure.json', '"2062-01-15"'),
      path: 'trials[3].status.recordDate',
      expected: expect.stringMatching(/^日期 2062-01-15 晚于今天（\d{4}-\d{2}-\d{2}）：/)
    })])
  })

  test('a check date, a month-only record date and a day that does not exist are judged as written', () => {
    const today = new Date()
    const nextMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1)).toISOString().slice(0, 7)
    const dir = fixture('since-brochure.json', (data) => {
      data.trials[0].checkedAt = '2025-02-29'
      data.trials[1].status.recordDate = nextMonth
      data.trials[2].status.recordDate = today.toISOString().slice(0, 7)
    })
    expect(placed(dir, today).map((problem) => [problem.path, problem.expected])).toEqual([
      ['trials[0].checkedAt', '没有 2025-02-29 这一天：月份是 01 到 12，日子不能超过这个月的天数。对照来源改正'],
      ['trials[1].status.recordDate', expect.stringMatching(new RegExp(`^日期 ${nextMonth} 晚于今天`))]
    ])
  })
})

describe('a text whose closing quote is missing is named as such, where it should have ended', () => {
  test('in the middle of a line, before more fields: at the comma the text now ends with', () => {
    // organization.json as written (each contact on one line), with the quote after the first contact's value taken out.
    const { contacts } = read(CONTENT, 'organization.json')
    const written = `"value": "${contacts[0].value}",`
    const dir = fixture('organization.json', () => undefined)
    writeFileSync(path.join(dir, 'organization.json'), readFileSync(path.join(CONTENT, 'organization.json'), 'utf8').replace(written, written.replace(/",$/, ',')))
    const { line, column } = place(dir, 'organization.json', `"value": "${contacts[0].value},`, written.length - 2)
    const shown = readFileSync(path.join(dir, 'organization.json'), 'utf8').split('\n')[line - 1]
    expect(shown.slice(column - 1)).toMatch(/^, "\w+": /)
    expect(placed(dir)).toEqual([expect.objectContaining({
      line,
      column,
      field: 'JSON 格式',
      expected: '这段文字少了结束的英文双引号 "：它应当在这里结束，在这个逗号前面加上 "（后面那个 " 是下一项的开头，不是多出来的引号）'
    })])
  })

  test('at the end of a line, with fields on the lines after it', () => {
    const dir = textFixture('meta.json', (text) => text.replace(/("appTitle": "[^"]*)"/, '$1'))
    const lines = readFileSync(path.join(dir, 'meta.json'), 'utf8').split('\n')
    const index = lines.findIndex((line) => line.includes('"appTitle": "'))
    expect(placed(dir)).toEqual([expect.objectContaining({
      line: index + 1,
      column: lines[index].length,
      expected: '这段文字少了结束的英文双引号 "：它应当在这里结束，在这个逗号前面加上 "'
    })])
  })
})

describe('the glossary and the organization\'s script', () => {
  const term = { id: 'pah-example', term: '肺动脈高压', matches: ['肺动脈高压'], definition: '肺里血管的压力太高。' }

  test('a traditional character in a glossary term is named, with the simplified one to use', () => {
    const dir = fixture('glossary.json', (data) => { data.terms.push(term) })
    const index = read(dir, 'glossary.json').terms.length - 1
    const advice = '“脈”是繁体字，简体写作“脉”：改成“肺动脉高压”'
    expect(placed(dir)).toEqual([
      expect.objectContaining({ path: `terms[${index}].term`, ...place(dir, 'glossary.json', '"肺动脈高压"'), expected: advice }),
      expect.objectContaining({ path: `terms[${index}].matches[0]`, expected: advice })
    ])
    expect(unusedTermWarnings(dir)).toContainEqual(expect.objectContaining({
      path: `terms[${index}].matches[0]`,
      expected: expect.stringMatching(/^术语“肺动脈高压”的写法“肺动脈高压”在其他内容文件里一处也没有/)
    }))
  })

  test('the organization\'s own text is checked everywhere; a source\'s citation keeps its own script', () => {
    const dir = fixture('since-brochure.json', (data) => {
      data.guidelines.entries[0].text = '這是一個例子。'
      data.guidelines.entries[0].sources[0].citation = '臺灣的一篇論文'
    })
    expect(placed(dir)).toEqual([expect.objectContaining({
      path: 'guidelines.entries[0].text',
      expected: '“這”是繁体字，简体写作“这”；“個”是繁体字，简体写作“个”：改成“这是一个例子。”'
    })])
  })

  test('a glossary word that some text contains is no warning', () => {
    const dir = fixture('glossary.json', (data) => { data.terms.push({ ...term, term: '肺动脉高压', matches: [read(CONTENT, 'organization.json').vision] }) })
    expect(unusedTermWarnings(dir).map((warning) => warning.path)).not.toContain(`terms[${read(dir, 'glossary.json').terms.length - 1}].matches[0]`)
  })
})

describe('a trial\'s new status lists the other texts on the trial to reread (a reminder, not a failure)', () => {
  /** STAT's status read from a record newer than its own block's check and the aid's check. */
  const changed = () => fixture('since-brochure.json', (data) => {
    const index = data.trials.findIndex((trial: { trialId: string }) => trial.trialId === 'stat')
    data.trials[index].status = { ...data.trials[index].status, text: '已完成，结果已在期刊发表', recordDate: '2000-02-01' }
    data.trials[index].checkedAt = '2000-01-15'
  })

  test('the headline and the aid\'s texts that name the trial, each with its line and its check date', () => {
    const dir = changed()
    writeFileSync(path.join(dir, 'decide.json'), readFileSync(path.join(dir, 'decide.json'), 'utf8').replace(/"checkedAt": "[^"]+"/, '"checkedAt": "2000-01-20"'))
    expect(validateContent(dir)).toEqual([])
    const index = read(dir, 'since-brochure.json').trials.findIndex((trial: { trialId: string }) => trial.trialId === 'stat')
    // The aid's check date now lies before every trial's record: only STAT's reminder is looked at here.
    const warnings = statusRereadWarnings(dir).filter((warning) => warning.path === `trials[${index}].status.recordDate`)
    expect(warnings).toEqual([expect.objectContaining({
      path: `trials[${index}].status.recordDate`,
      ...place(dir, 'since-brochure.json', '"2000-02-01"'),
      expected: expect.stringMatching(/^STAT 的状态读自 2000-02-01 的记录，下面这些讲到 STAT 的文字都是在这之前核对的/)
    })])
    const listed = warnings[0].expected.split('\n').slice(1)
    const headline = place(dir, 'since-brochure.json', JSON.stringify(read(dir, 'since-brochure.json').trials[index].headline.text)).line
    const checkLine = place(dir, 'since-brochure.json', '"2000-01-15"').line
    expect(listed).toContainEqual(expect.stringMatching(new RegExp(`^    - since-brochure\\.json 第 ${headline} 行：试验第 ${index + 1} 项（stat） › .+（核对日期 2000-01-15，在第 ${checkLine} 行）$`)))
    const aidNamesIt = JSON.stringify(read(dir, 'decide.json')).includes('STAT')
    expect(listed.some((line) => line.startsWith('    - decide.json 第 ') && line.endsWith(`（核对日期 2000-01-20，在第 ${place(dir, 'decide.json', '"2000-01-20"').line} 行）`))).toBe(aidNamesIt)
  })

  test('texts checked after the record are not listed', () => {
    const dir = changed()
    const listed = statusRereadWarnings(dir).flatMap((warning) => warning.expected.split('\n').slice(1))
    expect(listed.filter((line) => line.startsWith('    - decide.json'))).toEqual([])
  })
})

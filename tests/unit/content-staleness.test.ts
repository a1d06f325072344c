import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { dueRecords } from '../../tools/content/stale'
import { formatProblem, staleContent, staleEntries, staleStatusRecords } from '../../tools/content/validate'

// The made-up content's dates lie 28 years back (the calendar repeats), so that none is taken for a copy of the real content's.
const source = [{ citation: 'Sullivan KM, et al. N Engl J Med 2018;378(1):35–47' }]
const block = (checkedAt: string) => ({ heading: 'h', checkedAt, entries: [{ text: 't', sources: source }] })
const status = { text: 's', recordName: 'r', recordDate: '1997-01-07', endedNow: true, recruitingNow: false, sources: source }
const trial = (trialId: string, checkedAt: string) => ({
  trialId, status, checkedAt, headline: { text: 't', sources: source }, findings: [], entries: []
})

const content = {
  'since-brochure.json': {
    heading: 'h',
    label: 'l',
    trials: [
      trial('astis', '1998-11-24'),
      trial('scot', '1997-11-20')
    ],
    guidelines: block('1998-11-24'),
    harms: { ...block('1997-01-01'), findings: [] }
  },
  'findings.json': { note: 'n', checkedAt: '1997-10-01', findings: [] },
  'corrections.json': {
    label: 'l',
    corrections: [
      { id: 'old', kind: 'correction' as const, target: 's', text: 't', sources: source, checkedAt: '1997-11-25' },
      { id: 'recent', kind: 'note' as const, target: 's', text: 't', sources: [], checkedAt: '1997-11-26' }
    ]
  }
}

test('names each addition and correction last checked more than 12 months ago, and only those', () => {
  expect(staleEntries(content, new Date('1998-11-26T10:00:00Z'))).toEqual([
    { file: 'since-brochure.json', path: 'trials[1].checkedAt', checkedAt: '1997-11-20' },
    { file: 'since-brochure.json', path: 'harms.checkedAt', checkedAt: '1997-01-01' },
    { file: 'findings.json', path: 'checkedAt', checkedAt: '1997-10-01' },
    { file: 'corrections.json', path: 'corrections[0].checkedAt', checkedAt: '1997-11-25' }
  ])
})

test('nothing is due the day the content was checked', () => {
  expect(staleEntries(content, new Date('1997-10-01T10:00:00Z'))).toEqual([])
})

test('content:check names a date due for a new check by file, line and column, the field in words, and what to write', () => {
  const CONTENT = path.resolve(__dirname, '../../src/content')
  const dir = mkdtempSync(path.join(tmpdir(), 'stale-'))
  for (const name of readdirSync(CONTENT).filter((entry) => entry.endsWith('.json'))) copyFileSync(path.join(CONTENT, name), path.join(dir, name))
  const since = JSON.parse(readFileSync(path.join(dir, 'since-brochure.json'), 'utf8'))
  since.trials[1].checkedAt = '2020-01-02'
  writeFileSync(path.join(dir, 'since-brochure.json'), JSON.stringify(since, null, 2))
  const lines = readFileSync(path.join(dir, 'since-brochure.json'), 'utf8').split('\n')
  const line = lines.findIndex((text) => text.includes('"checkedAt": "2020-01-02"')) + 1
  const column = lines[line - 1].indexOf('"2020-01-02"') + 1

  // The day of the real content's earliest check date: on it, no other date is over 12 months old.
  const dates = readdirSync(CONTENT).filter((name) => name.endsWith('.json'))
    .flatMap((name) => readFileSync(path.join(CONTENT, name), 'utf8').match(/"checkedAt": "[\d-]+"/g) ?? [])
    .map((match) => match.slice(-11, -1)).sort()
  const today = new Date(`${dates[0]}T12:00:00Z`)
  const [warning, ...others] = staleContent(dir, today)
  expect(others).toEqual([])
  expect(warning).toEqual(expect.objectContaining({
    file: path.join(dir, 'since-brochure.json'),
    line,
    column,
    path: 'trials[1].checkedAt',
    field: `试验第 2 项（${since.trials[1].trialId}） › 核对日期`,
    checkedAt: '2020-01-02',
    expected: `上次核对是 2020-01-02，已经超过 12 个月：对照来源重新核对一遍；核对完，把日期改成核对那天，例如 ${dates[0]}`
  }))
  expect(formatProblem(warning)).toContain(`${line} | ${lines[line - 1]}`)
})

describe('a status is only as new as its record', () => {
  const recruiting = (recordDate: string) => ({ text: '正在招募', recordName: 'r', recordDate, sources: source })
  const withRecords = (records: string[]) => ({
    'since-brochure.json': { ...content['since-brochure.json'], trials: [{ ...trial('stat', '1998-11-24'), status: { ...status, endedNow: false, recordDate: records[0] } }] },
    'decide.json': { recruiting: { trials: [{ name: 'UPSIDE', paragraphs: [], status: recruiting(records[1]) }] } }
  }) as unknown as Parameters<typeof dueRecords>[0]

  test('content:check warns about a record over 12 months old of a status that can still change, and only then', () => {
    const today = new Date('1998-12-02T10:00:00Z')
    expect(dueRecords(withRecords(['1997-12-01', '1996-07-23']), today).map((entry) => [entry.file, entry.recordDate])).toEqual([
      ['since-brochure.json', '1997-12-01'],
      ['decide.json', '1996-07-23']
    ])
    expect(dueRecords(withRecords(['1998-01-05', '1998-06']), today)).toEqual([])
  })

  test('an ended trial\'s old record is no warning: its status stays true', () => {
    const ended = withRecords(['1986-06', '1998-06']) as { 'since-brochure.json': { trials: { status: { endedNow: boolean } }[] } }
    ended['since-brochure.json'].trials[0].status.endedNow = true
    expect(dueRecords(ended as unknown as Parameters<typeof dueRecords>[0], new Date('1998-12-02T10:00:00Z'))).toEqual([])
  })

  test('the warning names the record date by file, line and field, and says the pages no longer call it 现在', () => {
    const CONTENT = path.resolve(__dirname, '../../src/content')
    const dir = mkdtempSync(path.join(tmpdir(), 'record-'))
    for (const name of readdirSync(CONTENT).filter((entry) => entry.endsWith('.json'))) copyFileSync(path.join(CONTENT, name), path.join(dir, name))
    const aid = JSON.parse(readFileSync(path.join(CONTENT, 'decide.json'), 'utf8'))
    aid.recruiting.trials[0].status.recordDate = '2019-03-04'
    writeFileSync(path.join(dir, 'decide.json'), JSON.stringify(aid, null, 2))
    const lines = readFileSync(path.join(dir, 'decide.json'), 'utf8').split('\n')
    const line = lines.findIndex((text) => text.includes('"recordDate": "2019-03-04"')) + 1
    const warnings = staleStatusRecords(dir, new Date('2020-06-01T10:00:00Z'))
    expect(warnings).toEqual([expect.objectContaining({
      file: path.join(dir, 'decide.json'),
      line,
      path: 'recruiting.trials[0].status.recordDate',
      field: expect.stringContaining('记录日期'),
      expected: expect.stringContaining('不再把它称作“现在”')
    })])
    expect(staleStatusRecords(dir, new Date('2019-06-01T10:00:00Z'))).toEqual([])
  })
})

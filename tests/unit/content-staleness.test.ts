import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { formatProblem, staleContent, staleEntries } from '../../tools/content/validate'

const source = [{ citation: 'Sullivan KM, et al. N Engl J Med 2018;378(1):35–47' }]
const block = (checkedAt: string) => ({ heading: 'h', checkedAt, entries: [{ text: 't', sources: source }] })
const status = { now: 's', endedNow: true, recruitingNow: false, sources: source }
const trial = (trialId: string, checkedAt: string) => ({
  trialId, status, checkedAt, headline: { text: 't', sources: source }, findings: [], entries: []
})

const content = {
  'since-brochure.json': {
    heading: 'h',
    label: 'l',
    trials: [
      trial('astis', '2026-11-24'),
      trial('scot', '2025-11-20')
    ],
    guidelines: block('2026-11-24'),
    harms: { ...block('2025-01-01'), findings: [] }
  },
  'findings.json': { note: 'n', checkedAt: '2025-10-01', findings: [] },
  'corrections.json': {
    label: 'l',
    corrections: [
      { id: 'old', kind: 'correction' as const, target: 's', text: 't', sources: source, checkedAt: '2025-11-25' },
      { id: 'recent', kind: 'note' as const, target: 's', text: 't', sources: [], checkedAt: '2025-11-26' }
    ]
  }
}

test('names each addition and correction last checked more than 12 months ago, and only those', () => {
  expect(staleEntries(content, new Date('2026-11-26T10:00:00Z'))).toEqual([
    { file: 'since-brochure.json', path: 'trials[1].checkedAt', checkedAt: '2025-11-20' },
    { file: 'since-brochure.json', path: 'harms.checkedAt', checkedAt: '2025-01-01' },
    { file: 'findings.json', path: 'checkedAt', checkedAt: '2025-10-01' },
    { file: 'corrections.json', path: 'corrections[0].checkedAt', checkedAt: '2025-11-25' }
  ])
})

test('nothing is due the day the content was checked', () => {
  expect(staleEntries(content, new Date('2025-10-01T10:00:00Z'))).toEqual([])
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

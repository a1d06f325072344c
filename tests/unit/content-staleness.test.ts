import { staleEntries } from '../../tools/content/validate'

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
    { file: 'since-brochure.json', path: 'trials[1] (scot)', checkedAt: '2025-11-20' },
    { file: 'since-brochure.json', path: 'harms', checkedAt: '2025-01-01' },
    { file: 'findings.json', path: '(root)', checkedAt: '2025-10-01' },
    { file: 'corrections.json', path: 'corrections[0] (old)', checkedAt: '2025-11-25' }
  ])
})

test('nothing is due the day the content was checked', () => {
  expect(staleEntries(content, new Date('2025-10-01T10:00:00Z'))).toEqual([])
})

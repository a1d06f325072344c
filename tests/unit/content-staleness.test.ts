import { staleEntries } from '../../tools/content/validate'

const source = [{ citation: 'Sullivan KM, et al. N Engl J Med 2018;378(1):35–47' }]
const block = (checkedAt: string) => ({ heading: 'h', checkedAt, entries: [{ text: 't', sources: source }] })

const content = {
  'since-brochure.json': {
    heading: 'h',
    label: 'l',
    trials: [
      { trialId: 'astis', statusNow: 's', endedNow: true, checkedAt: '2026-11-24', headline: { text: 't', sources: source }, entries: [] },
      { trialId: 'scot', statusNow: 's', endedNow: true, checkedAt: '2025-11-20', headline: { text: 't', sources: source }, entries: [] }
    ],
    guidelines: block('2026-11-24'),
    harms: block('2025-01-01')
  },
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
    { file: 'corrections.json', path: 'corrections[0] (old)', checkedAt: '2025-11-25' }
  ])
})

test('nothing is due the day the content was checked', () => {
  expect(staleEntries(content, new Date('2025-11-26T10:00:00Z'))).toEqual([])
})

// The aid's sources and finding links are found by walking its content, not by a hand-kept list of places: a part
// added to decide.json is in the list of sources and in the content check without being named anywhere else.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { decisionAid } from '@/content/decide'
import { contentReferences } from '@/content/references'
import { validateContent } from '../../tools/content/validate'

const CONTENT = path.resolve(__dirname, '../../src/content')
const aSource = { citation: 'Example. A new part\'s paper 2026;1:1' }

test('a source and a finding named in a part the walk has never seen, at any depth, are found with their places', () => {
  const withNewPart = { ...decisionAid, practical: { heading: '新的部分', blocks: [{ items: [{ text: '一句', sources: [aSource], findings: ['a-new-finding'] }] }], picture: { findingId: 'another' } } }
  const { sources, findings } = contentReferences(withNewPart)
  expect(sources).toContainEqual({ path: ['practical', 'blocks', 0, 'items', 0, 'sources', 0], source: aSource })
  expect(findings).toEqual(expect.arrayContaining([
    { path: ['practical', 'blocks', 0, 'items', 0, 'findings', 0], id: 'a-new-finding' },
    { path: ['practical', 'picture', 'findingId'], id: 'another' }
  ]))
})

test('every finding id the aid names is checked wherever it stands: content:check names the place of one that does not exist', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aid-references-'))
  for (const name of readdirSync(CONTENT).filter((entry) => entry.endsWith('.json'))) copyFileSync(path.join(CONTENT, name), path.join(dir, name))
  const aid = JSON.parse(readFileSync(path.join(dir, 'decide.json'), 'utf8'))
  const { findings } = contentReferences(aid)
  // Every finding the aid names becomes an id that names none: the check must report each one, wherever it stands.
  for (const { path: at } of findings) {
    const holder = at.slice(0, -1).reduce((value: any, key) => value[key], aid) // eslint-disable-line @typescript-eslint/no-explicit-any
    holder[at[at.length - 1]] = 'no-such-finding'
  }
  writeFileSync(path.join(dir, 'decide.json'), JSON.stringify(aid, null, 2))
  const reported = validateContent(dir).filter((problem) => problem.expected.includes('"no-such-finding"')).map((problem) => problem.path)
  expect(findings.length).toBeGreaterThan(10)
  expect(reported.sort()).toEqual(findings.map((entry) => entry.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').slice(1)).sort())
})

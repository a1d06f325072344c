import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { BuildError, ROOT, build } from '../../tools/build'

test('a malformed content file fails the WeChat build, naming file, field and expectation', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'broken-content-'))
  for (const name of readdirSync(path.join(ROOT, 'src/content')).filter((file) => file.endsWith('.json'))) {
    copyFileSync(path.join(ROOT, 'src/content', name), path.join(dir, name))
  }
  const trials = JSON.parse(readFileSync(path.join(dir, 'trials.json'), 'utf8'))
  trials.trials[1].startYear = 'two thousand five'
  writeFileSync(path.join(dir, 'trials.json'), JSON.stringify(trials))

  const failure = await build({ type: 'weapp', outputRoot: path.join(dir, 'out'), env: { CONTENT_DIR: dir } }).catch((error: unknown) => error)
  expect(failure).toBeInstanceOf(BuildError)
  expect((failure as BuildError).output).toContain(`${path.join(dir, 'trials.json')}: trials[1].startYear: expected number, received string`)
})

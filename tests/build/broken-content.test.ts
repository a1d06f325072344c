/** @jest-environment node */
import { spawnSync } from 'child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'

const ROOT = path.resolve(__dirname, '../..')

test('a malformed content file fails the WeChat build, naming file, field and expectation', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'broken-content-'))
  for (const name of readdirSync(path.join(ROOT, 'src/content')).filter((file) => file.endsWith('.json'))) {
    copyFileSync(path.join(ROOT, 'src/content', name), path.join(dir, name))
  }
  const trials = JSON.parse(readFileSync(path.join(dir, 'trials.json'), 'utf8'))
  trials.trials[1].startYear = 'two thousand five'
  writeFileSync(path.join(dir, 'trials.json'), JSON.stringify(trials))

  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir, TARO_OUTPUT_ROOT: path.join(dir, 'out') },
    encoding: 'utf8'
  })
  expect(build.status).not.toBe(0)
  expect(build.stdout + build.stderr).toContain(`${path.join(dir, 'trials.json')}: trials[1].startYear: expected number, received string`)
})

/** @jest-environment node */
import { spawnSync } from 'child_process'
import path from 'path'

test('npm run build:release refuses to build while settings are placeholders, and says which', () => {
  const run = spawnSync('npm', ['run', '--silent', 'build:release'], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' })
  expect(run.status).not.toBe(0)
  expect(run.stderr).toContain('Release build refused')
  expect(run.stderr).toContain('src/settings.ts: appId is still a placeholder')
  expect(run.stderr).toContain('src/settings.ts: officialAccount.originalId is still a placeholder')
  // The about page states the organization's funding: only the organization can fill it in.
  expect(run.stderr).toContain('src/settings.ts: funding is still a placeholder')
  expect(run.stdout).not.toContain('Compiled successfully')
})

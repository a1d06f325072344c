// Runs before `npm run build:release`: a release must not ship development placeholders.
import { readFileSync } from 'fs'
import { placeholderSettings, settings } from '../src/settings'

const problems = placeholderSettings().map((name) => `src/settings.ts: ${name} is still a placeholder`)
const project = JSON.parse(readFileSync('project.config.json', 'utf8')) as { appid: string }
if (project.appid !== settings.appId) {
  problems.push(`project.config.json: appid "${project.appid}" differs from settings.appId "${settings.appId}"`)
}
if (problems.length > 0) {
  console.error('Release build refused: fill in the organization settings first.')
  for (const problem of problems) console.error(`  ${problem}`)
  process.exit(1)
}
console.log('Organization settings are complete.')

// `npm run build:release`: refuses while any organization setting is still a development placeholder, then
// builds the release package into dist/.
import { dotenvParse } from '@tarojs/helper'
import { settings } from '../src/settings'
import { ROOT, build } from '../tools/build'
import { releaseProblems } from '../tools/release-settings'
import { runScript } from '../tools/run-script'

async function main(): Promise<number> {
  // The release build is Taro's mode "production": .env, then .env.production (the environment wins over both).
  const { TARO_APP_ID } = dotenvParse(ROOT, 'TARO_APP_', 'production')
  const problems = releaseProblems(settings, TARO_APP_ID)
  if (problems.length > 0) {
    console.error('Release build refused: fill in the organization settings first.')
    for (const problem of problems) console.error(`  ${problem}`)
    return 1
  }
  console.log('Organization settings are complete. Building the release package ...')
  const { dist, seconds } = await build({ type: 'weapp' })
  console.log(`Built ${dist} in ${seconds.toFixed(1)} s (appid ${TARO_APP_ID}).`)
  return 0
}

runScript(main, 1)

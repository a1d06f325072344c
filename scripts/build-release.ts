// `npm run build:release`: refuses, in Chinese, while an organization setting (src/content/settings.json) is not
// filled in or the appid is the development one, then builds the release package into dist/.
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
    console.error(`发布包没有构建：有 ${problems.length} 项设置还没填好。请先填好下面这些，再运行 npm run build:release：`)
    for (const problem of problems) console.error(`  - ${problem}`)
    return 1
  }
  console.log('机构设置都已填好。正在构建发布包……')
  const { dist, seconds } = await build({ type: 'weapp' })
  console.log(`发布包构建完成，用了 ${seconds.toFixed(0)} 秒：${dist}（AppID ${TARO_APP_ID}）`)
  return 0
}

runScript(main, 1)

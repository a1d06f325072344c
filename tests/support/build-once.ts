// Builds the WeChat package once before the suite; every page test then runs that same dist/.
import { execFileSync } from 'child_process'
import path from 'path'

export default function buildOnce(): void {
  if (process.env.SKIP_BUILD === '1') return
  const root = path.resolve(__dirname, '../..')
  execFileSync(path.join(root, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' }
  })
}

// `npm run preview:phone [-- <page> [<query>]]`: a development version (开发版) the team can open on their own phones
// without WeChat DevTools. Checks the appid and the code upload key as `npm run upload` does, builds the package into
// dist/, asks WeChat (miniprogram-ci's preview) for a QR code that opens it at the page and query given (default: the
// home page), and writes the code to artifacts/preview-qrcode.jpg. The environment gives WECHAT_UPLOAD_KEY, the path
// of the code upload key file; the appid is TARO_APP_ID of .env.production. For example:
//   WECHAT_UPLOAD_KEY=~/keys/private.wx….key npm run preview:phone -- pages/decide/index section=values
// preview() takes miniprogram-ci and the build as arguments, so that its test replaces the preview with a recording fake.
import { mkdirSync } from 'fs'
import path from 'path'
import * as ci from 'miniprogram-ci'
import { ROUTES } from '../src/routes'
import { ROOT, build, type BuildResult } from '../tools/build'
import { appIdProblems } from '../tools/release-settings'
import { runScript } from '../tools/run-script'
import { SERVER_REFUSAL_HINT, packageProject, packageSizes, releaseAppId, uploadKeyProblems } from '../tools/wechat-ci'

export const QR_CODE_FILE = path.join(ROOT, 'artifacts/preview-qrcode.jpg')
const EXAMPLE = 'WECHAT_UPLOAD_KEY=/路径/private.wx….key npm run preview:phone -- pages/decide/index section=values'
const PAGES: string[] = Object.values(ROUTES)
/** A query as a page receives it: name=value pairs joined by &. */
const QUERY = /^[\w-]+=[^&=\s]*(&[\w-]+=[^&=\s]*)*$/

export interface PreviewDependencies {
  ci: Pick<typeof ci, 'Project' | 'preview'>
  /** TARO_APP_ID of the release build. */
  appId: string | undefined
  env: { WECHAT_UPLOAD_KEY?: string }
  /** What follows `--` on the command line: the page, then its query. */
  args: string[]
  buildPackage(): Promise<BuildResult>
  qrCodeFile: string
  log(line: string): void
  error(line: string): void
}

interface Preview {
  appId: string
  keyPath: string
  page: string
  query: string
}

/** What is missing or wrong before anything is built; the preview's parameters when nothing is. */
function checkPreview({ appId, env, args }: PreviewDependencies): { problems: string[]; preview?: Preview } {
  const keyPath = env.WECHAT_UPLOAD_KEY?.trim()
  const problems = [...appIdProblems(appId), ...uploadKeyProblems(keyPath && path.resolve(keyPath), appId)]
  const [page = ROUTES.home, query = '', ...rest] = args
  if (!PAGES.includes(page)) problems.push(`没有 ${page} 这一页：页面要写成 ${PAGES.join('、')} 之一`)
  if (query && !QUERY.test(query)) problems.push(`参数 "${query}" 要写成 名字=值，多个用 & 连起来，例如 section=values`)
  if (rest.length > 0) problems.push(`多了 ${rest.join(' ')}：只需要页面和参数两项`)
  if (problems.length > 0 || !appId || !keyPath) return { problems }
  return { problems, preview: { appId, keyPath: path.resolve(keyPath), page, query } }
}

export async function preview(deps: PreviewDependencies): Promise<number> {
  deps.log('第 1 步：检查 appid、上传密钥和要打开的页面……')
  const { problems, preview: params } = checkPreview(deps)
  if (!params) {
    deps.error('预览被拒绝，什么都没有构建。请先改好下面这些：')
    for (const problem of problems) deps.error(`  - ${problem}`)
    deps.error(`例如：${EXAMPLE}`)
    return 1
  }
  const opens = params.query ? `${params.page}?${params.query}` : params.page
  deps.log(`  小程序 ${params.appId}，打开 ${opens}，密钥 ${params.keyPath}`)

  deps.log('第 2 步：构建小程序包（dist/）……')
  const { dist, seconds } = await deps.buildPackage()
  deps.log(`  构建完成，用了 ${seconds.toFixed(0)} 秒：${dist}`)

  deps.log('第 3 步：请微信生成开发版的二维码……')
  mkdirSync(path.dirname(deps.qrCodeFile), { recursive: true })
  try {
    const project = packageProject(deps.ci, { appId: params.appId, dist, keyPath: params.keyPath })
    const result = await deps.ci.preview({
      project,
      version: '0.0.0',
      desc: `预览 ${opens}`,
      setting: { useProjectConfig: true },
      qrcodeFormat: 'image',
      qrcodeOutputDest: deps.qrCodeFile,
      pagePath: params.page,
      searchQuery: params.query
    })
    deps.log(`二维码已保存到 ${deps.qrCodeFile}${packageSizes(result.subPackageInfo)}。`)
    deps.log(`用微信扫它，打开的是 ${opens}。开发版只有小程序的成员能打开（管理员在 mp.weixin.qq.com 的“成员管理”里添加）；二维码失效后再运行一次即可。`)
    return 0
  } catch (error) {
    deps.error(`预览失败：${error instanceof Error ? error.message : String(error)}`)
    deps.error(SERVER_REFUSAL_HINT)
    return 1
  }
}

if (require.main === module) {
  runScript(() => preview({
    ci,
    appId: releaseAppId(),
    env: { WECHAT_UPLOAD_KEY: process.env.WECHAT_UPLOAD_KEY },
    args: process.argv.slice(2),
    buildPackage: () => build({ type: 'weapp' }),
    qrCodeFile: QR_CODE_FILE,
    log: (line) => console.log(line),
    error: (line) => console.error(line)
  }))
}

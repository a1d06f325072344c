// `npm run upload`: publishes without WeChat DevTools. Checks the organization settings in src/content/settings.json
// (as build:release does), the code upload key and the version, builds the release package into dist/ and uploads it
// with miniprogram-ci, saying each step. The environment gives:
//   WECHAT_UPLOAD_KEY  the path of the code upload key file (private.<appid>.key, from mp.weixin.qq.com)
//   UPLOAD_VERSION     the version to publish, e.g. 1.2.0
//   UPLOAD_DESC        what changed, shown in 版本管理 (optional)
// upload() takes miniprogram-ci and the build as arguments, so that its test replaces the upload with a recording fake.
import path from 'path'
import * as ci from 'miniprogram-ci'
import { settings, type Settings } from '../src/settings'
import { build, type BuildResult } from '../tools/build'
import { releaseProblems } from '../tools/release-settings'
import { runScript } from '../tools/run-script'
import { SERVER_REFUSAL_HINT, packageProject, packageSizes, releaseAppId, uploadKeyProblems } from '../tools/wechat-ci'

export type UploadEnvironment = Partial<Record<'WECHAT_UPLOAD_KEY' | 'UPLOAD_VERSION' | 'UPLOAD_DESC', string>>

export interface UploadDependencies {
  ci: Pick<typeof ci, 'Project' | 'upload'>
  settings: Settings
  /** TARO_APP_ID of the release build (.env, then .env.production, then the environment). */
  appId: string | undefined
  env: UploadEnvironment
  /** The release build: the package that is uploaded. */
  buildRelease(): Promise<BuildResult>
  log(line: string): void
  error(line: string): void
}

const VERSION = /^\d+\.\d+\.\d+$/
const EXAMPLE = 'WECHAT_UPLOAD_KEY=/路径/private.wx….key UPLOAD_VERSION=1.2.0 UPLOAD_DESC="更新了试验状态" npm run upload'

interface Upload {
  appId: string
  keyPath: string
  version: string
  desc: string
}

/** What is missing or wrong before anything is built; the upload's parameters when nothing is. */
function checkUpload({ settings: current, appId, env }: UploadDependencies): { problems: string[]; upload?: Upload } {
  const problems = releaseProblems(current, appId)
  const keyPath = env.WECHAT_UPLOAD_KEY?.trim()
  problems.push(...uploadKeyProblems(keyPath && path.resolve(keyPath), appId))
  const version = env.UPLOAD_VERSION?.trim()
  if (!version) problems.push('没有设置 UPLOAD_VERSION：要上传的版本号，三个用点隔开的数字，例如 1.2.0')
  else if (!VERSION.test(version)) problems.push(`UPLOAD_VERSION 要写成三个用点隔开的数字，例如 1.2.0；现在是 "${version}"`)
  if (problems.length > 0 || !appId || !keyPath || !version) return { problems }
  return { problems, upload: { appId, keyPath: path.resolve(keyPath), version, desc: env.UPLOAD_DESC?.trim() || `版本 ${version}` } }
}

export async function upload(deps: UploadDependencies): Promise<number> {
  deps.log('第 1 步：检查机构设置、上传密钥和版本号……')
  const { problems, upload: params } = checkUpload(deps)
  if (!params) {
    deps.error('上传被拒绝，什么都没有构建或上传。请先改好下面这些：')
    for (const problem of problems) deps.error(`  - ${problem}`)
    deps.error(`例如：${EXAMPLE}`)
    return 1
  }
  deps.log(`  小程序 ${params.appId}，版本 ${params.version}，说明“${params.desc}”，密钥 ${params.keyPath}`)

  deps.log('第 2 步：构建发布包（dist/）……')
  const { dist, seconds } = await deps.buildRelease()
  deps.log(`  构建完成，用了 ${seconds.toFixed(0)} 秒：${dist}`)

  deps.log('第 3 步：上传到微信……')
  try {
    const project = packageProject(deps.ci, { appId: params.appId, dist, keyPath: params.keyPath })
    // useProjectConfig: compile with dist/project.config.json's settings (compression on), as DevTools' upload does.
    const result = await deps.ci.upload({ project, version: params.version, desc: params.desc, setting: { useProjectConfig: true } })
    deps.log(`上传完成：版本 ${params.version} 已在微信公众平台上${packageSizes(result.subPackageInfo)}。`)
    deps.log('下一步：在 mp.weixin.qq.com 的“管理 → 版本管理”里把它设为体验版试用，或提交审核。')
    return 0
  } catch (error) {
    deps.error(`上传失败：${error instanceof Error ? error.message : String(error)}`)
    deps.error(SERVER_REFUSAL_HINT)
    return 1
  }
}

if (require.main === module) {
  runScript(() => upload({
    ci,
    settings,
    appId: releaseAppId(),
    env: { WECHAT_UPLOAD_KEY: process.env.WECHAT_UPLOAD_KEY, UPLOAD_VERSION: process.env.UPLOAD_VERSION, UPLOAD_DESC: process.env.UPLOAD_DESC },
    buildRelease: () => build({ type: 'weapp' }),
    log: (line) => console.log(line),
    error: (line) => console.error(line)
  }))
}

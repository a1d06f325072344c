// What `npm run upload` and `npm run preview:phone` share on the way to WeChat's servers: the appid of the release
// build, the checks of the code upload key, and miniprogram-ci's project for dist/.
import { existsSync, readFileSync } from 'fs'
import path from 'path'
import { dotenvParse } from '@tarojs/helper'
import type * as ci from 'miniprogram-ci'
import { ROOT } from './build'
import { kb } from './format'

export const KEY_SOURCE = 'mp.weixin.qq.com → 开发 → 开发管理 → 开发设置 → 小程序代码上传'

/** Said after WeChat's servers refuse an upload or a preview: the two usual reasons. */
export const SERVER_REFUSAL_HINT = `常见原因：这台电脑的 IP 不在上传 IP 白名单里，或密钥已经重置过（都在 ${KEY_SOURCE} 设置）。`
const KEY_FILE_APPID = /^private\.(wx[0-9a-f]{16})\.key$/

/** TARO_APP_ID of the release build (.env, then .env.production, then the environment). */
export function releaseAppId(): string | undefined {
  return dotenvParse(ROOT, 'TARO_APP_', 'production').TARO_APP_ID
}

/** What is wrong with WECHAT_UPLOAD_KEY (unset, no file, not a key, another mini-program's key); empty when nothing. */
export function uploadKeyProblems(keyPath: string | undefined, appId: string | undefined): string[] {
  if (!keyPath) return [`没有设置 WECHAT_UPLOAD_KEY：它是代码上传密钥文件的路径（在 ${KEY_SOURCE} 下载，文件名像 private.wx….key）`]
  if (!existsSync(keyPath)) return [`找不到 WECHAT_UPLOAD_KEY 指的密钥文件：${keyPath}`]
  let key: string
  try {
    key = readFileSync(keyPath, 'utf8')
  } catch (error) {
    return [`读不了密钥文件 ${keyPath}（${(error as Error).message}）`]
  }
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key)) {
    return [`${keyPath} 不是代码上传密钥：密钥文件里应有一行 -----BEGIN RSA PRIVATE KEY-----（在 ${KEY_SOURCE} 下载）`]
  }
  const keyAppId = KEY_FILE_APPID.exec(path.basename(keyPath))?.[1]
  if (keyAppId && appId && keyAppId !== appId) {
    return [`密钥文件 ${path.basename(keyPath)} 是小程序 ${keyAppId} 的，而 .env.production 的 TARO_APP_ID 是 ${appId}`]
  }
  return []
}

/** miniprogram-ci's project for a built package (it only reads files). */
export function packageProject(ciModule: Pick<typeof ci, 'Project'>, { appId, dist, keyPath }: { appId: string; dist: string; keyPath: string }): ci.Project {
  return new ciModule.Project({ appid: appId, type: 'miniProgram', projectPath: dist, privateKeyPath: keyPath, ignores: ['node_modules/**/*'] })
}

/** The sizes WeChat reports for the package it received, e.g. （整个小程序 600.0 KB，主包 320.0 KB）; empty when it gave none. */
export function packageSizes(packages: { name: string; size: number }[] | undefined): string {
  const whole = packages?.find((entry) => entry.name === '__FULL__')
  const main = packages?.find((entry) => entry.name === '__APP__')
  return whole && main ? `（整个小程序 ${kb(whole.size)}，主包 ${kb(main.size)}）` : ''
}

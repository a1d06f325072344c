// npm run upload with miniprogram-ci's real Project (it only reads files) and its upload replaced by a recording
// fake, so nothing reaches WeChat's servers.
import path from 'path'
import * as ci from 'miniprogram-ci'
import { upload, type UploadDependencies, type UploadEnvironment } from '../../scripts/upload'
import { filledSettings as filled } from '../support/settings'
import { APP_ID, PACKAGE_SIZES, fakeRelease } from '../support/wechat-ci'

const { work, dist, key: KEY, keyFile } = fakeRelease('upload')


type UploadOptions = Parameters<typeof ci.upload>[0]

function run(overrides: Partial<UploadDependencies> = {}, env: UploadEnvironment = { WECHAT_UPLOAD_KEY: KEY, UPLOAD_VERSION: '1.2.0', UPLOAD_DESC: '更新了试验状态' }) {
  const uploads: UploadOptions[] = []
  const printed: string[] = []
  const buildRelease = jest.fn(async () => ({ dist, seconds: 12 }))
  const deps: UploadDependencies = {
    ci: {
      Project: ci.Project,
      upload: async (options: UploadOptions) => {
        uploads.push(options)
        return PACKAGE_SIZES
      }
    },
    settings: filled,
    appId: APP_ID,
    env,
    buildRelease,
    log: (line) => printed.push(line),
    error: (line) => printed.push(line),
    ...overrides
  }
  return upload(deps).then((code) => ({ code, uploads, output: printed.join('\n'), built: buildRelease.mock.calls.length }))
}

test('builds the release and uploads dist/ with the appid, version and description, saying each step', async () => {
  const { code, uploads, output, built } = await run()
  expect(code).toBe(0)
  expect(built).toBe(1)
  expect(uploads).toHaveLength(1)
  const [{ project, version, desc, setting }] = uploads
  expect(project).toBeInstanceOf(ci.Project)
  expect({ appid: project.appid, projectPath: project.projectPath }).toEqual({ appid: APP_ID, projectPath: dist })
  expect({ version, desc, setting }).toEqual({ version: '1.2.0', desc: '更新了试验状态', setting: { useProjectConfig: true } })
  for (const step of ['第 1 步', '第 2 步', '第 3 步', '上传完成：版本 1.2.0', '整个小程序 600.0 KB，主包 320.0 KB']) expect(output).toContain(step)
})

test('without a description, the version is the description', async () => {
  const { uploads } = await run({}, { WECHAT_UPLOAD_KEY: KEY, UPLOAD_VERSION: '2.0.1' })
  expect(uploads[0].desc).toBe('版本 2.0.1')
})

describe('refuses before building anything', () => {
  const refusals: [string, Partial<UploadDependencies>, UploadEnvironment, string][] = [
    ['a setting not filled in', { settings: { ...filled, funding: '' } }, { WECHAT_UPLOAD_KEY: KEY, UPLOAD_VERSION: '1.2.0' }, 'src/content/settings.json：“资金来源”（funding）还没填写。'],
    ['the development appid', { appId: 'touristappid' }, { WECHAT_UPLOAD_KEY: KEY, UPLOAD_VERSION: '1.2.0' }, 'TARO_APP_ID 还是开发用的占位值'],
    ['no key', {}, { UPLOAD_VERSION: '1.2.0' }, '没有设置 WECHAT_UPLOAD_KEY'],
    ['a key file that is not there', {}, { WECHAT_UPLOAD_KEY: path.join(work, 'missing.key'), UPLOAD_VERSION: '1.2.0' }, '找不到 WECHAT_UPLOAD_KEY 指的密钥文件'],
    ['a file that is not a key', {}, { WECHAT_UPLOAD_KEY: keyFile('notes.txt', 'appid wx1234567890abcdef'), UPLOAD_VERSION: '1.2.0' }, '不是代码上传密钥'],
    ['the key of another mini-program', {}, { WECHAT_UPLOAD_KEY: keyFile('private.wxffffffffffffffff.key', '-----BEGIN RSA PRIVATE KEY-----\n'), UPLOAD_VERSION: '1.2.0' }, '是小程序 wxffffffffffffffff 的'],
    ['no version', {}, { WECHAT_UPLOAD_KEY: KEY }, '没有设置 UPLOAD_VERSION'],
    ['a version that is not three numbers', {}, { WECHAT_UPLOAD_KEY: KEY, UPLOAD_VERSION: 'v1.2' }, 'UPLOAD_VERSION 要写成三个用点隔开的数字，例如 1.2.0；现在是 "v1.2"']
  ]
  test.each(refusals)('%s', async (_name, overrides, env, message) => {
    const { code, uploads, output, built } = await run(overrides, env)
    expect(code).toBe(1)
    expect({ built, uploads: uploads.length }).toEqual({ built: 0, uploads: 0 })
    expect(output).toContain('上传被拒绝')
    expect(output).toContain(message)
  })

  test('every problem at once', async () => {
    const { output } = await run({ settings: { ...filled, funding: '' } }, {})
    for (const message of ['“资金来源”（funding）还没填写', '没有设置 WECHAT_UPLOAD_KEY', '没有设置 UPLOAD_VERSION']) expect(output).toContain(message)
  })
})

test('a refused upload says so and what usually causes it', async () => {
  const refused = async () => { throw new Error('invalid ip: 203.0.113.7') }
  const { code, output } = await run({ ci: { Project: ci.Project, upload: refused } })
  expect(code).toBe(1)
  expect(output).toContain('上传失败：invalid ip: 203.0.113.7')
  expect(output).toContain('IP 白名单')
})

// npm run preview:phone with miniprogram-ci's real Project and its preview replaced by a recording fake, so nothing
// reaches WeChat's servers.
import path from 'path'
import * as ci from 'miniprogram-ci'
import { ROUTES } from '@/routes'
import { preview, type PreviewDependencies } from '../../scripts/preview-phone'
import { APP_ID, PACKAGE_SIZES, fakeRelease } from '../support/wechat-ci'

const { work, dist, key: KEY } = fakeRelease('preview')
const QR_CODE = path.join(work, 'qr', 'code.jpg')

type PreviewOptions = Parameters<typeof ci.preview>[0]

function run(overrides: Partial<PreviewDependencies> = {}) {
  const previews: PreviewOptions[] = []
  const printed: string[] = []
  const buildPackage = jest.fn(async () => ({ dist, seconds: 12 }))
  const deps: PreviewDependencies = {
    ci: {
      Project: ci.Project,
      preview: async (options: PreviewOptions) => {
        previews.push(options)
        return PACKAGE_SIZES
      }
    },
    appId: APP_ID,
    env: { WECHAT_UPLOAD_KEY: KEY },
    args: [],
    buildPackage,
    qrCodeFile: QR_CODE,
    log: (line) => printed.push(line),
    error: (line) => printed.push(line),
    ...overrides
  }
  return preview(deps).then((code) => ({ code, previews, output: printed.join('\n'), built: buildPackage.mock.calls.length }))
}

test('builds the package and asks for a QR code image of the home page, saying where it is written', async () => {
  const { code, previews, output, built } = await run()
  expect(code).toBe(0)
  expect(built).toBe(1)
  expect(previews).toHaveLength(1)
  const [{ project, qrcodeFormat, qrcodeOutputDest, pagePath, searchQuery }] = previews
  expect(project).toBeInstanceOf(ci.Project)
  expect({ appid: project.appid, projectPath: project.projectPath }).toEqual({ appid: APP_ID, projectPath: dist })
  expect({ qrcodeFormat, qrcodeOutputDest, pagePath, searchQuery }).toEqual({ qrcodeFormat: 'image', qrcodeOutputDest: QR_CODE, pagePath: ROUTES.home, searchQuery: '' })
  expect(output).toContain(`二维码已保存到 ${QR_CODE}`)
})

test('opens the page and query given, e.g. the decision aid at its values part', async () => {
  const { previews, output } = await run({ args: [ROUTES.decide, 'section=values'] })
  expect(previews.map(({ pagePath, searchQuery }) => ({ pagePath, searchQuery }))).toEqual([{ pagePath: ROUTES.decide, searchQuery: 'section=values' }])
  expect(output).toContain(`${ROUTES.decide}?section=values`)
})

describe('refuses before building anything', () => {
  const refusals: [string, Partial<PreviewDependencies>, string][] = [
    ['no key', { env: {} }, '没有设置 WECHAT_UPLOAD_KEY'],
    ['a key file that is not there', { env: { WECHAT_UPLOAD_KEY: path.join(work, 'missing.key') } }, '找不到 WECHAT_UPLOAD_KEY 指的密钥文件'],
    ['the development appid', { appId: 'touristappid' }, 'TARO_APP_ID 还是开发用的占位值'],
    ['a page the app does not have', { args: ['pages/nowhere/index'] }, '没有 pages/nowhere/index 这一页'],
    ['a query that is not name=value', { args: [ROUTES.decide, 'values'] }, '参数 "values" 要写成 名字=值']
  ]
  test.each(refusals)('%s', async (_name, overrides, message) => {
    const { code, previews, output, built } = await run(overrides)
    expect(code).toBe(1)
    expect({ built, previews: previews.length }).toEqual({ built: 0, previews: 0 })
    expect(output).toContain('预览被拒绝，什么都没有构建')
    expect(output).toContain(message)
  })
})

test('a refused preview says so and what usually causes it', async () => {
  const refused = async () => { throw new Error('invalid ip: 203.0.113.7') }
  const { code, output } = await run({ ci: { Project: ci.Project, preview: refused } })
  expect(code).toBe(1)
  expect(output).toContain('预览失败：invalid ip: 203.0.113.7')
  expect(output).toContain('IP 白名单')
})

// What `npm run build:release` and `npm run upload` check before building: the organization's settings
// (src/content/settings.json) are filled in, and the appid is a real one. Said in Chinese, one line per setting,
// with what to fill in (the field's own description in src/content/schema.ts).
import { settingsSchema } from '../src/content/schema'
import { unfilledSettings, type Settings } from '../src/settings'
import { description, fieldInWords, schemaAt } from './content/fields'
import { jsonPath } from './content/source'

/** The appid WeChat DevTools uses for projects without one; .env.production holds it until the real one. */
export const DEVELOPMENT_APP_ID = 'touristappid'

const APP_ID_SOURCE = '在 mp.weixin.qq.com → 开发 → 开发管理 → 开发设置 里找到 AppID（小程序ID），在 .env.production 写成 TARO_APP_ID=wx…'

/** One line per setting that is not ready for release, naming the file, the setting and what to fill in; empty when all are. */
export function releaseProblems(current: Settings, appId: string | undefined): string[] {
  return [...appIdProblems(appId), ...unfilledSettings(current).map((path) => {
    // What to fill in: the field's description, without its note on leaving it empty (which is what is refused here).
    const what = description(schemaAt(settingsSchema, path, current))?.split('：').slice(1).join('：').replace(/[；。，]?还没填写时留空 ""[^；。]*/, '')
    return `src/content/settings.json：“${fieldInWords(settingsSchema, path, current)}”（${jsonPath(path)}）还没填写。${what ?? ''}`
  })]
}

/** The appid's problem (still the development one, or not an appid) as one line; empty when it is a real appid. */
export function appIdProblems(appId: string | undefined): string[] {
  if (!appId || appId === DEVELOPMENT_APP_ID) return [`.env.production：TARO_APP_ID 还是开发用的占位值（${appId ?? '没有写'}）：${APP_ID_SOURCE}`]
  if (!/^wx[0-9a-f]{16}$/.test(appId)) return [`.env.production：TARO_APP_ID "${appId}" 不是小程序的 AppID（wx 加 16 位数字或小写字母）：${APP_ID_SOURCE}`]
  return []
}

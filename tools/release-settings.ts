// What `npm run build:release` checks before building: no development placeholder may ship.
import { placeholderSettings, type Settings } from '../src/settings'

/** The appid WeChat DevTools uses for projects without one; .env.production holds it until the real one. */
export const DEVELOPMENT_APP_ID = 'touristappid'

/** One line per setting that is not ready for release, naming the file and the setting; empty when all are. */
export function releaseProblems(current: Settings, appId: string | undefined): string[] {
  return [...appIdProblems(appId), ...placeholderSettings(current).map((name) => `src/settings.ts: ${name} is still a placeholder`)]
}

/** The appid's problem (still the development one, or not an appid) as one line; empty when it is a real appid. */
export function appIdProblems(appId: string | undefined): string[] {
  if (!appId || appId === DEVELOPMENT_APP_ID) return [`.env.production: TARO_APP_ID is still a placeholder (${appId ?? 'missing'})`]
  if (!/^wx[0-9a-f]{16}$/.test(appId)) return [`.env.production: TARO_APP_ID "${appId}" is not an appid (wx and 16 hex digits)`]
  return []
}

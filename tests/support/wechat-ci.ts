// What the tests of npm run upload and npm run preview:phone share: a built package and code upload keys in a
// temporary folder, for miniprogram-ci's real Project (it only reads files) beside a recording fake of the call
// that would reach WeChat's servers.
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'

export const APP_ID = 'wx1234567890abcdef'

/** A temporary folder with a minimal dist/ and a key file for APP_ID. */
export function fakeRelease(prefix: string) {
  const work = mkdtempSync(path.join(tmpdir(), `${prefix}-`))
  const dist = path.join(work, 'dist')
  mkdirSync(dist)
  writeFileSync(path.join(dist, 'project.config.json'), JSON.stringify({ miniprogramRoot: './', appid: APP_ID, compileType: 'miniprogram', setting: {} }))
  writeFileSync(path.join(dist, 'app.json'), JSON.stringify({ pages: ['pages/index/index'] }))
  /** Writes a file into the folder and answers its path. */
  const keyFile = (name: string, text: string) => {
    writeFileSync(path.join(work, name), text)
    return path.join(work, name)
  }
  const key = keyFile(`private.${APP_ID}.key`, '-----BEGIN RSA PRIVATE KEY-----\nMIIEfake\n-----END RSA PRIVATE KEY-----\n')
  return { work, dist, key, keyFile }
}

/** What WeChat answers about the package's sizes after an upload or a preview. */
export const PACKAGE_SIZES = { subPackageInfo: [{ name: '__FULL__', size: 600 * 1024 }, { name: '__APP__', size: 320 * 1024 }] }

// `npm run privacy:apis`: which entries the privacy guide (用户隐私保护指引, in mp.weixin.qq.com → 设置 → 功能设置)
// must declare, read from the compiled package (dist/, built by npm run build:weapp) rather than from memory: WeChat
// checks the guide against the package at submission and disables any privacy interface it does not declare.
// `-- --write` also rewrites the generated list in docs/release-checklist.md; tests/pages/privacy-apis.test.ts fails
// when that list, or the about page's privacy section, no longer matches the package.
import { readFileSync, readdirSync, writeFileSync } from 'fs'
import path from 'path'
import { ROOT } from '../tools/build'
import type { StoredKey } from '../src/platform/storedKeys'
import { runScript } from '../tools/run-script'

export interface PrivacyEntry {
  /** The guide's entry, as the admin console names it. */
  guide: string
  /** The word a reader knows it by; the about page's privacy section must use it. */
  reader: string
  /** wx.<name>(…) calls. */
  calls?: string[]
  /** wx.authorize({ scope }) scopes. */
  scopes?: string[]
  /** <button open-type="…"> values. */
  openTypes?: string[]
  /** Components whose presence needs the entry. */
  components?: string[]
}

/**
 * WeChat's table of privacy interfaces (小程序用户隐私保护指引内容介绍 → 开发者处理的信息), so that a new call is
 * caught even before anyone thinks of the guide. Checked against that table as mirrored on 2026-12-07 (juejin.cn
 * post/7280787122004377615); add rows when WeChat adds them.
 */
export const PRIVACY_TABLE: PrivacyEntry[] = [
  { guide: '使用你的剪切板', reader: '剪贴板', calls: ['setClipboardData', 'getClipboardData'] },
  { guide: '使用你的相册（仅写入）权限', reader: '相册', calls: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'], scopes: ['scope.writePhotosAlbum'] },
  { guide: '收集你选中的照片或视频信息', reader: '照片', calls: ['chooseImage', 'chooseMedia', 'chooseVideo'] },
  { guide: '收集你选中的文件', reader: '文件', calls: ['chooseMessageFile'] },
  { guide: '收集你的昵称、头像', reader: '头像', calls: ['getUserProfile', 'getUserInfo'], scopes: ['scope.userInfo'], openTypes: ['chooseAvatar'] },
  { guide: '收集你的位置信息', reader: '位置', calls: ['getLocation', 'getFuzzyLocation', 'startLocationUpdate', 'startLocationUpdateBackground'], scopes: ['scope.userLocation', 'scope.userLocationBackground', 'scope.userFuzzyLocation'] },
  { guide: '收集你选择的位置信息', reader: '位置', calls: ['chooseLocation', 'choosePoi'] },
  { guide: '收集你的地址', reader: '地址', calls: ['chooseAddress'], scopes: ['scope.address'] },
  { guide: '收集你的发票信息', reader: '发票', calls: ['chooseInvoiceTitle', 'chooseInvoice'], scopes: ['scope.invoiceTitle', 'scope.invoice'] },
  { guide: '收集你的微信运动步数', reader: '运动步数', calls: ['getWeRunData'], scopes: ['scope.werun'] },
  { guide: '收集你的手机号', reader: '手机号', openTypes: ['getPhoneNumber', 'getRealtimePhoneNumber'] },
  { guide: '收集你的车牌号', reader: '车牌号', calls: ['chooseLicensePlate'] },
  { guide: '访问你的麦克风', reader: '麦克风', calls: ['startRecord', 'getRecorderManager', 'joinVoIPChat'], scopes: ['scope.record'] },
  { guide: '访问你的摄像头', reader: '摄像头', calls: ['createCameraContext', 'createVKSession'], scopes: ['scope.camera'], components: ['camera'] },
  { guide: '访问你的蓝牙', reader: '蓝牙', calls: ['openBluetoothAdapter', 'createBLEPeripheralServer'], scopes: ['scope.bluetooth'] },
  { guide: '使用你的通讯录（仅写入）权限', reader: '通讯录', calls: ['addPhoneContact'], scopes: ['scope.addPhoneContact'] },
  { guide: '使用你的日历（仅写入）权限', reader: '日历', calls: ['addPhoneCalendar', 'addPhoneRepeatCalendar'], scopes: ['scope.addPhoneCalendar'] }
]

/**
 * What the phone keeps, by storage key (src/platform/storedKeys.ts), in the words the about page's privacy section and
 * the checklist use for it: a new key fails typecheck here until someone says how the reader knows it.
 */
export const KEPT_ON_PHONE: Record<StoredKey, string> = {
  textSize: '文字大小',
  decisionNotes: '回答',
  decideLastPart: '读到哪一部分'
}

export interface FoundEntry {
  entry: PrivacyEntry
  /** What the package uses, e.g. wx.setClipboardData, scope.writePhotosAlbum. */
  uses: string[]
  /** Where, relative to dist/. */
  files: string[]
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The patterns that reveal each use in compiled code: a property call, a scope string, an openType, a tag. */
function usesOf(entry: PrivacyEntry): { use: string; pattern: RegExp }[] {
  return [
    // Taro's own list of API names (taro.js) holds them as strings, never as calls: only "….name(" is a call.
    ...(entry.calls ?? []).map((name) => ({ use: `wx.${name}`, pattern: new RegExp(`[.\\]"'\`]${escape(name)}\\s*\\(`) })),
    ...(entry.scopes ?? []).map((scope) => ({ use: `wx.authorize({ scope: '${scope}' })`, pattern: new RegExp(`["'\`]${escape(scope)}["'\`]`) })),
    ...(entry.openTypes ?? []).map((type) => ({ use: `<button open-type="${type}">`, pattern: new RegExp(`(openType|open-type)\\s*[:=]\\s*["'\`]${escape(type)}["'\`]`) })),
    ...(entry.components ?? []).map((tag) => ({ use: `<${tag}>`, pattern: new RegExp(`<${escape(tag)}[\\s>/]`) }))
  ]
}

function packageFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name)
    if (item.isDirectory()) return packageFiles(full, root)
    return /\.(js|wxml|json)$/.test(item.name) ? [path.relative(root, full)] : []
  })
}

/** The guide's entries the package in `dist` needs, in the table's order, with what needs them and where. */
export function privacyEntriesIn(dist: string): FoundEntry[] {
  const files = packageFiles(dist).map((file) => ({ file, text: readFileSync(path.join(dist, file), 'utf8') }))
  return PRIVACY_TABLE.flatMap((entry) => {
    const hits = usesOf(entry).map(({ use, pattern }) => ({ use, files: files.filter(({ text }) => pattern.test(text)).map(({ file }) => file) }))
      .filter(({ files: where }) => where.length > 0)
    if (hits.length === 0) return []
    return [{ entry, uses: hits.map(({ use }) => use), files: [...new Set(hits.flatMap(({ files: where }) => where))].sort() }]
  })
}

export const CHECKLIST = path.join(ROOT, 'docs/release-checklist.md')
const START = '<!-- privacy:apis 由 npm run privacy:apis -- --write 生成，不要手改 -->'
const END = '<!-- /privacy:apis -->'

/** The checklist's generated list: one line per entry, with the interfaces that need it. */
export function checklistLines(found: FoundEntry[]): string {
  if (found.length === 0) return '- （编译后的小程序包没有调用任何隐私接口：隐私保护指引不需要声明接口）'
  return found.map(({ entry, uses }) => `- **${entry.guide}**：${uses.map((use) => `\`${use}\``).join('、')}`).join('\n')
}

/** The list as the checklist holds it now (between its markers); undefined when the markers are missing. */
export function checklistSection(markdown: string): string | undefined {
  const start = markdown.indexOf(START)
  const end = markdown.indexOf(END)
  return start >= 0 && end > start ? markdown.slice(start + START.length, end).trim() : undefined
}

function writeChecklist(lines: string): void {
  const markdown = readFileSync(CHECKLIST, 'utf8')
  if (checklistSection(markdown) === undefined) throw new Error(`${CHECKLIST} 里找不到 ${START} 和 ${END}`)
  const start = markdown.indexOf(START) + START.length
  writeFileSync(CHECKLIST, `${markdown.slice(0, start)}\n${lines}\n${markdown.slice(markdown.indexOf(END))}`)
}

async function main(): Promise<number> {
  const dist = path.join(ROOT, 'dist')
  let found: FoundEntry[]
  try {
    found = privacyEntriesIn(dist)
  } catch {
    console.error('找不到编译后的小程序包 dist/：请先运行 npm run build:weapp。')
    return 1
  }
  console.log('隐私保护指引（mp.weixin.qq.com → 设置 → 功能设置 → 用户隐私保护指引）要声明：')
  console.log(checklistLines(found))
  for (const { entry, files } of found) console.log(`  ${entry.guide}：${files.join('、')}`)
  if (process.argv.includes('--write')) {
    writeChecklist(checklistLines(found))
    console.log(`已写入 ${path.relative(ROOT, CHECKLIST)}。`)
  }
  return 0
}

if (require.main === module) runScript(main)

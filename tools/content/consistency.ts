// Rules over every content file alike, found by walking the data: ids that repeat within a list, and dates that are
// not real days or lie in the future.
import type { ContentFileName } from '../../src/content/schema'
import type { Parsed, RuleContext } from './rules'
import type { JsonPath } from './source'

/** Every value in `value` with its path, the value itself first. */
function walk(value: unknown, path: JsonPath, visit: (value: unknown, path: JsonPath) => void): void {
  visit(value, path)
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit))
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit)
}

function eachFile(parsed: Parsed, visit: (file: ContentFileName, value: unknown, path: JsonPath) => void): void {
  for (const [file, data] of Object.entries(parsed) as [ContentFileName, unknown][]) walk(data, [], (value, path) => visit(file, value, path))
}

const idOf = (item: unknown) => (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined)

/** In every list of entries with an id (contacts, terms, corrections, sections, findings, the aid's lists …), each id once. */
export function checkUniqueIds(context: RuleContext): void {
  eachFile(context.parsed, (file, value, path) => {
    if (!Array.isArray(value)) return
    const firstIndex = new Map<string, number>()
    value.forEach((item, index) => {
      const id = idOf(item)
      if (id === undefined) return
      const first = firstIndex.get(id)
      if (first === undefined) {
        firstIndex.set(id, index)
        return
      }
      const line = context.lineOf(file, [...path, first, 'id'])
      context.report(file, [...path, index, 'id'], `编号 "${id}" 在第 ${line} 行已经用过了：每一项的编号不能重复，换一个没用过的`)
    })
  })
}

/** Fields that hold a date: checkedAt, reviewedAt, writtenAt, recordDate, the medical review's date … */
const DATE_KEY = /(At|Date)$|^date$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH = /^(\d{4})-(\d{2})$/

/** Whether a date written as a day (or a month) names a real one: not 2026-02-30, not 2026-13. */
function realDate(value: string): boolean {
  const day = DAY.exec(value)
  const month = day ?? MONTH.exec(value)
  if (!month) return true // its format is the schema's to refuse
  const [year, monthNumber, dayNumber] = [Number(month[1]), Number(month[2]), day ? Number(day[3]) : 1]
  const date = new Date(Date.UTC(year, monthNumber - 1, dayNumber))
  return date.getUTCMonth() === monthNumber - 1 && date.getUTCDate() === dayNumber
}

/**
 * Every date is a real day and none lies after `context.today` (a check, a record, a review cannot be dated in the
 * future: a year typed wrong, 2062 for 2026, is the usual cause). A month-only record date is compared by its month.
 */
export function checkDates(context: RuleContext): void {
  const today = context.today
  eachFile(context.parsed, (file, value, path) => {
    const key = path[path.length - 1]
    if (typeof value !== 'string' || typeof key !== 'string' || !DATE_KEY.test(key) || value === '') return
    if (!realDate(value)) {
      context.report(file, path, `没有 ${value} 这一天：月份是 01 到 12，日子不能超过这个月的天数。对照来源改正`)
    } else if ((DAY.test(value) || MONTH.test(value)) && value > today.slice(0, value.length)) {
      context.report(file, path, `日期 ${value} 晚于今天（${today}）：核对、记录和审阅的日期只能是今天或以前。是不是年份或月份写错了？对照来源改正`)
    }
  })
}

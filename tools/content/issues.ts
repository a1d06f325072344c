// A zod issue said for a volunteer: what is wrong with the value, and what to write instead.
import { ZodArray, ZodBoolean, ZodNumber, ZodObject, ZodString, type ZodIssue, type ZodTypeAny } from 'zod'
import { closest } from './closest'
import { core, describedName, description, fieldInWords, fieldName, fieldsOf, schemaAt } from './fields'
import type { JsonPath } from './source'

export interface IssueMessage {
  path: JsonPath
  /** Point at the field's name rather than its value (an unknown field). */
  at: 'value' | 'key'
  expected: string
}

const TYPE_WORDS: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  float: '小数',
  boolean: 'true 或 false',
  array: '列表 [ … ]',
  object: '一组字段 { … }',
  null: '空值 null'
}

const typeWords = (type: string) => TYPE_WORDS[type] ?? type

/** A value as it stands in the file, shortened. */
function shown(value: unknown): string {
  const written = JSON.stringify(value) ?? String(value)
  return written.length > 40 ? `${written.slice(0, 39)}…` : written
}

const isChinese = (message: string) => /[\u4e00-\u9fff]/.test(message)

/** The Chinese message the schema gives for its regex ("日期要写成 YYYY-MM-DD，例如 2026-12-01"). */
function formatRule(schema: ZodTypeAny | undefined): string | undefined {
  const inner = schema && core(schema)
  if (!(inner instanceof ZodString)) return undefined
  return inner._def.checks.find((check) => check.kind === 'regex' && check.message && isChinese(check.message))?.message
}

/** What to type for a missing field: "2026-12-01", "…", 一个数字, true 或 false, [ ], { }. */
function placeholder(schema: ZodTypeAny | undefined): string {
  const inner = schema && core(schema)
  if (inner instanceof ZodString) {
    const example = /例如 (\S+)/.exec(formatRule(inner) ?? '')?.[1]
    return `"${example ?? '…'}"`
  }
  if (inner instanceof ZodNumber) return '一个数字（不带引号）'
  if (inner instanceof ZodBoolean) return 'true 或 false'
  if (inner instanceof ZodArray) return '[ ]（一个列表）'
  if (inner instanceof ZodObject) return '{ }（一组字段）'
  return '…'
}

function valueAt(data: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data)
}

function wrongType(expected: string, received: string, value: unknown, schema: ZodTypeAny | undefined): string {
  if (value === null) {
    const rule = formatRule(schema)
    return `这里应当是${typeWords(expected)}，现在是 null：删掉 null，写上${typeWords(expected)}${rule ? `（${rule}）` : ''}`
  }
  const now = `这里应当是${typeWords(expected)}，现在是${typeWords(received)} ${shown(value)}`
  if (expected === 'number' || expected === 'integer') {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
    return Number.isFinite(number) ? `${now}：去掉引号，写成 ${number}` : `${now}：只写阿拉伯数字，不带引号和单位`
  }
  if (expected === 'string') return `${now}：用英文双引号括起来，写成 "${String(value)}"`
  if (expected === 'boolean') {
    return value === 'true' || value === 'false' ? `${now}：去掉引号，写成 ${value}` : `${now}：只能写 true（是）或 false（否），不带引号`
  }
  if (expected === 'array' && typeof value === 'string') return `${now}：用 [ ] 括起来，写成 [${shown(value)}]`
  return now
}

function missingField(key: string | number, schema: ZodTypeAny | undefined): string {
  const rule = formatRule(schema)
  return `缺少必填的“${fieldName(schema, key)}”：在这一组字段里加上 "${key}": ${placeholder(schema)}${rule ? `（${rule}）` : ''}`
}

/** An unknown field: the allowed one it resembles, or the level above where it belongs, or the allowed ones. */
function unknownField(key: string, objectPath: JsonPath, root: ZodTypeAny, data: unknown): string {
  const allowed = fieldsOf(schemaAt(root, objectPath, data), valueAt(data, objectPath))
  const near = allowed.find((field) => field.key === closest(key, allowed.map((candidate) => candidate.key)))
  if (near) return `没有这个字段 "${key}"，是不是拼错了？应当是 "${near.key}"（${fieldName(near.schema, near.key)}）`
  for (let depth = objectPath.length - 1; depth >= 0; depth -= 1) {
    const above = fieldsOf(schemaAt(root, objectPath.slice(0, depth), data), valueAt(data, objectPath.slice(0, depth))).find((field) => field.key === key)
    if (above) {
      const where = fieldInWords(root, objectPath.slice(0, depth), data)
      return `没有这个字段 "${key}"：“${fieldName(above.schema, key)}”不写在这里，而写在外面一层（${where}），那里一个就够了：删掉这一行`
    }
  }
  const listed = allowed.map((field) => {
    const name = describedName(field.schema)
    return name ? `${field.key}（${name}）` : field.key
  })
  return `没有这个字段 "${key}"，是不是拼错了？这里能写的字段有：${listed.join('、')}`
}

function countMessage(issue: ZodIssue & { code: 'too_small' | 'too_big' }, name: string, value: unknown): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum)
  if (issue.type === 'array') {
    const count = Array.isArray(value) ? value.length : 0
    if (isChinese(issue.message)) return `${issue.message}（现在有 ${count} 项）`
    const rule = issue.exact ? `应当正好有 ${limit} 项` : issue.code === 'too_small' ? `至少要有 ${limit} 项` : `最多只能有 ${limit} 项`
    return `“${name}”${rule}，现在有 ${count} 项`
  }
  if (issue.type === 'string') {
    if (isChinese(issue.message)) return issue.message
    return issue.code === 'too_small' ? `这里至少要写 ${limit} 个字` : `这里最多只能写 ${limit} 个字`
  }
  const bound = issue.code === 'too_small'
    ? (issue.inclusive ? `不能小于 ${limit}` : `要大于 ${limit}`)
    : (issue.inclusive ? `不能大于 ${limit}` : `要小于 ${limit}`)
  return `这里的数字${bound}，现在是 ${shown(value)}`
}

/** A value outside a list of allowed ones: the list, the nearest, and what each means (the field's description). */
function enumMessage(options: (string | number)[], received: unknown, schema: ZodTypeAny | undefined): string {
  const near = closest(String(received), options.map(String))
  const meaning = description(schema)?.split('：').slice(1).join('：')
  return `这里只能写下面之一：${options.map((option) => `"${option}"`).join('、')}；现在是 ${shown(received)}` +
    `${near ? `，是不是想写 "${near}"？` : ''}${meaning ? `。各自的意思：${meaning}` : ''}`
}

/** One zod issue as messages, each at its own path (an issue may name several unknown fields). */
export function issueMessages(issue: ZodIssue, root: ZodTypeAny, data: unknown): IssueMessage[] {
  const path = issue.path
  const schema = schemaAt(root, path, data)
  const value = valueAt(data, path)
  const at = (expected: string): IssueMessage[] => [{ path, at: 'value', expected }]
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return at(missingField(path[path.length - 1] ?? '', schema))
      if (issue.expected === 'integer' && issue.received === 'float') return at(`这里应当是整数，现在是 ${shown(value)}：去掉小数部分`)
      return at(wrongType(issue.expected, issue.received, value, schema))
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], at: 'key' as const, expected: unknownField(key, path, root, data) }))
    case 'invalid_enum_value':
      return at(enumMessage(issue.options, issue.received, schema))
    case 'too_small':
    case 'too_big':
      return at(countMessage(issue, fieldName(schema, path[path.length - 1] ?? ''), value))
    case 'invalid_string':
      return at(`${isChinese(issue.message) ? issue.message : '格式不对'}；现在是 ${shown(value)}`)
    default:
      return at(issue.message)
  }
}

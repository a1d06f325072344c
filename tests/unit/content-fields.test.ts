import { z } from 'zod'
import { fieldInWords } from '../../tools/content/fields'

const schema = z.object({
  trials: z.array(z.object({
    id: z.string(),
    enrollment: z.object({ planned: z.number().optional().describe('计划入组人数：只写数字') }).strict().describe('入组人数')
  }).strict().refine(() => true)).describe('试验：每项试验一条'),
  rows: z.array(z.object({ label: z.string() }))
})
const data = { trials: [{ id: 'astis', enrollment: {} }, { id: 'scot', enrollment: {} }], rows: [{ label: 'a' }, {}] }

test('a field is named by its description up to the first "：", an entry by its place and id', () => {
  expect(fieldInWords(schema, ['trials', 1, 'enrollment', 'planned'], data)).toBe('试验第 2 项（scot） › 入组人数 › 计划入组人数')
})

test('a field without a description is named by its key', () => {
  expect(fieldInWords(schema, ['rows', 1, 'label'], data)).toBe('字段 rows 第 2 项 › 字段 label')
})

test('the file as a whole, and a key the schema does not know', () => {
  expect(fieldInWords(schema, [], data)).toBe('整个文件')
  expect(fieldInWords(schema, ['trials', 0, 'chekedAt'], data)).toBe('试验第 1 项（astis） › 字段 chekedAt')
})

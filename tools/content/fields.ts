// Fields in words: each zod field's `.describe('名字：说明')` (src/content/schema.ts) names it in the content
// check's messages, so the names live in one place with the schema and the editor's JSON Schema.
import { ZodArray, ZodDefault, ZodDiscriminatedUnion, ZodEffects, ZodNullable, ZodObject, ZodOptional, type ZodTypeAny } from 'zod'
import type { JsonPath } from './source'

/** The schema inside optional, nullable, default and refinement wrappers, outermost first. */
function layers(schema: ZodTypeAny): ZodTypeAny[] {
  const found = [schema]
  for (let inner = schema; ;) {
    if (inner instanceof ZodOptional || inner instanceof ZodNullable) inner = inner.unwrap()
    else if (inner instanceof ZodDefault) inner = inner.removeDefault()
    else if (inner instanceof ZodEffects) inner = inner.innerType()
    else return found
    found.push(inner)
  }
}

/** The schema without its wrappers: an object, an array, a string … */
export function core(schema: ZodTypeAny): ZodTypeAny {
  const found = layers(schema)
  return found[found.length - 1]
}

/**
 * The object schema a value of a discriminated union is read with (a finding is randomised or single-group): the
 * option its discriminator names, else the first option that has `key`.
 */
function optionOf(union: ZodDiscriminatedUnion<string, ZodObject<never>[]>, value: unknown, key: string): ZodTypeAny | undefined {
  const tag = value && typeof value === 'object' ? (value as Record<string, unknown>)[union.discriminator] : undefined
  const options = union.options as ZodObject<Record<string, ZodTypeAny>>[]
  return options.find((option) => core(option.shape[union.discriminator]).safeParse(tag).success)
    ?? options.find((option) => key in option.shape)
}

/**
 * The schema of a field (a key of an object) or of an item (an index of an array); `value` is the object the key is
 * read from, where a union needs it to choose its option.
 */
export function childSchema(schema: ZodTypeAny | undefined, key: string | number, value?: unknown): ZodTypeAny | undefined {
  let inner = schema && core(schema)
  if (inner instanceof ZodDiscriminatedUnion && typeof key === 'string') inner = optionOf(inner, value, key)
  inner = inner && core(inner)
  if (inner instanceof ZodObject && typeof key === 'string') return (inner.shape as Record<string, ZodTypeAny>)[key]
  if (inner instanceof ZodArray && typeof key === 'number') return inner.element as ZodTypeAny
  return undefined
}

/** The schema at `path`; `data` (the file's content) lets a union choose the option each value is read with. */
export function schemaAt(root: ZodTypeAny, path: JsonPath, data?: unknown): ZodTypeAny | undefined {
  let value = data
  return path.reduce<ZodTypeAny | undefined>((schema, key) => {
    const child = childSchema(schema, key, value)
    value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined
    return child
  }, root)
}

export function description(schema: ZodTypeAny | undefined): string | undefined {
  return schema && layers(schema).find((layer) => layer.description)?.description
}

/** A field's name in words: its description up to the first "：", where it has one. */
export function describedName(schema: ZodTypeAny | undefined): string | undefined {
  return description(schema)?.split('：')[0]
}

/** A field's name in words, or its key where it has no description ("字段 rows"). */
export function fieldName(schema: ZodTypeAny | undefined, key: string | number): string {
  return describedName(schema) ?? `字段 ${key}`
}

/** What an entry of a list is called by: its id, where it has one. */
function idOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined
  const { id, trialId } = value as { id?: unknown; trialId?: unknown }
  return [id, trialId].find((candidate): candidate is string => typeof candidate === 'string' && candidate !== '')
}

/**
 * The place of `path` in words, from the file's top down: "试验第 3 项（assist） › 入组人数 › 计划入组人数".
 * `data` is the file's content, for the ids of entries.
 */
export function fieldInWords(root: ZodTypeAny, path: JsonPath, data: unknown): string {
  const parts: string[] = []
  let schema: ZodTypeAny | undefined = root
  let value = data
  for (const key of path) {
    schema = childSchema(schema, key, value)
    value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined
    if (typeof key === 'number') {
      const id = idOf(value)
      const list = parts.pop() ?? '列表'
      parts.push(`${list}${/[A-Za-z]$/.test(list) ? ' ' : ''}第 ${key + 1} 项${id ? `（${id}）` : ''}`)
    } else {
      parts.push(fieldName(schema, key))
    }
  }
  return parts.join(' › ') || '整个文件'
}

/** The keys an object schema allows, each with its schema (for a union, those of the option `value` is read with). */
export function fieldsOf(schema: ZodTypeAny | undefined, value?: unknown): { key: string; schema: ZodTypeAny }[] {
  let inner = schema && core(schema)
  if (inner instanceof ZodDiscriminatedUnion) inner = optionOf(inner, value, '') ?? (inner.options as ZodTypeAny[])[0]
  inner = inner && core(inner)
  if (!(inner instanceof ZodObject)) return []
  return Object.entries(inner.shape as Record<string, ZodTypeAny>).map(([key, field]) => ({ key, schema: field }))
}

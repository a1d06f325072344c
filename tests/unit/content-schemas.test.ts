import { existsSync, readFileSync } from 'fs'
import path from 'path'
import Ajv from 'ajv'
import { z } from 'zod'
import { contentFiles, metaSchema, type ContentFileName } from '../../src/content/schema'
import { outdatedSchemas, schemaPath } from '../../tools/content/json-schema'

const ROOT = path.resolve(__dirname, '../..')
const FILES = Object.keys(contentFiles) as ContentFileName[]

const committed = (file: ContentFileName) => JSON.parse(readFileSync(schemaPath(file), 'utf8'))
const content = (file: ContentFileName) => JSON.parse(readFileSync(path.join(ROOT, 'src/content', file), 'utf8'))

/** The committed schema as a validator: ajv, strict, knowing VS Code's patternErrorMessage. */
function validator(file: ContentFileName) {
  const ajv = new Ajv({ allErrors: true, strict: true })
  ajv.addKeyword('patternErrorMessage')
  return ajv.compile(committed(file))
}

test('the committed schemas are the ones the zod schemas generate (npm run content:schema writes them)', () => {
  expect(outdatedSchemas()).toEqual([])
})

test('a field added to a zod schema without regenerating leaves its committed schema out of date', () => {
  const withNewField = { ...contentFiles, 'meta.json': metaSchema.extend({ newField: z.string().describe('新字段') }) }
  expect(outdatedSchemas(withNewField)).toEqual(['meta.json'])
})

test.each(FILES)('%s validates against its committed schema', (file) => {
  const validate = validator(file)
  expect(validate(content(file)) ? [] : validate.errors).toEqual([])
})

test('the schema refuses what a volunteer mistypes: a number in quotes, a misspelt field, a malformed date', () => {
  const trials = content('trials.json')
  trials.trials[2].enrollment.planned = '160'
  trials.trials[1].endYearPlaned = trials.trials[1].endYearPlanned
  delete trials.trials[1].endYearPlanned
  const validateTrials = validator('trials.json')
  expect(validateTrials(trials)).toBe(false)
  expect(validateTrials.errors?.map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }))).toEqual(expect.arrayContaining([
    { instancePath: '/trials/2/enrollment/planned', keyword: 'type', params: { type: 'integer' } },
    { instancePath: '/trials/1', keyword: 'additionalProperties', params: { additionalProperty: 'endYearPlaned' } },
    { instancePath: '/trials/1', keyword: 'required', params: { missingProperty: 'endYearPlanned' } }
  ]))

  const findings = content('findings.json')
  findings.checkedAt = '1.12.2026'
  const validateFindings = validator('findings.json')
  expect(validateFindings(findings)).toBe(false)
  expect(validateFindings.errors?.map((error) => [error.instancePath, error.keyword])).toEqual([['/checkedAt', 'pattern']])
  // What VS Code says instead of "String does not match the pattern", and on hover.
  expect(committed('findings.json').properties.checkedAt).toEqual(expect.objectContaining({
    patternErrorMessage: '日期要写成 YYYY-MM-DD，例如 2026-12-01',
    description: expect.stringMatching(/^核对日期：/)
  }))
})

/** Paths of the properties in a JSON Schema that carry no description. */
function undescribed(schema: Record<string, unknown>, at: string): string[] {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>
  const items = schema.items as Record<string, unknown> | undefined
  return [
    ...Object.entries(properties).flatMap(([key, property]) => [...(property.description ? [] : [`${at}.${key}`]), ...undescribed(property, `${at}.${key}`)]),
    ...(items ? undescribed(items, `${at}[]`) : [])
  ]
}

test('every field has a Chinese description for the editor', () => {
  expect(FILES.flatMap((file) => undescribed(committed(file), file))).toEqual([])
  for (const file of FILES) expect(committed(file).description).toMatch(new RegExp(`^${file}：`))
})

test('.vscode/settings.json maps each content file to its committed schema', () => {
  const settings = JSON.parse(readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8'))['json.schemas'] as { fileMatch: string[]; url: string }[]
  for (const file of FILES) {
    const mapping = settings.find((entry) => entry.fileMatch.includes(`/src/content/${file}`))
    expect(mapping && path.resolve(ROOT, mapping.url)).toBe(schemaPath(file))
    expect(existsSync(schemaPath(file))).toBe(true)
  }
})

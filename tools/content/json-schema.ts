// JSON Schemas of the content files, for editors: generated from the zod schemas (src/content/schema.ts) by
// zod-to-json-schema, never written by hand. .vscode/settings.json maps each content file to its schema, so VS Code
// underlines a mistake while it is typed and shows each field's Chinese description on hover. Refinements (count
// or percent, end year after start year) and the rules between files cannot be said in JSON Schema: the content
// check covers them.
import { readFileSync } from 'fs'
import path from 'path'
import type { ZodTypeAny } from 'zod'
import { zodToJsonSchema } from 'zod-to-json-schema'
import { contentFiles, type ContentFileName } from '../../src/content/schema'

export const SCHEMA_DIR = path.resolve(__dirname, '../../src/content/schemas')

/** src/content/schemas/trials.schema.json for trials.json. */
export function schemaPath(file: ContentFileName): string {
  return path.join(SCHEMA_DIR, file.replace(/\.json$/, '.schema.json'))
}

type JsonSchemaNode = { [key: string]: unknown }

/**
 * zod-to-json-schema writes a regex's message as ajv-errors' `errorMessage: { pattern }`; VS Code shows
 * `patternErrorMessage` instead of "String does not match the pattern of …", so it gets that, and nothing else.
 */
function patternMessages(node: JsonSchemaNode): JsonSchemaNode {
  const { errorMessage, ...rest } = node as { errorMessage?: { pattern?: string } }
  return errorMessage?.pattern ? { ...rest, patternErrorMessage: errorMessage.pattern } : rest
}

/** The JSON Schema of one content file, as the text committed for it. */
export function jsonSchemaText(schema: ZodTypeAny, file: ContentFileName): string {
  // zod-to-json-schema types its argument with zod/v3's declarations, which TypeScript cannot match against the
  // same classes declared by "zod" without recursing too deep: the value is the same zod 3 schema.
  const generated = zodToJsonSchema(schema as unknown as Parameters<typeof zodToJsonSchema>[0], {
    // Every field inline, each with its own description, as an editor shows it.
    $refStrategy: 'none',
    errorMessages: true,
    postProcess: (jsonSchema) => jsonSchema && (patternMessages(jsonSchema as JsonSchemaNode) as typeof jsonSchema)
  })
  return `${JSON.stringify({ title: file, ...generated }, null, 2)}\n`
}

/** The files whose committed schema differs from the one `schemas` generate (all of them by default). */
export function outdatedSchemas(schemas: Record<ContentFileName, ZodTypeAny> = contentFiles): ContentFileName[] {
  return (Object.keys(schemas) as ContentFileName[]).filter((file) => {
    let committed: string | undefined
    try {
      committed = readFileSync(schemaPath(file), 'utf8')
    } catch {
      committed = undefined
    }
    return committed !== jsonSchemaText(schemas[file], file)
  })
}

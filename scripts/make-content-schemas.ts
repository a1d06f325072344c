// `npm run content:schema`: writes src/content/schemas/<file>.schema.json from the zod schemas, for editors.
// Run it after changing src/content/schema.ts; a test fails while a committed schema is out of date.
import { mkdirSync, writeFileSync } from 'fs'
import path from 'path'
import { contentFiles, type ContentFileName } from '../src/content/schema'
import { jsonSchemaText, outdatedSchemas, SCHEMA_DIR, schemaPath } from '../tools/content/json-schema'

mkdirSync(SCHEMA_DIR, { recursive: true })
const outdated = outdatedSchemas()
for (const file of outdated) writeFileSync(schemaPath(file), jsonSchemaText(contentFiles[file as ContentFileName], file))
console.log(outdated.length > 0
  ? `已更新 ${outdated.map((file) => path.relative(process.cwd(), schemaPath(file))).join('、')}`
  : `${path.relative(process.cwd(), SCHEMA_DIR)}/ 里的 schema 都是最新的`)

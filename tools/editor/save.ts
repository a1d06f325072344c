// Saving a content file from the editor. The new text is checked in a copy of the content folder first; the file
// is written only when the check finds no problem in it and no new problem elsewhere (a rule between files, e.g. a
// finding that decide.json still names, counts too: the preview would refuse that content anyway). So a file the
// editor writes always parses, satisfies its schema and keeps `npm run content:check` as it was or better.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { contentFiles, type ContentFileName } from '../../src/content/schema'
import { validateContent, type ContentProblem } from '../content/validate'
import { rewriteJson } from './json-text'
import { readOnlyChanges } from './read-only'

/** A problem as the editor shows it: beside the field at `path` when `file` is the one on screen. */
export interface EditorProblem {
  file: string
  path: string
  field: string
  expected: string
  line?: number
}

export type SaveResult = { saved: true } | { saved: false; problems: EditorProblem[] }

/** Said when a file on disk is not JSON (edited by hand): the editor neither shows nor overwrites it. */
export const UNREADABLE = '这个文件现在不是正确的 JSON，编辑器打不开它：在终端运行 npm run content:check，它会说出错在第几行、怎样改；用文本编辑器改好、保存后，刷新编辑器'

export const isContentFile = (name: string): name is ContentFileName => Object.prototype.hasOwnProperty.call(contentFiles, name)

const key = (problem: ContentProblem) => `${path.basename(problem.file)}\n${problem.path}\n${problem.expected}`

function editorProblem(problem: ContentProblem): EditorProblem {
  return { file: path.basename(problem.file), path: problem.path, field: problem.field, expected: problem.expected, line: problem.line }
}

/** The content check of `dir` with `name` replaced by `text`, run in a copy so that nothing in `dir` changes. */
function checkWith(dir: string, name: ContentFileName, text: string): ContentProblem[] {
  const copy = mkdtempSync(path.join(tmpdir(), 'content-edit-'))
  try {
    cpSync(dir, copy, { recursive: true })
    writeFileSync(path.join(copy, name), text)
    return validateContent(copy)
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

export function saveContentFile(dir: string, name: ContentFileName, data: unknown): SaveResult {
  const file = path.join(dir, name)
  const current = readFileSync(file, 'utf8')
  let before: unknown
  try {
    before = JSON.parse(current.replace(/^\uFEFF/, ''))
  } catch {
    return { saved: false, problems: [{ file: name, path: '', field: 'JSON 格式', expected: UNREADABLE }] }
  }
  const touched = readOnlyChanges(name, before, data)
  if (touched.length > 0) {
    return {
      saved: false,
      problems: touched.map((place) => ({
        file: name,
        path: place,
        field: '手册原文',
        expected: '这是2016年手册的原文，不能改：要补充或更正，请在 corrections.json 里加一条勘误或说明，它会紧挨着原句显示（见 docs/editing.md）'
      }))
    }
  }
  const text = rewriteJson(current, data)
  const known = new Set(validateContent(dir).map(key))
  const problems = checkWith(dir, name, text).filter((problem) => path.basename(problem.file) === name || !known.has(key(problem)))
  if (problems.length > 0) return { saved: false, problems: problems.map(editorProblem) }
  writeFileSync(file, text)
  return { saved: true }
}

// The editor in the browser: a form per content file (rjsf, from the file's JSON Schema), saved through the preview's
// /edit/api/save. The content check's messages stand beside the fields they name; everything is in Chinese.
import Form from '@rjsf/core'
import { englishStringTranslator, getTemplate, TranslatableString, type ErrorSchema, type IconButtonProps, type RJSFSchema, type UiSchema, type WidgetProps } from '@rjsf/utils'
import validator from '@rjsf/validator-ajv8'
import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import type { EditorFile } from './server'
import type { EditorProblem } from './save'

/** The form library's own words, in Chinese (the rest keep its English, which no content form shows). */
const WORDS: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.ArrayItemTitle]: '一项',
  [TranslatableString.EmptyArray]: '还没有内容：点下面的“添加一项”。',
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.CloseLabel]: '关闭',
  [TranslatableString.ErrorsLabel]: '要改的地方',
  [TranslatableString.NewStringDefault]: '新的文字',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.AddItemButton]: '添加一项',
  [TranslatableString.CopyButton]: '复制这一项',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.RemoveButton]: '删除这一项',
  [TranslatableString.ClearLabel]: '清除',
  [TranslatableString.ClearButton]: '清空',
  [TranslatableString.OptionalObjectAdd]: '填写这一项',
  [TranslatableString.OptionalObjectRemove]: '不填这一项',
  [TranslatableString.OptionalObjectEmptyMsg]: '这一项没有填写',
  [TranslatableString.DecrementAriaLabel]: '减 1',
  [TranslatableString.IncrementAriaLabel]: '加 1',
  [TranslatableString.OptionPrefix]: '选项 %1',
  [TranslatableString.TitleOptionPrefix]: '%1：选项 %2',
  [TranslatableString.KeyLabel]: '%1 的名字',
  [TranslatableString.Type]: '类型',
  [TranslatableString.Value]: '值'
}

function translate(id: TranslatableString, params?: string[]): string {
  const word = WORDS[id]
  return word ? (params ?? []).reduce((text, param, index) => text.replace(`%${index + 1}`, param), word) : englishStringTranslator(id, params)
}

/** Long texts (paragraphs) in a box that shows them whole; a required text cleared stays "" so that the check names it. */
function TextWidget(props: WidgetProps) {
  const emptyValue = props.required ? '' : undefined
  const text = typeof props.value === 'string' ? props.value : ''
  if (props.schema.type !== 'string' || text.length <= 30) {
    const BaseInput = getTemplate('BaseInputTemplate', props.registry, props.options)
    return <BaseInput {...props} options={{ ...props.options, emptyValue }} />
  }
  return (
    <textarea
      id={props.id}
      name={props.id}
      value={text}
      rows={Math.min(12, Math.ceil(text.length / 36) + 1)}
      readOnly={props.readonly}
      disabled={props.disabled}
      aria-describedby={`${props.id}__error ${props.id}__description`}
      onChange={(event) => props.onChange(event.target.value === '' ? emptyValue : event.target.value)}
      onBlur={(event) => props.onBlur(props.id, event.target.value)}
      onFocus={(event) => props.onFocus(props.id, event.target.value)}
    />
  )
}

/** The list buttons with their words, not the library's icons (an icon font the page does not load). */
function wordButton(word: TranslatableString) {
  return function WordButton({ id, className, onClick, disabled, registry }: IconButtonProps) {
    return <button type='button' id={id} className={className} onClick={onClick} disabled={disabled}>{registry.translateString(word)}</button>
  }
}

const BUTTONS = {
  AddButton: wordButton(TranslatableString.AddItemButton),
  CopyButton: wordButton(TranslatableString.CopyButton),
  MoveDownButton: wordButton(TranslatableString.MoveDownButton),
  MoveUpButton: wordButton(TranslatableString.MoveUpButton),
  RemoveButton: wordButton(TranslatableString.RemoveButton)
}

const NO_DEFAULTS = { constAsDefaults: 'never', emptyObjectFields: 'skipDefaults', arrayMinItems: { populate: 'never' }, allOf: 'skipDefaults' } as const

/** "contacts[0].value" as the form's error tree, with the check's message at its leaf. */
function errorTree(problems: EditorProblem[]): ErrorSchema {
  const tree: Record<string, unknown> = {}
  for (const problem of problems) {
    const node = (problem.path.match(/[^.[\]]+/g) ?? []).reduce<Record<string, unknown>>((parent, key) => (parent[key] ??= {}) as Record<string, unknown>, tree)
    node.__errors = [...((node.__errors as string[] | undefined) ?? []), problem.expected]
  }
  return tree as ErrorSchema
}

type Outcome =
  | { kind: 'saving' }
  | { kind: 'saved'; file: string }
  | { kind: 'refused'; message?: string; problems: EditorProblem[] }

async function post(file: string, data: unknown, code: string): Promise<{ saved: boolean; message?: string; needsCode?: boolean; problems?: EditorProblem[] }> {
  const response = await fetch('/edit/api/save', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Edit-Code': code },
    body: JSON.stringify({ file, data })
  })
  return response.json()
}

function Problems({ outcome, current }: { outcome: Outcome; current: string }) {
  if (outcome.kind === 'saving') return <p className='message' role='status'>正在检查并保存……</p>
  if (outcome.kind === 'saved') {
    return (
      <p className='message saved' role='status'>
        已保存 {outcome.file}，内容检查通过。预览正在按新内容重新构建（通常 20 到 60 秒），右边的预览会自动刷新。
      </p>
    )
  }
  return (
    <div className='message refused' role='alert'>
      <p><strong>没有保存，文件没有改动。</strong>{outcome.message}</p>
      {outcome.problems.length > 0 && <p>内容检查发现 {outcome.problems.length} 处要改（红字也显示在对应的栏目下面）：</p>}
      <ul>
        {outcome.problems.map((problem, index) => (
          <li key={index}>
            {problem.file === current ? '' : `${problem.file}：`}{problem.field}{problem.line ? `（第 ${problem.line} 行）` : ''}：{problem.expected}
          </li>
        ))}
      </ul>
    </div>
  )
}

function Editor() {
  const [files, setFiles] = useState<EditorFile[]>()
  const [needsCode, setNeedsCode] = useState(false)
  const [loadError, setLoadError] = useState<string>()
  const [current, setCurrent] = useState<string>()
  const [drafts, setDrafts] = useState<Record<string, unknown>>({})
  const [outcome, setOutcome] = useState<Outcome>()
  const [code, setCode] = useState(() => sessionStorage.getItem('edit-code') ?? '')

  useEffect(() => {
    fetch('/edit/api/files')
      .then((response) => response.json())
      .then((answer: { needsCode: boolean; files: EditorFile[] }) => {
        setFiles(answer.files)
        setNeedsCode(answer.needsCode)
        setCurrent(new URLSearchParams(window.location.search).get('file') ?? answer.files[0]?.name)
      })
      .catch(() => setLoadError('打不开编辑器：预览好像已经停止了。在终端重新运行 npm run preview，再刷新这一页。'))
  }, [])

  if (loadError) return <p className='message refused' role='alert'>{loadError}</p>
  if (!files) return <p>正在打开编辑器……</p>
  const file = files.find((candidate) => candidate.name === current) ?? files[0]
  const data = drafts[file.name] ?? file.data
  const problems = outcome?.kind === 'refused' ? outcome.problems.filter((problem) => problem.file === file.name) : []

  const open = (name: string) => {
    setCurrent(name)
    setOutcome(undefined)
    window.history.replaceState(null, '', `?file=${encodeURIComponent(name)}`)
  }

  const save = async (formData: unknown) => {
    setOutcome({ kind: 'saving' })
    try {
      const result = await post(file.name, formData, code)
      if (result.needsCode) setNeedsCode(true)
      if (result.saved) {
        setFiles(files.map((candidate) => (candidate.name === file.name ? { ...candidate, data: formData } : candidate)))
        setOutcome({ kind: 'saved', file: file.name })
      } else setOutcome({ kind: 'refused', message: result.message, problems: result.problems ?? [] })
    } catch {
      setOutcome({ kind: 'refused', message: '连不上预览：它好像已经停止了。在终端重新运行 npm run preview，再点“保存”。', problems: [] })
    }
  }

  const description = typeof file.schema.description === 'string' ? file.schema.description : ''
  return (
    <>
      <h1>内容编辑器</h1>
      <p>每个内容文件一张表。改好后点“保存”：先做内容检查，通过才写进文件，右边的预览随后自动刷新。</p>
      {needsCode && (
        <p>
          <label htmlFor='edit-code'>编辑码（运行 npm run preview 的终端里显示的 6 位数字）</label>
          <input id='edit-code' inputMode='numeric' autoComplete='off' value={code} onChange={(event) => {
            setCode(event.target.value.trim())
            sessionStorage.setItem('edit-code', event.target.value.trim())
          }}
          />
        </p>
      )}
      <nav aria-label='内容文件'>
        {files.map((candidate) => (
          <button key={candidate.name} type='button' aria-current={candidate.name === file.name} onClick={() => open(candidate.name)}>
            {candidate.name}
          </button>
        ))}
      </nav>
      <h2>{file.name}：{description}</h2>
      {Object.keys(file.uiSchema).length > 0 && <p className='read-only-note'>灰色的栏目是2016年手册的原文，只能看、不能改；要补充或更正，请在 corrections.json 里加一条勘误或说明。</p>}
      {outcome && <Problems outcome={outcome} current={file.name} />}
      {file.unreadable ? (
        <p className='message refused' role='alert'>{file.unreadable}</p>
      ) : (
        <Form
          key={file.name}
          schema={{ ...file.schema, title: '', description: '' } as RJSFSchema}
          uiSchema={{ ...(file.uiSchema as UiSchema), 'ui:submitButtonOptions': { norender: true } }}
          formData={data}
          validator={validator}
          noValidate
          noHtml5Validate
          // The form shows the file as it is: no value the file does not hold (a `const` such as controlCannotHaveIt: true,
          // an empty list item, an empty object) is filled in by the form library.
          experimental_defaultFormStateBehavior={NO_DEFAULTS}
          templates={{ ButtonTemplates: BUTTONS }}
          showErrorList={false}
          extraErrors={errorTree(problems)}
          translateString={translate}
          widgets={{ TextWidget }}
          onChange={(event) => setDrafts({ ...drafts, [file.name]: event.formData })}
          onSubmit={(event) => void save(event.formData)}
        >
          <div className='actions'>
            <button type='submit' disabled={outcome?.kind === 'saving'}>保存 {file.name}</button>
          </div>
        </Form>
      )}
    </>
  )
}

createRoot(document.getElementById('editor')!).render(<Editor />)

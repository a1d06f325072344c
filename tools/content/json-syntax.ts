// What is wrong with a content file that is not valid JSON, said for a volunteer: where to look and what to type.
//
// Parsed with jsonc-parser (Microsoft's parser behind VS Code's JSON support, kept with VS Code): it reports
// every error with its offset and goes on, so the place named here is the place an editor underlines. Node's
// JSON.parse names only the first position and says nothing a volunteer can act on. Comments and trailing commas
// are refused as JSON.parse (and so the build) refuses them.
import { createScanner, parse, printParseErrorCode, type ParseError } from 'jsonc-parser'

export interface SyntaxProblem {
  /** Where to change the text (0-based offset; a caret goes under it). */
  offset: number
  length: number
  /** What is wrong and what to type instead, in Chinese. */
  message: string
}

const CLOSER: Record<string, string> = { '{': '}', '[': ']' }
const CONTAINER: Record<string, string> = { '{': '一组字段 {', '[': '列表 [' }

/** Full-width (Chinese input) punctuation typed where JSON needs its ASCII sign. */
const FULL_WIDTH: Record<string, string> = { '“': '"', '”': '"', '‘': '"', '’': '"', '，': ',', '：': ':', '【': '[', '】': ']', '｛': '{', '｝': '}', '「': '"', '」': '"' }

interface Token {
  text: string
  offset: number
  /** The first token on its line, and that line's indentation. */
  startsLine: boolean
  indent: number
}

/** The significant tokens of the text (no whitespace), each knowing whether it starts its line. */
function tokens(text: string): Token[] {
  const scanner = createScanner(text, false)
  const found: Token[] = []
  let startsLine = true
  let indent = 0
  for (;;) {
    scanner.scan()
    const offset = scanner.getTokenOffset()
    const length = scanner.getTokenLength()
    if (offset >= text.length && length === 0) return found
    const token = text.slice(offset, offset + length)
    if (/^\s+$/.test(token)) {
      if (token.includes('\n')) {
        startsLine = true
        indent = token.length - token.lastIndexOf('\n') - 1
      } else if (startsLine) indent += token.length
      continue
    }
    found.push({ text: token, offset, startsLine, indent: startsLine ? indent : -1 })
    startsLine = false
  }
}

interface Opener {
  char: string
  offset: number
  indent: number
}

type BracketFinding = { unclosed: Opener; before: number } | { extra: Token }

/**
 * A bracket that was never closed, or one too many. JSON alone cannot say where a missing ] belonged; the
 * indentation can: in these files a nested line is indented deeper than the line that opened its container, and
 * the closing bracket stands as deep as that line. So the first line that comes out of a container without closing
 * it shows where the bracket is missing.
 */
function bracketFinding(text: string): BracketFinding | undefined {
  const open: Opener[] = []
  let lineIndent = 0
  let previous: Token | undefined
  for (const token of tokens(text)) {
    if (token.startsLine) lineIndent = token.indent
    const top = open[open.length - 1]
    const closer = token.text === '}' || token.text === ']'
    if (closer) {
      if (!top) return { extra: token }
      if (token.startsLine && token.indent < top.indent) return { unclosed: top, before: token.offset }
      if (CLOSER[top.char] !== token.text) {
        const below = open[open.length - 2]
        return below && CLOSER[below.char] === token.text ? { unclosed: top, before: token.offset } : { extra: token }
      }
      open.pop()
    } else if (top && token.startsLine && token.indent <= top.indent && token.text !== ',') {
      return { unclosed: top, before: token.offset }
    } else if (token.text === ':' && top?.char === '[' && previous) {
      // A field name inside a list: the list before it was not closed.
      return { unclosed: top, before: previous.offset }
    }
    if (token.text === '{' || token.text === '[') open.push({ char: token.text, offset: token.offset, indent: lineIndent })
    previous = token
  }
  const top = open[open.length - 1]
  return top ? { unclosed: top, before: text.length } : undefined
}

/** The offset of the last non-blank character before `offset` (-1 when there is none). */
function lastCharBefore(text: string, offset: number): number {
  let index = offset - 1
  while (index >= 0 && /\s/.test(text[index])) index -= 1
  return index
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length

function describeBrackets(text: string, finding: BracketFinding): SyntaxProblem {
  if ('extra' in finding) {
    return { offset: finding.extra.offset, length: 1, message: `这里多了一个 ${finding.extra.text}，前面没有和它对应的开头：删掉它` }
  }
  const { unclosed, before } = finding
  const close = CLOSER[unclosed.char]
  const last = lastCharBefore(text, before)
  // The bracket goes after the last item; before its comma, if one follows it.
  const atComma = text[last] === ','
  const offset = atComma ? last : last + 1
  const followed = before < text.length && text[before] !== '}' && text[before] !== ']'
  const type = atComma || !followed ? close : `${close},`
  const where = before >= text.length ? '在文件末尾' : '在这里'
  return {
    offset,
    length: 1,
    message: `第 ${lineOf(text, unclosed.offset)} 行开始的${CONTAINER[unclosed.char]} 没有结束：${where}加上 ${type}`
  }
}

/** A comma after the last item, the commonest slip when a list is edited. */
function trailingComma(text: string, error: ParseError): SyntaxProblem | undefined {
  const code = printParseErrorCode(error.error)
  const comma = lastCharBefore(text, error.offset)
  if ((code === 'ValueExpected' || code === 'PropertyNameExpected') && /[\]}]/.test(text[error.offset]) && text[comma] === ',') {
    return { offset: comma, length: 1, message: '最后一项后面多了一个逗号：删掉这个逗号（JSON 里最后一项的后面不能有逗号）' }
  }
  return undefined
}

const MISSING_CLOSE = '这段文字少了结束的英文双引号 "：它应当在这里结束，在这个逗号前面加上 "'

/**
 * A text whose closing quote is missing in the middle of a line (`"value": "028-1234, "action": …`): the text runs
 * on to the next item's opening quote, and what follows (action": …) looks like a stray quote. The comma the text
 * now ends with is where it should have ended. `end` is the offset of the quote that ended it; undefined when the
 * text does not end with a comma or nothing after it reads as the rest of an item.
 */
function missingCloseBefore(text: string, end: number): SyntaxProblem | undefined {
  const start = text.lastIndexOf('"', end - 1)
  const comma = /,\s*$/.exec(text.slice(start + 1, end))
  const rest = text.slice(end + 1, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end))
  if (start < 0 || !comma || !/^[^"]*"\s*[:,\]}]/.test(rest)) return undefined
  return { offset: start + 1 + comma.index, length: 1, message: `${MISSING_CLOSE}（后面那个 " 是下一项的开头，不是多出来的引号）` }
}

/**
 * A text that runs to the end of its line: its closing quote is missing. It should end before the comma that ends
 * the line, if there is one, else at the line's end.
 */
function unterminated(text: string, opening: number): SyntaxProblem {
  const lineEnd = text.indexOf('\n', opening) < 0 ? text.length : text.indexOf('\n', opening)
  const line = text.slice(opening + 1, lineEnd).replace(/\r$/, '')
  const comma = /,\s*$/.exec(line)
  if (comma) return { offset: opening + 1 + comma.index, length: 1, message: MISSING_CLOSE }
  return { offset: opening + 1 + line.length, length: 1, message: '这段文字少了结束的英文双引号 "：在这一行的文字末尾加上 "。文字不能换行；文字中间的引号请用中文引号“”' }
}

/** The first error, said in words; the errors after it usually follow from it. */
function describeError(text: string, error: ParseError): SyntaxProblem {
  const { offset, length } = error
  const found = text.slice(offset, offset + Math.max(length, 1))
  const at = (message: string, where = offset, size = Math.max(length, 1)) => ({ offset: where, length: size, message })
  const code = printParseErrorCode(error.error)
  const previous = lastCharBefore(text, offset)
  const fullWidth = FULL_WIDTH[text[offset]]
  if (fullWidth && code !== 'UnexpectedEndOfString') {
    return at(`这里的 ${text[offset]} 是中文（全角）标点：JSON 的符号要用英文半角，改成 ${fullWidth}`, offset, 1)
  }
  if ((code === 'InvalidSymbol' || code === 'CommaExpected' || code === 'ColonExpected') && text[offset - 1] === '"' && !/[\s,:\]}]/.test(text[offset])) {
    const missing = missingCloseBefore(text, offset - 1)
    if (missing) return missing
    return at('这个英文双引号 " 让文字在这里提前结束了：文字里要用引号时，请用中文引号“”，或者写成 \\"', offset - 1, 1)
  }
  switch (code) {
    case 'CommaExpected':
      return at('上一项后面少了一个逗号：在这里加上英文逗号 ,', previous + 1, 1)
    case 'ColonExpected':
      return at('字段名后面少了冒号：在这里加上英文冒号 :', previous + 1, 1)
    case 'PropertyNameExpected':
      return at('这里应当是用英文双引号括起来的字段名，例如 "text"')
    case 'ValueExpected':
      return offset >= text.length
        ? at(text.trim() ? '文件在这里意外结束了：后面还少了内容' : '文件是空的：它应当以 { 开始、以 } 结束', offset, 1)
        : at('这里少了一个值：写上文字（用英文双引号括起来）、数字、true 或 false、列表 [ ] 或 { }')
    case 'UnexpectedEndOfString':
      return unterminated(text, offset)
    case 'InvalidEscapeCharacter':
      return at('反斜杠 \\ 后面只能是 "、\\、/、n 等：要写反斜杠本身，请写两个 \\\\')
    case 'InvalidCharacter':
      return at('文字里有一个看不见的控制字符（例如 Tab 键）：删掉它，或者换成空格')
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return at('数字的写法不对：只写阿拉伯数字，例如 160，不加单位和千位分隔符')
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return at('JSON 文件里不能写注释（// 或 /* */）：删掉这一段')
    case 'EndOfFileExpected':
      return at(`文件在前面已经结束了，这里多出了 ${found}：删掉它`)
    case 'InvalidSymbol':
      return at(found.startsWith("'")
        ? '文字要用英文双引号 " 括起来，不能用单引号 \''
        : `JSON 不认识这里的 ${found}：文字要用英文双引号 " 括起来；是非只能写 true 或 false`)
    default:
      return at(`JSON 格式有误（${code}）：对照上下几行的写法改正`)
  }
}

/** The first thing that keeps `text` from being JSON, or nothing when it is valid JSON. */
export function syntaxProblem(text: string): SyntaxProblem | undefined {
  const errors: ParseError[] = []
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  if (errors.length === 0) {
    try {
      JSON.parse(text)
      return undefined
    } catch (error) {
      // jsonc-parser accepted what JSON.parse refuses: say at least what JSON.parse says, and where.
      const offset = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0)
      return { offset, length: 1, message: `JSON 格式有误：${(error as Error).message}` }
    }
  }
  const first = errors[0]
  const comma = trailingComma(text, first)
  if (comma) return comma
  // A bracket left open shows as an error further on (a missing comma, a field name in a list): name the bracket.
  const brackets = bracketFinding(text)
  if (brackets && ('extra' in brackets ? brackets.extra.offset : brackets.before) <= first.offset) return describeBrackets(text, brackets)
  return describeError(text, first)
}

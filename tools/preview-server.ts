// The server of `npm run preview`: it serves only a build whose content passed the check. While the files on disk
// fail the check (or their build fails), it keeps serving the last good build with the message over it, or a page
// with the message before there is one. Open pages reload themselves when what is shown changes. The form editor
// (tools/editor/server.ts), when given, answers under /edit/.
import { readFileSync } from 'fs'
import type { ServerResponse } from 'http'
import path from 'path'
import type { Editor } from './editor/server'
import { badRequest, fileFor, listen, pathOf, sendFile, type RunningServer } from './static-server'

export interface PreviewState {
  /** The last build of content that passed the check; nothing is served before the first. */
  build?: string
  /** Why the page does not show the files on disk: what the content check or the build said. */
  problem?: string
  /** A build of newer content is under way. */
  building: boolean
}

export interface PreviewServer extends RunningServer {
  show(state: PreviewState): void
}

/** Server-sent events: each one is the version of what is shown. */
const EVENTS_PATH = '/__preview/events'
export const PROBLEM_ID = 'preview-problem'

export async function startPreviewServer(port: number, host: string, editor?: Editor): Promise<PreviewServer> {
  let state: PreviewState = { building: true }
  // Unique per run, so that a page left open from an earlier preview reloads when it reconnects.
  let version = Date.now()
  const listeners = new Set<ServerResponse>()

  const server = await listen((request, response) => {
    const urlPath = pathOf(request)
    if (editor && (urlPath === '/edit' || urlPath.startsWith('/edit/'))) return editor.handle(request, response)
    if (urlPath === EVENTS_PATH) {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' })
      response.write(`data: ${version}\n\n`)
      listeners.add(response)
      response.on('close', () => listeners.delete(response))
      return
    }
    if (!state.build) return sendHtml(response, 503, statusPage(state, version))
    const file = fileFor(state.build, urlPath)
    if (!file) return badRequest(response)
    if (file !== path.join(state.build, 'index.html')) return sendFile(response, file)
    sendHtml(response, 200, readFileSync(file, 'utf8').replace('</body>', `${notice(state)}${reloader(version)}</body>`))
  }, port, host)

  return {
    ...server,
    show(next) {
      state = next
      version += 1
      for (const listener of listeners) listener.write(`data: ${version}\n\n`)
    }
  }
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(html)
}

/** Reloads the page when the server shows something else (EventSource reconnects by itself after a restart). */
function reloader(version: number): string {
  return `<script>new EventSource('${EVENTS_PATH}').onmessage = function (event) { if (Number(event.data) !== ${version}) location.reload() }</script>`
}

/** The page before the first good build: the message, or that the build is under way. */
function statusPage(state: PreviewState, version: number): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>预览 · 紫贝壳</title></head><body style="margin:0">${notice(state) || BUILDING}${reloader(version)}</body></html>`
}

const PANEL_STYLE = 'position:fixed;left:0;right:0;z-index:2147483647;box-sizing:border-box;padding:16px;font:18px/1.6 sans-serif'
const BUILDING = `<div role="status" style="${PANEL_STYLE};bottom:0;background:#fff8e1;color:#3e2b00;border-top:4px solid #b26a00">` +
  '正在按新的内容构建预览（通常要 20 到 60 秒），完成后这一页会自动刷新。</div>'

/** What is laid over the page: the problem, or that a build is under way; nothing when the page is current. */
function notice(state: PreviewState): string {
  if (state.problem) {
    const shown = state.build ? '下面仍是上一次通过检查的内容。' : '还没有通过检查的内容可以显示。'
    return `<div id="${PROBLEM_ID}" role="alert" style="${PANEL_STYLE};top:0;max-height:80vh;overflow:auto;background:#fff0f0;color:#4a0000;border-bottom:4px solid #b00020">` +
      `<p style="margin:0 0 8px;font-weight:bold;font-size:20px">内容检查没有通过：这一版不会显示。${shown}</p>` +
      `<pre style="margin:0;white-space:pre-wrap;word-break:break-all;font:16px/1.6 monospace">${escapeHtml(state.problem)}</pre>` +
      '<p style="margin:8px 0 0">改好文件并保存后，预览会自动重新检查；通过后这一页会自动刷新。</p>' +
      (state.build ? '<button type="button" onclick="this.parentNode.remove()" style="margin-top:8px;min-height:48px;padding:0 16px;font-size:18px">先关掉这个提示</button>' : '') +
      '</div>'
  }
  return state.building ? BUILDING : ''
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

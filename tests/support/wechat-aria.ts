// What WeChat's screen reader receives from the compiled package. miniprogram-simulate drops aria-* when it
// renders, so read the two halves WeChat combines instead: the templates in base.wxml (which attribute each
// component template binds, and from which data key — Taro shortens keys to p0, p1, …) and the page's data tree.
import fs from 'fs'
import path from 'path'

export const ARIA_ATTRIBUTES = ['aria-role', 'aria-label', 'aria-hidden', 'aria-checked', 'aria-level', 'aria-live', 'aria-modal'] as const
export type AriaAttribute = (typeof ARIA_ATTRIBUTES)[number]

export interface NodeTemplate {
  /** Taro's template name, tmpl_<depth>_<node alias>. */
  name: string
  tag: string
  /**
   * Whether a tap on it reaches the page: Taro renders nodes without handlers through templates without
   * bindtap. Its catch-view (a view that only stops scrolling, with catchtouchmove) binds every event, so it
   * does not count.
   */
  tappable: boolean
  /** attribute → the data key it reads, for the aria-* attributes this template binds. */
  bindings: Partial<Record<AriaAttribute, string>>
}

/** Every node template in <dist>/base.wxml, by node alias (`nn` in the data), one entry per depth. */
export function readTemplates(dist: string): Map<string, NodeTemplate[]> {
  const wxml = fs.readFileSync(path.join(dist, 'base.wxml'), 'utf8')
  const templates = new Map<string, NodeTemplate[]>()
  for (const match of wxml.matchAll(/<template name="(tmpl_\d+_(\w+))">\s*<([a-z-]+)([^>]*)>/g)) {
    const [, name, alias, tag, attributes] = match
    const bindings: NodeTemplate['bindings'] = {}
    for (const attribute of ARIA_ATTRIBUTES) {
      const key = new RegExp(`\\s${attribute}="\\{\\{i\\.(\\w+)`).exec(attributes)?.[1]
      if (key) bindings[attribute] = key
    }
    templates.set(alias, [...(templates.get(alias) ?? []), { name, tag, tappable: /\sbindtap="eh"/.test(attributes) && !/\scatchtouchmove=/.test(attributes), bindings }])
  }
  // A field (textarea) is a template that picks its focused or blurred twin: both bind the same; read the blurred one.
  for (const [alias, entries] of templates) {
    const blurred = templates.get(`${alias}_blur`)
    if (entries[0].tag === 'template' && blurred) templates.set(alias, blurred)
  }
  return templates
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface RenderedNode {
  tag: string
  template: NodeTemplate
  /** All templates that may render this node (one per depth): each must bind what the first binds. */
  templates: NodeTemplate[]
  /** The node's words as shown, whitespace collapsed. */
  text: string
  /** The words of its own text children only (not of child elements). */
  ownText: string
  aria: Partial<Record<AriaAttribute, unknown>>
  /** Hidden from screen readers by itself or an ancestor. */
  hidden: boolean
  /** The label of the nearest radiogroup around it, for choices. */
  group?: string
}

const textOf = (node: any): string => (typeof node.v === 'string' ? node.v : (node.cn ?? []).map(textOf).join(''))

/** The page's element nodes in reading order, each with the aria-* values WeChat would receive. */
export function renderedNodes(data: any, templates: Map<string, NodeTemplate[]>): RenderedNode[] {
  const nodes: RenderedNode[] = []
  const visit = (node: any, hiddenAbove: boolean, groupAbove?: string) => {
    if (typeof node.v === 'string') return
    const candidates = templates.get(String(node.nn))
    if (!candidates) throw new Error(`No template in base.wxml renders node alias ${node.nn} (text: ${textOf(node)})`)
    const [template] = candidates
    const aria: RenderedNode['aria'] = {}
    for (const [attribute, key] of Object.entries(template.bindings)) {
      if (node[key] !== undefined) aria[attribute as AriaAttribute] = node[key]
    }
    const hidden = hiddenAbove || aria['aria-hidden'] === true
    const group = aria['aria-role'] === 'radiogroup' ? String(aria['aria-label']) : groupAbove
    const ownText = (node.cn ?? []).filter((child: any) => typeof child.v === 'string').map(textOf).join('').trim()
    nodes.push({ tag: template.tag, template, templates: candidates, text: textOf(node).replace(/\s+/g, ' ').trim(), ownText, aria, hidden, group })
    for (const child of node.cn ?? []) visit(child, hidden, group)
  }
  for (const child of data.root?.cn ?? []) visit(child, false)
  return nodes
}

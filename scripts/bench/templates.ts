// How deep a page's nodes sit in Taro's templates. base.wxml has one template per node kind and level, up to
// mini.baseLevel; a template at the last level hands its children to a container that renders them through the
// `comp` custom component (an extra component instance, with its own setData path, per such subtree). Which template
// each node gets is decided by the package's own utils.wxs, run here on the page's data as base.wxml calls it.
import { readFileSync } from 'fs'
import path from 'path'
import vm from 'vm'

/** Taro's page data: element nodes carry their alias `nn` and children `cn`; text nodes carry `v`. */
export interface TaroNode {
  nn: string | number
  cn?: TaroNode[]
  v?: string
}

export interface TemplateFigures {
  /** The package's mini.baseLevel: how many template levels base.wxml holds. */
  baseLevel: number
  /** The deepest template level any node of the page uses (0-based). */
  deepestLevel: number
  /** Subtrees that fall past the last level and render through the comp component. */
  throughComp: number
}

interface TemplateChooser {
  /** The template for a node of alias `alias` at depth `depth`, given the aliases `path` of its text-like ancestors. */
  a(depth: number, alias: string, path: string): string
  /** `path` extended by `alias`. */
  f(path: string, alias: string): string
}

/** The alias of plain text, which the container renders itself instead of handing it to comp. */
const TEXT_ALIAS = '9'

export function templateFigures(dist: string, root: TaroNode): TemplateFigures {
  const sandbox = { module: { exports: {} as TemplateChooser } }
  vm.runInNewContext(readFileSync(path.join(dist, 'utils.wxs'), 'utf8'), sandbox)
  const xs = sandbox.module.exports
  const container = /tmpl_(\d+)_container/.exec(readFileSync(path.join(dist, 'base.wxml'), 'utf8'))
  if (!container) throw new Error(`${dist}/base.wxml has no container template: not a Taro package built with baseLevel`)
  // Node templates fill levels 0 … baseLevel - 2; the container is the last level.
  const baseLevel = Number(container[1]) + 1
  const lastNodeLevel = baseLevel - 2
  const figures = { baseLevel, deepestLevel: 0, throughComp: 0 }

  // `depth` and `textPath` are the node's own template data (c and l in base.wxml).
  const render = (node: TaroNode, template: string, depth: number, textPath: string): void => {
    const alias = String(node.nn)
    if (template === container[0]) {
      if (alias === TEXT_ALIAS) return
      figures.throughComp += 1
      render(node, `tmpl_0_${alias}`, 1, xs.f('', alias)) // comp.wxml starts again at level 0
      return
    }
    const level = Number(template.split('_')[1])
    figures.deepestLevel = Math.max(figures.deepestLevel, level)
    for (const child of node.cn ?? []) {
      const childAlias = String(child.nn)
      if (level === lastNodeLevel) render(child, container[0], depth, textPath)
      else render(child, xs.a(depth, childAlias, textPath), depth + 1, xs.f(textPath, childAlias))
    }
  }
  for (const child of root.cn ?? []) render(child, xs.a(0, String(child.nn), ''), 1, xs.f('', String(child.nn)))
  return figures
}

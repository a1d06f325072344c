// A local Taro plugin that the bench switches on (tools/build.ts passes it through WEBPACK_STATS_PLUGIN): it
// only observes the compilation, recording which source module sits under which module id in which output file,
// so that the bench can split the minified chunks into framework, app code and content. The output is unchanged.
import { realpathSync, writeFileSync } from 'fs'
import path from 'path'
import type { IPluginContext } from '@tarojs/service'
import type { Compilation, Compiler, Module } from 'webpack'

export interface ModuleMap {
  chunks: { files: string[]; modules: { id: string; parts: { name: string; size: number }[] }[] }[]
}

class ModuleMapPlugin {
  constructor(private readonly out: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('module-map', (stats) => writeFileSync(this.out, JSON.stringify(describe(stats.compilation))))
  }
}

function describe(compilation: Compilation): ModuleMap {
  const { chunkGraph } = compilation
  const context = compilation.compiler.context
  return {
    chunks: Array.from(compilation.chunks, (chunk) => ({
      files: Array.from(chunk.files),
      modules: Array.from(chunkGraph.getChunkModulesIterable(chunk), (module) => ({
        id: String(chunkGraph.getModuleId(module)),
        parts: parts(module, context)
      }))
    }))
  }
}

/** A scope-hoisted module carries the modules webpack merged into it; report each with its source size. */
function parts(module: Module, context: string): { name: string; size: number }[] {
  const inner = 'modules' in module && Array.isArray(module.modules) ? (module.modules as Module[]) : [module]
  return inner.map((part) => ({ name: nameOf(part, context), size: part.size() }))
}

function nameOf(module: Module, context: string): string {
  const resource = module.nameForCondition()
  return resource ? path.relative(context, realpathSync(resource)) : module.identifier()
}

export default (ctx: IPluginContext, { out }: { out: string }) => {
  ctx.modifyWebpackChain(({ chain }) => {
    chain.plugin('module-map').use(ModuleMapPlugin, [out])
  })
}

// @ts-check
// Preloaded into `taro build` by npm run bench (NODE_OPTIONS=--require): it only observes the compilation,
// recording which source module sits under which module id in which output file, so that the bench can split
// the minified chunks into framework, app code and content. The build output is not changed.
// Plain CommonJS because Node preloads it before any TypeScript loader exists.
const fs = require('fs')
const path = require('path')

const out = process.env.BENCH_STATS_OUT
if (out) {
  /** @type {typeof import('webpack').Compiler} */
  const Compiler = require(require.resolve('webpack/lib/Compiler', { paths: [process.cwd()] }))
  const run = Compiler.prototype.run
  /** @type {typeof run} */
  Compiler.prototype.run = function (callback) {
    this.hooks.done.tap('bench-stats', (stats) => {
      fs.writeFileSync(out, JSON.stringify(describe(stats.compilation)))
    })
    return run.call(this, callback)
  }
}

/**
 * @param {import('webpack').Compilation} compilation
 * @returns {{ chunks: { files: string[], modules: { id: string, parts: { name: string, size: number }[] }[] }[] }}
 */
function describe(compilation) {
  const { chunkGraph } = compilation
  const context = compilation.compiler.context
  const chunks = Array.from(compilation.chunks, (chunk) => ({
    files: Array.from(chunk.files),
    modules: Array.from(chunkGraph.getChunkModulesIterable(chunk), (module) => ({
      id: String(chunkGraph.getModuleId(module)),
      parts: parts(module, context)
    }))
  }))
  return { chunks }
}

/**
 * A scope-hoisted module carries the modules webpack merged into it; report each with its source size.
 * @param {import('webpack').Module} module
 * @param {string} context
 * @returns {{ name: string, size: number }[]}
 */
function parts(module, context) {
  /** @type {import('webpack').Module[]} */
  const inner = 'modules' in module && Array.isArray(module.modules) ? module.modules : [module]
  return inner.map((part) => ({ name: nameOf(part, context), size: part.size() }))
}

/**
 * @param {import('webpack').Module} module
 * @param {string} context
 */
function nameOf(module, context) {
  const resource = module.nameForCondition()
  return resource ? path.relative(context, fs.realpathSync(resource)) : module.identifier()
}

// A webpack loader that ships a module's exports as computed when the build ran, instead of its code: the module's
// imports (e.g. the whole glossary.json behind src/content/homeGlossary.ts) then stay out of the bundle. The values
// come from config/index.ts, which evaluates the module; they must be plain JSON.
module.exports = function buildTimeValue() {
  const { exports } = this.getOptions()
  return Object.entries(exports).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join('\n')
}

// The editor's browser code (app.tsx with React and the form library), bundled by esbuild when the preview starts:
// nothing prebuilt to keep in step (esbuild comes with Taro; package.json declares the same version).
import { build } from 'esbuild'
import path from 'path'

export async function bundleEditor(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'app.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    jsx: 'automatic',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent'
  })
  return result.outputFiles[0].text
}

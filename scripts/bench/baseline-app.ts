// The bench's baseline: scripts/bench/empty-app, a one-page Taro React app with the template's defaults.
import { cpSync, mkdtempSync, symlinkSync } from 'fs'
import os from 'os'
import path from 'path'
import { ROOT } from '../../tools/build'

/**
 * Copies scripts/bench/empty-app to a temporary directory beside a symlink to this project's node_modules, so
 * that the baseline uses exactly the same Taro, React and build tool versions. Returns the directory.
 */
export function prepareEmptyApp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zibeike-bench-empty-'))
  cpSync(path.join(__dirname, 'empty-app'), dir, { recursive: true })
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return dir
}

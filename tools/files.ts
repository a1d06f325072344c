import { readdirSync } from 'fs'
import path from 'path'

/** Every file under `dir`, as sorted POSIX paths relative to it. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = path.posix.join(prefix, entry.name)
      return entry.isDirectory() ? listFiles(dir, relative) : [relative]
    })
    .sort()
}

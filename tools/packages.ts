// The packages of a built mini-program as its app.json declares them: the main package and the subpackages. WeChat
// downloads the main package before anything shows, and a subpackage when one of its pages opens; a file belongs to
// the subpackage whose root folder holds it, and to the main package otherwise.
import { readFileSync } from 'fs'
import path from 'path'

/** What app.json calls the main package (e.g. in preloadRule). */
export const MAIN_PACKAGE = '__APP__'

/** The part of app.json (or of src/app.config.ts, which Taro turns into it) that places the pages. */
export interface AppPages {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
}

export interface Packages {
  /** Every page route, the main package's first (the first is WeChat's entry page). */
  routes: string[]
  /** The subpackages' root folders, e.g. pages/trial. */
  subpackageRoots: string[]
}

export function packagesOf(app: AppPages): Packages {
  const subPackages = app.subPackages ?? []
  return {
    routes: [...app.pages, ...subPackages.flatMap(({ root, pages }) => pages.map((page) => path.posix.join(root, page)))],
    subpackageRoots: subPackages.map(({ root }) => root)
  }
}

export function readPackages(dist: string): Packages {
  return packagesOf(JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as AppPages)
}

/** The package a file of the build (a path relative to dist/, e.g. pages/trial/index.js) ships in. */
export function packageOf(file: string, { subpackageRoots }: Packages): string {
  return subpackageRoots.find((root) => file.startsWith(`${root}/`)) ?? MAIN_PACKAGE
}

// What WeChat downloads for each page: the main package, and for a subpackage page its own folder too. The built
// package must keep to that (WeChat refuses a subpackage that reaches into another one), and the main package, which
// every reader waits for, must not carry what only subpackage pages read.
import { existsSync, readdirSync, readFileSync } from 'fs'
import path from 'path'
import { homeFacts, homeGlossary } from '@/content/frame'
import { titleNotes } from '@/content/titleNotes'
import { listFiles } from '../../tools/files'
import { MAIN_PACKAGE, packageOf, readPackages } from '../../tools/packages'
import { distDir } from '../support/miniprogram'

const CONTENT_DIR = path.resolve(__dirname, '../../src/content')
/**
 * What the home page and every page's frame (footer, term sheet, the words of controls, the follow button) read whole:
 * src/content/frame.ts, ui.ts and the organization's settings (the official account it opens).
 */
const MAIN_PACKAGE_CONTENT = ['meta.json', 'settings.json', 'ui.json']

/** The files a file names: require() in JS, @import in WXSS, <import>/<include>/<wxs> in WXML, components in JSON. */
function referencesOf(file: string): string[] {
  const text = readFileSync(path.join(distDir(), file), 'utf8')
  const from = (target: string) => path.posix.normalize(path.posix.join(path.posix.dirname(file), target))
  const patterns: Record<string, RegExp> = {
    '.js': /require\("(\.[^"]+)"\)/g,
    '.wxss': /@import "([^"]+)"/g,
    '.wxml': /<(?:import|include|wxs)[^>]*\ssrc="([^"]+)"/g
  }
  const extension = path.posix.extname(file)
  if (extension === '.json') {
    const components = Object.values((JSON.parse(text) as { usingComponents?: Record<string, string> }).usingComponents ?? {})
    return components.flatMap((component) => ['.js', '.json', '.wxml', '.wxss'].map((ext) => `${from(component)}${ext}`))
      .filter((target) => existsSync(path.join(distDir(), target)))
  }
  return [...text.matchAll(patterns[extension] ?? /$^/g)].map(([, target]) => {
    const resolved = from(target)
    return path.posix.extname(resolved) ? resolved : `${resolved}${extension}`
  })
}

/** Every file a page reaches from its own four files, transitively. */
function reachedFrom(route: string): Set<string> {
  const reached = new Set<string>()
  const visit = (file: string) => {
    if (reached.has(file)) return
    reached.add(file)
    if (existsSync(path.join(distDir(), file))) referencesOf(file).forEach(visit)
  }
  for (const ext of ['.js', '.json', '.wxml', '.wxss']) visit(`${route}${ext}`)
  return reached
}

test.each(readPackages(distDir()).routes)('%s needs only files of the main package and of its own subpackage, and all of them exist', (route) => {
  const packages = readPackages(distDir())
  const allowed = [MAIN_PACKAGE, packageOf(route, packages)]
  const reached = [...reachedFrom(route)]
  expect(reached.filter((file) => !existsSync(path.join(distDir(), file)))).toEqual([])
  expect(reached.filter((file) => !allowed.includes(packageOf(file, packages)))).toEqual([])
  expect(reached.length).toBeGreaterThan(4)
})

/** Texts of some content long enough to be its own, and written in the bundle exactly as in the content. */
function distinctiveTextsOf(content: unknown): string[] {
  const texts: string[] = []
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value)
    else if (value && typeof value === 'object') Object.values(value).forEach(collect)
  }
  collect(content)
  return texts.filter((text) => text.length >= 12 && !/["'\\\n]/.test(text))
}

const distinctiveTexts = (file: string) => distinctiveTextsOf(JSON.parse(readFileSync(path.join(CONTENT_DIR, file), 'utf8')))

function mainPackageJs(): string {
  const packages = readPackages(distDir())
  return listFiles(distDir())
    .filter((file) => file.endsWith('.js') && packageOf(file, packages) === MAIN_PACKAGE)
    .map((file) => readFileSync(path.join(distDir(), file), 'utf8'))
    .join('\n')
}

describe('content in the main package', () => {
  const mainJs = mainPackageJs()
  const subpackageContent = readdirSync(CONTENT_DIR).filter((file) => file.endsWith('.json') && !MAIN_PACKAGE_CONTENT.includes(file))
  // The home page's own terms are the only part of glossary.json the main package carries (src/content/homeGlossary.ts),
  // the app's notes beside the brochure's title the only part of corrections.json (src/content/titleNotes.ts), and
  // the trials' names, the sections' ids, the lead and the organization's short name the only part of trials.json,
  // hsct.json and organization.json (src/content/homeFacts.ts).
  const mainTexts = [...MAIN_PACKAGE_CONTENT.flatMap(distinctiveTexts), ...distinctiveTextsOf(homeGlossary), ...distinctiveTextsOf(titleNotes), ...distinctiveTextsOf(homeFacts)]
  // A text that also stands inside the main package's own content (a registry's name in a glossary definition)
  // cannot tell where this file went.
  // So can a contact's id that is also the name of WeChat's follow component, which the package itself names.
  const PLATFORM_NAMES = ['official-account']
  const alsoInMainContent = (text: string) => PLATFORM_NAMES.includes(text) || mainTexts.some((main) => main.includes(text))

  test.each(MAIN_PACKAGE_CONTENT)('%s, which the home page and the page frame read, is there', (file) => {
    const texts = distinctiveTexts(file)
    expect(texts.length).toBeGreaterThan(0)
    expect(texts.filter((text) => !mainJs.includes(text))).toEqual([])
  })

  test('the glossary\'s terms that the home page uses are there, as glossary.json defines them', () => {
    const texts = distinctiveTextsOf(homeGlossary.terms)
    expect(texts.length).toBeGreaterThan(0)
    expect(texts.filter((text) => !mainJs.includes(text))).toEqual([])
  })

  test.each(subpackageContent)('%s, which only subpackage pages read, is not', (file) => {
    const own = distinctiveTexts(file).filter((text) => !alsoInMainContent(text))
    expect(own.length).toBeGreaterThan(0)
    expect(own.filter((text) => mainJs.includes(text))).toEqual([])
  })
})

// The public routes (share cards, QR codes and bookmarks depend on them: never rename) and the parser
// that turns a mini-program code's `scene` or an ordinary QR link's `q` into one of them.

/**
 * The query each route's page understands. A link must give what its page cannot do without (a trial's id);
 * adding a page is one line here and one in ROUTES.
 */
export type RouteParams = {
  /** A mini-program code's scene or an ordinary QR code's link, still percent-encoded (see parseEntryQuery). */
  home: { scene?: string; q?: string }
  hsct: { section?: string }
  trials: NoParams
  trial: { id: string }
  contact: { section?: 'follow' }
  about: NoParams
  decide: { section?: DecideSection }
}
type NoParams = Record<string, never>

export type RouteName = keyof RouteParams

export const ROUTES = {
  home: 'pages/index/index',
  hsct: 'pages/hsct/index',
  trials: 'pages/trials/index',
  trial: 'pages/trial/index',
  contact: 'pages/contact/index',
  about: 'pages/about/index',
  decide: 'pages/decide/index'
} as const satisfies Record<RouteName, string>

/**
 * The decision aid's parts, in reading order: public anchors (?section=…, QR scene p=decide&s=…), so never rename one.
 * The core path comes first (what a reader needs to prepare for the visit, in seven steps); the details after it
 * can be skipped. The page is built from them (src/pages/decide).
 */
export const DECIDE_CORE = ['decision', 'key-points', 'options', 'grid', 'values', 'next-step', 'questions'] as const
export const DECIDE_DETAILS = ['trials', 'process', 'practical', 'doctors', 'certainty', 'china', 'recruiting', 'about'] as const
export const DECIDE_SECTIONS = [...DECIDE_CORE, ...DECIDE_DETAILS] as const
export type DecideSection = (typeof DECIDE_SECTIONS)[number]

/** Names of parts that moved, for links and QR codes made before: each opens the part that now holds it. */
const DECIDE_SECTION_MOVES: Record<string, DecideSection> = { pictures: 'key-points', summary: 'questions' }

export function isDecideSection(value: string | undefined): value is DecideSection {
  return (DECIDE_SECTIONS as readonly (string | undefined)[]).includes(value)
}

/** The part a ?section= or scene value opens: a current name, or an old one mapped to its new home. */
export function decideSection(value: string | undefined): DecideSection | undefined {
  if (isDecideSection(value)) return value
  return value !== undefined && Object.prototype.hasOwnProperty.call(DECIDE_SECTION_MOVES, value) ? DECIDE_SECTION_MOVES[value] : undefined
}

export function isCoreSection(section: DecideSection): boolean {
  return (DECIDE_CORE as readonly string[]).includes(section)
}

export type Query = Record<string, string>

/** A page and the query its route takes: `{ route: 'trial', query: {} }` does not compile. */
export type Destination<R extends RouteName = RouteName> = { [K in R]: { route: K; query: RouteParams[K] } }[R]

/** A page's query as it arrives: anyone can craft a link, so every value may be missing or any string. */
export type ReceivedParams<R extends RouteName> = { [K in keyof RouteParams[R]]?: string }

export function queryString(query: Readonly<Partial<Query>>): string {
  return Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
}

/** Absolute page URL for navigation and share paths, e.g. /pages/trial/index?id=scot */
export function routeUrl({ route, query }: Destination): string {
  const search = queryString(query)
  return `/${ROUTES[route]}${search ? `?${search}` : ''}`
}

/** WeChat limits a mini-program code's scene to 32 visible characters. */
export const MAX_SCENE_LENGTH = 32
const MAX_QR_LINK_LENGTH = 1024

export type EntryResult =
  | { ok: true; destination: Destination }
  | { ok: false; reason: 'too-long' | 'bad-encoding' | 'unknown' }

export interface KnownIds {
  trialIds: readonly string[]
  sectionIds: readonly string[]
}

function decodeOnce(value: string): string | undefined {
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}

type CodedPage = 'home' | 'hsct' | 'trials' | 'contact' | 'about' | 'decide'
const PAGE_CODES: Record<string, CodedPage> = { home: 'home', hsct: 'hsct', trials: 'trials', contact: 'contact', about: 'about', decide: 'decide' }

/** Reads `p=hsct&s=risks`, `p=decide&s=values`, `t=scot`, ...: the destination, or undefined for anything not exactly known. */
function destinationFromPairs(text: string, known: KnownIds): Destination | undefined {
  const pairs = new Map<string, string>()
  for (const part of text.split('&')) {
    const [key, value, extra] = part.split('=')
    if (!key || value === undefined || extra !== undefined || pairs.has(key)) return undefined
    pairs.set(key, value)
  }
  const page = pairs.get('p')
  const trial = pairs.get('t')
  const section = pairs.get('s')
  if (trial !== undefined) {
    return pairs.size === 1 && known.trialIds.includes(trial) ? { route: 'trial', query: { id: trial } } : undefined
  }
  if (page === undefined || !(page in PAGE_CODES)) return undefined
  if (section !== undefined) {
    if (pairs.size !== 2) return undefined
    if (page === 'hsct' && known.sectionIds.includes(section)) return { route: 'hsct', query: { section } }
    const part = page === 'decide' ? decideSection(section) : undefined
    return part ? { route: 'decide', query: { section: part } } : undefined
  }
  return pairs.size === 1 ? { route: PAGE_CODES[page], query: {} } : undefined
}

/** A mini-program code's `scene`, as the page query hands it over (still percent-encoded). */
export function parseScene(rawScene: string, known: KnownIds): EntryResult {
  if (rawScene.length > MAX_SCENE_LENGTH * 3) return { ok: false, reason: 'too-long' }
  const scene = decodeOnce(rawScene)
  if (scene === undefined) return { ok: false, reason: 'bad-encoding' }
  if (scene.length > MAX_SCENE_LENGTH) return { ok: false, reason: 'too-long' }
  const destination = destinationFromPairs(scene, known)
  return destination ? { ok: true, destination } : { ok: false, reason: 'unknown' }
}

/** An ordinary QR code's link `q` (percent-encoded), e.g. https://www.sscchina.org/mp?p=hsct&s=risks */
export function parseQrLink(rawLink: string, known: KnownIds): EntryResult {
  if (rawLink.length > MAX_QR_LINK_LENGTH) return { ok: false, reason: 'too-long' }
  const link = decodeOnce(rawLink)
  if (link === undefined) return { ok: false, reason: 'bad-encoding' }
  const search = link.split('?')[1]?.split('#')[0]
  if (!search) return { ok: false, reason: 'unknown' }
  const params = decodeOnce(search)
  if (params === undefined) return { ok: false, reason: 'bad-encoding' }
  const destination = destinationFromPairs(params, known)
  return destination ? { ok: true, destination } : { ok: false, reason: 'unknown' }
}

/** The destination a page query asks for through `scene` or `q`; undefined when it carries neither. */
export function parseEntryQuery(query: Partial<Query>, known: KnownIds): EntryResult | undefined {
  if (typeof query.scene === 'string') return parseScene(query.scene, known)
  if (typeof query.q === 'string') return parseQrLink(query.q, known)
  return undefined
}

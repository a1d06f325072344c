import { MAX_SCENE_LENGTH, ROUTES, parseEntryQuery, parseQrLink, parseScene, routeUrl, type Destination } from '@/routes'
import { packagesOf, type AppPages } from '../../tools/packages'

const known = { trialIds: ['astis', 'scot', 'assist', 'stat'], sectionIds: ['what', 'risks', 'outlook'] }
const enc = encodeURIComponent

describe('parseScene', () => {
  test.each([
    ['p=hsct', { route: 'hsct', query: {} }],
    ['p=trials', { route: 'trials', query: {} }],
    ['p=contact', { route: 'contact', query: {} }],
    ['p=about', { route: 'about', query: {} }],
    ['p=home', { route: 'home', query: {} }],
    ['t=scot', { route: 'trial', query: { id: 'scot' } }],
    ['t=stat', { route: 'trial', query: { id: 'stat' } }],
    ['p=hsct&s=risks', { route: 'hsct', query: { section: 'risks' } }],
    ['p=decide', { route: 'decide', query: {} }],
    ['p=decide&s=questions', { route: 'decide', query: { section: 'questions' } }]
  ])('%s (as WeChat encodes it) opens the right page', (scene, destination) => {
    expect(parseScene(enc(scene), known)).toEqual({ ok: true, destination })
  })

  test.each([
    ['t=unknown'], ['p=nowhere'], ['p=hsct&s=nope'], ['p=trials&s=risks'], ['t=scot&p=hsct'], ['p=hsct&p=trials'],
    ['p'], ['=hsct'], ['p=hsct=x'], [''], ['<script>alert(1)</script>'], ['P=HSCT'], ['t=SCOT'],
    ['p=decide&s=nope'], ['p=decide&s=risks'], ['p=hsct&s=values'], ['p=decide&s=values&t=scot']
  ])('unknown or garbled %p is refused', (scene) => {
    expect(parseScene(enc(scene), known)).toEqual({ ok: false, reason: 'unknown' })
  })

  test('bad percent-encoding is refused, not thrown', () => {
    expect(parseScene('%E0%A4%A', known)).toEqual({ ok: false, reason: 'bad-encoding' })
    expect(parseScene('p=hsct%', known)).toEqual({ ok: false, reason: 'bad-encoding' })
  })

  test('over-long scenes are refused, including 5,000-character values', () => {
    expect(parseScene('p='.padEnd(MAX_SCENE_LENGTH + 1, 'x'), known)).toEqual({ ok: false, reason: 'too-long' })
    expect(parseScene('x'.repeat(5000), known)).toEqual({ ok: false, reason: 'too-long' })
    expect(parseScene('%41'.repeat(5000), known)).toEqual({ ok: false, reason: 'too-long' })
  })
})

describe('parseQrLink', () => {
  test('reads the destination from the link query', () => {
    expect(parseQrLink(enc('https://example.org/mp?p=hsct&s=risks'), known))
      .toEqual({ ok: true, destination: { route: 'hsct', query: { section: 'risks' } } })
    expect(parseQrLink(enc('https://example.org/mp?t=assist'), known))
      .toEqual({ ok: true, destination: { route: 'trial', query: { id: 'assist' } } })
  })

  test('refuses links without a known destination, bad encoding and huge values', () => {
    expect(parseQrLink(enc('https://example.org/mp'), known)).toEqual({ ok: false, reason: 'unknown' })
    expect(parseQrLink(enc('https://example.org/mp?t=zzz'), known)).toEqual({ ok: false, reason: 'unknown' })
    expect(parseQrLink('https%3A%2F%2Fx%E0%A4%A', known)).toEqual({ ok: false, reason: 'bad-encoding' })
    expect(parseQrLink('a'.repeat(5000), known)).toEqual({ ok: false, reason: 'too-long' })
  })
})

describe('parseEntryQuery', () => {
  test('prefers scene, then q, and ignores ordinary queries', () => {
    expect(parseEntryQuery({ scene: enc('t=scot') }, known)).toEqual({ ok: true, destination: { route: 'trial', query: { id: 'scot' } } })
    expect(parseEntryQuery({ q: enc('https://a.b/c?p=trials'), scancode_time: '1' }, known))
      .toEqual({ ok: true, destination: { route: 'trials', query: {} } })
    expect(parseEntryQuery({ id: 'scot' }, known)).toBeUndefined()
  })
})

test('routeUrl builds the path share cards and navigation use', () => {
  expect(routeUrl({ route: 'trial', query: { id: 'scot' } })).toBe('/pages/trial/index?id=scot')
  expect(routeUrl({ route: 'home', query: {} })).toBe('/pages/index/index')
  expect(routeUrl({ route: 'hsct', query: { section: undefined } })).toBe('/pages/hsct/index')
})

test('a link must carry what its page needs (tsc checks the lines marked @ts-expect-error)', () => {
  // @ts-expect-error a trial page without an id is no page
  const withoutId: Destination = { route: 'trial', query: {} }
  // @ts-expect-error the trial list takes no query
  const withQuery: Destination<'trials'> = { route: 'trials', query: { id: 'scot' } }
  expect([withoutId, withQuery].map(routeUrl)).toEqual(['/pages/trial/index', '/pages/trials/index?id=scot'])
})

describe('app.config.ts', () => {
  // app.config.ts calls Taro's build-time global defineAppConfig.
  Object.assign(global, { defineAppConfig: <T>(config: T) => config })
  const config = jest.requireActual<{ default: AppPages & { preloadRule?: Record<string, { network?: string; packages: string[] }> } }>('@/app.config').default
  const { routes, subpackageRoots } = packagesOf(config)

  test('every public route is still at the path that share cards, QR codes and bookmarks use', () => {
    expect(ROUTES).toEqual({
      home: 'pages/index/index',
      hsct: 'pages/hsct/index',
      trials: 'pages/trials/index',
      trial: 'pages/trial/index',
      contact: 'pages/contact/index',
      about: 'pages/about/index',
      decide: 'pages/decide/index'
    })
    expect([...routes].sort()).toEqual(Object.values(ROUTES).sort())
  })

  test("only the home page is in the main package, and it is WeChat's entry page", () => {
    expect(config.pages).toEqual([ROUTES.home])
  })

  test('every other page is a subpackage whose root is its own folder, so its path is unchanged', () => {
    for (const route of Object.values(ROUTES).filter((page) => page !== ROUTES.home)) {
      const folder = route.replace(/\/index$/, '')
      expect(config.subPackages).toContainEqual({ root: folder, pages: ['index'] })
    }
  })

  test('the home page preloads every subpackage on any network', () => {
    expect(config.preloadRule?.[ROUTES.home]).toEqual({ network: 'all', packages: subpackageRoots })
  })
})

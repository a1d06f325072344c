import { MAX_SCENE_LENGTH, parseEntryQuery, parseQrLink, parseScene, routeUrl } from '@/routes'

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
    ['p=hsct&s=risks', { route: 'hsct', query: { section: 'risks' } }]
  ])('%s (as WeChat encodes it) opens the right page', (scene, destination) => {
    expect(parseScene(enc(scene), known)).toEqual({ ok: true, destination })
  })

  test.each([
    ['t=unknown'], ['p=nowhere'], ['p=hsct&s=nope'], ['p=trials&s=risks'], ['t=scot&p=hsct'], ['p=hsct&p=trials'],
    ['p'], ['=hsct'], ['p=hsct=x'], [''], ['<script>alert(1)</script>'], ['P=HSCT'], ['t=SCOT']
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
    expect(parseQrLink(enc('https://www.sscchina.org/mp?p=hsct&s=risks'), known))
      .toEqual({ ok: true, destination: { route: 'hsct', query: { section: 'risks' } } })
    expect(parseQrLink(enc('https://www.sscchina.org/mp?t=assist'), known))
      .toEqual({ ok: true, destination: { route: 'trial', query: { id: 'assist' } } })
  })

  test('refuses links without a known destination, bad encoding and huge values', () => {
    expect(parseQrLink(enc('https://www.sscchina.org/mp'), known)).toEqual({ ok: false, reason: 'unknown' })
    expect(parseQrLink(enc('https://www.sscchina.org/mp?t=zzz'), known)).toEqual({ ok: false, reason: 'unknown' })
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
})

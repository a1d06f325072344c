/** @jest-environment node */
// WeChat's follow card needs 300 px of width. On the contact page it may use the follow box's width up to its border
// (it reaches over the box's padding): measured here in the web build at phone widths and at every text size, and held
// to what src/pages/contact/followCard.ts decides, so that the card shows only where it fits and the follow button
// shows everywhere else (a 320-px phone among them).
import { FOLLOW_CARD_MIN_PX, followCardFits } from '../../src/pages/contact/followCard'
import { BrowserHarness, type TextSize } from '../support/browser'

const harness = new BrowserHarness({ report: null })
const TEXT_SIZES: TextSize[] = ['standard', 'large', 'xlarge']
const WIDTHS = [320, 360, 375, 414]

beforeAll(() => harness.start(), 30_000)
afterAll(() => harness.stop(), 30_000)

describe.each(TEXT_SIZES)('text size %s', (textSize) => {
  test.each(WIDTHS)('%i px wide: the card is offered exactly where the follow box gives it 300 px', async (width) => {
    const page = await harness.useVariant({ name: `follow-${textSize}`, colorScheme: 'light', textSize })
    await page.setViewportSize({ width, height: 812 })
    const { page: opened } = await harness.open({ path: 'pages/contact/index', slug: 'contact' })
    // The web build has no follow card: a stand-in with the card's class gets the width the page's styles give the card.
    const room = await opened.evaluate(() => {
      const standIn = document.createElement('div')
      standIn.className = 'follow__card'
      document.querySelector('.follow')?.appendChild(standIn)
      return standIn.getBoundingClientRect().width
    })
    expect(room).toBeGreaterThan(0)
    expect({ width, fits: room >= FOLLOW_CARD_MIN_PX }).toEqual({ width, fits: followCardFits(width) })
  }, 60_000)
})

test('a 320-px phone gets the follow button, not the card', () => {
  expect(followCardFits(320)).toBe(false)
})

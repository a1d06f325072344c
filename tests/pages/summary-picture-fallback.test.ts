// Base libraries before 2.14.3 have no showShareImageMenu: Taro must see it missing from the first launch. The
// picture is still made and saved to the album; only the forward button is left out.
import { decisionAid } from '@/content/decide'
import { callsOf, launchApp, resetApis, storage, withoutApi } from '../support/miniprogram'
import { pictureMade } from '../support/picture'

beforeAll(() => {
  withoutApi('showShareImageMenu')
  launchApp({ scene: 1001 })
})
beforeEach(() => {
  resetApis()
  storage().set('decisionNotes', { values: {}, readiness: {}, questions: [decisionAid.questions.items[0].id] })
})

test('without showShareImageMenu, the picture is offered to save to the album, not to forward', async () => {
  const page = await pictureMade()
  expect(callsOf('canvasToTempFilePath')).toHaveLength(1)
  expect(page.first('summary-picture__forward')).toBeUndefined()
  await page.tapElement(page.first('summary-picture__save') as Element, { rerender: true })
  expect(callsOf('saveImageToPhotosAlbum')).toEqual([expect.objectContaining({ filePath: 'http://tmp/summary-picture.png' })])
})

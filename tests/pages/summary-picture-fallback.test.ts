// Base libraries before 2.14.3 have no showShareImageMenu, before 2.20.1 no getAppAuthorizeSetting, before 2.25.3 no
// openAppAuthorizeSetting: Taro must see them missing from the first launch. The picture is still made and saved to
// the album; the forward button is left out, and a phone that refuses WeChat the photos is explained in words.
import { decisionAid } from '@/content/decide'
import { callsOf, failApi, launchApp, resetApis, storage, withoutApi } from '../support/miniprogram'
import { pictureMade } from '../support/picture'

beforeAll(() => {
  withoutApi('showShareImageMenu')
  withoutApi('getAppAuthorizeSetting')
  withoutApi('openAppAuthorizeSetting')
  launchApp({ scene: 1001 })
})
beforeEach(() => {
  resetApis()
  storage().set('decisionNotes', { values: {}, readiness: {}, questions: [decisionAid.questions.items[0].id] })
})

test('without showShareImageMenu, the picture is offered to save to the album, not to forward', async () => {
  const page = await pictureMade()
  const pictures = callsOf('canvasToTempFilePath').length
  expect(pictures).toBeGreaterThan(0)
  expect(page.first('summary-picture__forward')).toBeUndefined()
  await page.tapElement(page.first('summary-picture__save') as Element, { rerender: true })
  expect(callsOf('saveImageToPhotosAlbum')).toEqual(Array(pictures).fill(expect.objectContaining({ filePath: 'http://tmp/summary-picture.png' })))
})

test('refused as the phone refuses WeChat, without WeChat\'s permission page: says in words where on the phone to allow it', async () => {
  const page = await pictureMade()
  failApi('saveImageToPhotosAlbum', { errMsg: 'saveImageToPhotosAlbum:fail auth deny' })
  await page.tapElement(page.first('summary-picture__save') as Element, { rerender: true })
  expect(page.text()).toContain(decisionAid.questions.summary.picture.systemRefusedSteps)
  expect(page.first('summary-picture__system-settings')).toBeUndefined()
  expect(page.first('summary-picture__settings')).toBeUndefined()
  expect(callsOf('openSetting')).toEqual([])
})

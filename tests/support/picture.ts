// Making the clinic summary's picture in the compiled package, for the tests of tests/pages/summary-picture*.
import { openPage, type OpenPage } from './miniprogram'

/** Opens the aid's questions, taps 生成图片 and waits for the preview of the saved file. */
export async function pictureMade(): Promise<OpenPage> {
  const page = await openPage('pages/decide/index', { section: 'questions' })
  const generate = page.first('summary-picture__generate')
  if (!generate) throw new Error(`No 生成图片 button. Page text: ${page.text()}`)
  await page.tapElement(generate)
  // Measuring, drawing and saving take a few turns of the event loop with nothing rendered in between.
  const started = Date.now()
  while (!page.first('summary-picture__image')) {
    if (Date.now() - started > 5000) throw new Error(`The picture's preview did not appear. Page text: ${page.text()}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  await page.settle()
  return page
}

// The organization's setting off (TARO_APP_SHOW_UPDATES=false build): exactly the brochure, nothing else lost.
import { launchApp, openPage, useDist } from '../support/miniprogram'
import { explainerSentences, trialSentences } from '../support/brochure'

beforeAll(() => {
  useDist('dist-brochure-only')
  launchApp({ scene: 1001 })
})

test.each(Object.keys(trialSentences))('%s: no addition, every brochure sentence and the 2016 status remain', async (id) => {
  const page = await openPage('pages/trial/index', { id })
  expect(page.first('since-brochure')).toBeUndefined()
  expect(page.text()).not.toMatch(/手册之后|NCT0|ISRCTN|doi:/)
  for (const sentence of trialSentences[id]) expect(page.compactText()).toContain(sentence)
  expect(page.text()).toContain('状态（截至2016年12月）')
})

test('the list shows only the brochure statuses, the explainer only the brochure', async () => {
  const list = await openPage('pages/trials/index')
  expect(list.all('status-badge--since')).toHaveLength(0)
  expect(list.all('status-badge')).toHaveLength(4)
  const explainer = await openPage('pages/hsct/index')
  expect(explainer.first('since-brochure')).toBeUndefined()
  for (const sentence of explainerSentences) expect(explainer.compactText()).toContain(sentence)
})

import { placeholderSettings, settings } from '@/settings'

test('the development settings are reported as placeholders, by name', () => {
  expect(placeholderSettings()).toEqual(['appId', 'officialAccount.originalId', 'funding', 'articles[0].url'])
})

test('real-looking settings pass', () => {
  const filled = {
    ...settings,
    appId: 'wx1234567890abcdef',
    officialAccount: { name: '紫贝壳公益', originalId: 'gh_0123456789ab' },
    articles: [{ title: '关于紫贝壳公益', url: 'https://mp.weixin.qq.com/s/AbCdEf' }],
    funding: '机构自筹资金'
  }
  expect(placeholderSettings(filled)).toEqual([])
})

// Organization settings as the organization would fill them in, with made-up values no content holds, for the tests
// of what a release build and an upload require.
import type { Settings } from '@/settings'

export const filledSettings: Settings = {
  officialAccount: { name: '示例公益', originalId: 'gh_0123456789ab' },
  articles: [{ title: '关于示例公益', url: 'https://mp.weixin.qq.com/s/AbCdEf' }],
  funding: '机构自筹资金',
  medicalReview: { name: '王医生', title: '风湿免疫科主任医师', date: '2000-01-15' },
  showUpdatesSinceBrochure: true
}

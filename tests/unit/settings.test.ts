// What a release build and an upload require of the organization's settings (src/content/settings.json), said in
// Chinese; the settings here are made up (tests/support/settings.ts), never the organization's.
import { medicalReviewText, settings, unfilledSettings, type Settings } from '@/settings'
import { DEVELOPMENT_APP_ID, releaseProblems } from '../../tools/release-settings'
import { filledSettings as filled } from '../support/settings'

const APP_ID = 'wx1234567890abcdef'

const unfilled: Settings = {
  ...filled,
  officialAccount: { name: '示例公益', originalId: '' },
  funding: '',
  medicalReview: { name: '', title: '', date: '' },
  articles: [filled.articles[0], { title: '另一篇', url: '' }]
}

test('release settings that are all filled in pass', () => {
  expect(releaseProblems(filled, APP_ID)).toEqual([])
})

test('every setting not filled in is reported in Chinese by file, name and JSON path, with what to fill in', () => {
  const problems = releaseProblems(unfilled, DEVELOPMENT_APP_ID)
  expect(problems.map((problem) => problem.split('还没填写。')[0])).toEqual([
    expect.stringMatching(/^\.env\.production：TARO_APP_ID 还是开发用的占位值（touristappid）：在 mp\.weixin\.qq\.com/),
    'src/content/settings.json：“公众号 › 公众号原始 ID”（officialAccount.originalId）',
    'src/content/settings.json：“公众号文章第 2 项 › 文章链接”（articles[1].url）',
    'src/content/settings.json：“资金来源”（funding）',
    'src/content/settings.json：“医学审阅”（medicalReview）'
  ])
  // What to fill in: the field's own description, e.g. where the original id is found.
  expect(problems[1]).toContain('设置与开发 → 账号设置')
})

test('a missing or malformed appid is refused', () => {
  expect(releaseProblems(filled, undefined)).toEqual([expect.stringMatching(/^\.env\.production：TARO_APP_ID 还是开发用的占位值（没有写）/)])
  expect(releaseProblems(filled, 'wx123')).toEqual([expect.stringMatching(/^\.env\.production：TARO_APP_ID "wx123" 不是小程序的 AppID/)])
})

test('a medical review needs a name, a title and a date', () => {
  expect(medicalReviewText(filled)).toBe('王医生（风湿免疫科主任医师），2000-01-15审阅')
  const undated = { ...filled, medicalReview: { ...filled.medicalReview, date: '' } }
  expect(medicalReviewText(undated)).toBeUndefined()
  expect(unfilledSettings(undated)).toEqual([['medicalReview']])
})

test('the settings module reads src/content/settings.json and keeps Taro\'s show-updates switch from the environment', () => {
  expect(settings.showUpdatesSinceBrochure).toBe(process.env.TARO_APP_SHOW_UPDATES !== 'false')
  expect(Object.keys(settings).sort()).toEqual(['articles', 'funding', 'medicalReview', 'officialAccount', 'showUpdatesSinceBrochure'])
})

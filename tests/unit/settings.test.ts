import { PLACEHOLDER, medicalReviewText, type Settings } from '@/settings'
import { DEVELOPMENT_APP_ID, releaseProblems } from '../../tools/release-settings'
import { filledSettings as filled } from '../support/settings'

const placeholders: Settings = {
  ...filled,
  officialAccount: { name: '示例公益', originalId: `gh_${PLACEHOLDER}` },
  // The about page states the organization's funding: only the organization can fill it in.
  funding: PLACEHOLDER,
  // Who reviewed the decision aid: only the organization can say.
  medicalReview: { name: PLACEHOLDER, title: PLACEHOLDER, date: PLACEHOLDER },
  articles: [filled.articles[0], { title: '另一篇', url: `https://mp.weixin.qq.com/s/${PLACEHOLDER}` }]
}

test('release settings that are all filled in pass', () => {
  expect(releaseProblems(filled, 'wx1234567890abcdef')).toEqual([])
})

test('every placeholder is reported by file and name', () => {
  expect(releaseProblems(placeholders, DEVELOPMENT_APP_ID)).toEqual([
    `.env.production: TARO_APP_ID is still a placeholder (${DEVELOPMENT_APP_ID})`,
    'src/settings.ts: officialAccount.originalId is still a placeholder',
    'src/settings.ts: funding is still a placeholder',
    'src/settings.ts: medicalReview is still a placeholder',
    'src/settings.ts: articles[1].url is still a placeholder'
  ])
})

test('a missing or malformed appid is refused', () => {
  expect(releaseProblems(filled, undefined)).toEqual(['.env.production: TARO_APP_ID is still a placeholder (missing)'])
  expect(releaseProblems(filled, 'wx123')).toEqual(['.env.production: TARO_APP_ID "wx123" is not an appid (wx and 16 hex digits)'])
})

test('an original id must be gh_ and 12 hex digits', () => {
  const typo = { ...filled, officialAccount: { name: '示例公益', originalId: 'gh_0123456789aZ' } }
  expect(releaseProblems(typo, 'wx1234567890abcdef')).toEqual(['src/settings.ts: officialAccount.originalId is still a placeholder'])
})

test('a medical review needs a name, a title and a date', () => {
  expect(medicalReviewText(filled)).toBe('王医生（风湿免疫科主任医师），2000-01-15审阅')
  const undated = { ...filled, medicalReview: { ...filled.medicalReview, date: '明年' } }
  expect(medicalReviewText(undated)).toBeUndefined()
  expect(releaseProblems(undated, 'wx1234567890abcdef')).toEqual(['src/settings.ts: medicalReview is still a placeholder'])
})

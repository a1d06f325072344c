// The organization's settings, typed: the values themselves are content, in src/content/settings.json (checked by
// npm run content:check like every content file). A setting not filled in yet is "" there. Build settings that Taro
// needs stay in .env (TARO_APP_SHOW_UPDATES) and .env.production (TARO_APP_ID).
import settingsJson from './content/settings.json'
import type { OrganizationSettings } from './content/types'

export type Settings = OrganizationSettings & {
  /**
   * false shows exactly the brochure (with the app's corrections of it) and hides everything else the app added
   * since (手册之后的进展, the harms). Set in .env; a single build can override it with TARO_APP_SHOW_UPDATES=false.
   */
  showUpdatesSinceBrochure: boolean
}

export const settings: Settings = {
  ...(settingsJson as OrganizationSettings),
  showUpdatesSinceBrochure: process.env.TARO_APP_SHOW_UPDATES !== 'false'
}

const filled = (value: string) => value.trim() !== ''

/** Where in settings.json the settings the organization has not filled in yet stand (what a release still needs). */
export function unfilledSettings(current: Settings): (string | number)[][] {
  const found: (string | number)[][] = []
  if (!filled(current.officialAccount.originalId)) found.push(['officialAccount', 'originalId'])
  current.articles.forEach((article, index) => {
    if (!filled(article.url)) found.push(['articles', index, 'url'])
  })
  if (!fundingText(current)) found.push(['funding'])
  if (!medicalReviewText(current)) found.push(['medicalReview'])
  return found
}

/** The articles whose link is filled in: an article without one is not shown. */
export function publishedArticles(current: Settings): Settings['articles'] {
  return current.articles.filter((article) => filled(article.url))
}

/** Who reviewed the decision aid, e.g. "王某某（风湿免疫科主任医师），2027-01-15审阅"; undefined until the organization fills it in. */
export function medicalReviewText({ medicalReview }: Settings): string | undefined {
  const { name, title, date } = medicalReview
  return [name, title, date].every(filled) ? `${name}（${title}），${date}审阅` : undefined
}

/** The organization's own statement of its funding; undefined until it fills it in (never guessed). */
export function fundingText({ funding }: Settings): string | undefined {
  return filled(funding) ? funding : undefined
}

// Organization settings: the values that differ between the development build and the published
// mini-program (the appid and the show-updates switch are Taro settings in .env and .env.production).
// `npm run build:release` refuses to build while any of them is still a placeholder.
export const PLACEHOLDER = 'PLACEHOLDER'

export const settings = {
  officialAccount: {
    name: '紫贝壳公益',
    /** The account's original id, gh_…, from its admin console (设置与开发 → 账号设置). */
    originalId: `gh_${PLACEHOLDER}`
  },
  /** Articles of the official account that the contact page links to. */
  articles: [
    { title: '在公众号阅读：关于紫贝壳公益', url: `https://mp.weixin.qq.com/s/${PLACEHOLDER}` }
  ],
  /**
   * How the organization funds the mini-program, in its own words, shown on the about page (关于本小程序 → 资金来源).
   * Only the organization can state this: never fill it in for them.
   */
  funding: PLACEHOLDER as string,
  /**
   * The clinician who reviewed the decision aid (pages/decide) medically: name, title and date (YYYY-MM-DD), as the
   * organization states them. Shown on the aid and the about page; until filled, both say that no clinician has
   * reviewed it. Never fill it in for them.
   */
  medicalReview: { name: PLACEHOLDER as string, title: PLACEHOLDER as string, date: PLACEHOLDER as string },
  /**
   * false shows exactly the brochure (with the app's corrections of it) and hides everything else the app added
   * since (手册之后的进展, the harms).
   * Set in .env; a single build can override it with TARO_APP_SHOW_UPDATES=false.
   */
  showUpdatesSinceBrochure: process.env.TARO_APP_SHOW_UPDATES !== 'false'
}

export type Settings = typeof settings

/** Names of the settings that still hold a development placeholder. */
export function placeholderSettings(current: Settings): string[] {
  const found: string[] = []
  if (!/^gh_[0-9a-f]{12}$/.test(current.officialAccount.originalId)) found.push('officialAccount.originalId')
  if (!fundingText(current)) found.push('funding')
  if (!medicalReviewText(current)) found.push('medicalReview')
  current.articles.forEach((article, index) => {
    if (article.url.includes(PLACEHOLDER)) found.push(`articles[${index}].url`)
  })
  return found
}

/** Who reviewed the decision aid, e.g. "王某某（风湿免疫科主任医师），2027-01-15审阅"; undefined until the organization fills it in. */
export function medicalReviewText({ medicalReview }: Settings): string | undefined {
  const { name, title, date } = medicalReview
  const filled = [name, title, date].every((value) => value.trim() !== '' && !value.includes(PLACEHOLDER))
  return filled && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${name}（${title}），${date}审阅` : undefined
}

/** The organization's own statement of its funding; undefined until it fills it in (never guessed). */
export function fundingText({ funding }: Settings): string | undefined {
  return funding.includes(PLACEHOLDER) || funding.trim() === '' ? undefined : funding
}

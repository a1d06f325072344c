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
  if (current.funding.includes(PLACEHOLDER)) found.push('funding')
  current.articles.forEach((article, index) => {
    if (article.url.includes(PLACEHOLDER)) found.push(`articles[${index}].url`)
  })
  return found
}

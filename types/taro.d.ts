// WeChat APIs and fields that Taro 4.2.1's typings lack. Declared optional where older base libraries lack them,
// so that the code must check before calling.
import '@tarojs/taro'

declare module '@tarojs/taro' {
  namespace getAppBaseInfo {
    interface Result {
      /** WeChat's font-size factor: 1 normally, more in care mode or with a larger system font. */
      fontSizeScaleFactor?: number
    }
  }

  /** Taro passes these through without promisifying them: they answer through callbacks only. */
  interface OfficialAccountCallbacks {
    success?: () => void
    fail?: (error: TaroGeneral.CallbackResult) => void
  }

  interface TaroStatic {
    /** The official account's profile, by its original id gh_… (base library 3.7.10+). */
    openOfficialAccountProfile?: (option: OfficialAccountCallbacks & { username: string }) => void
    /** One of the official account's articles (base library 3.4.8+). */
    openOfficialAccountArticle?: (option: OfficialAccountCallbacks & { url: string }) => void
  }
}

/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const path: string
  export default path
}
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
    /** From .env.production; Taro writes it into dist/project.config.json. */
    TARO_APP_ID?: string
    /** From .env, inlined by Taro: 'false' hides the additions since the brochure. */
    TARO_APP_SHOW_UPDATES?: string
  }
}

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
    TARO_APP_ID: string
  }
}

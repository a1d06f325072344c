export default definePageConfig({
  navigationBarTitleText: '关于本小程序',
  // Required: without them Taro registers no share handlers for the page.
  enableShareAppMessage: true,
  enableShareTimeline: true
})

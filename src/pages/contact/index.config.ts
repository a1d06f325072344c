export default definePageConfig({
  navigationBarTitleText: '联系我们',
  // Required: without them Taro registers no share handlers for the page.
  enableShareAppMessage: true,
  enableShareTimeline: true
})

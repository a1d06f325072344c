export default definePageConfig({
  navigationBarTitleText: '和医生商量之前',
  // Required: without them Taro registers no share handlers for the page.
  enableShareAppMessage: true,
  enableShareTimeline: true
})

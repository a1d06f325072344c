export default definePageConfig({
  navigationBarTitleText: '四项临床试验',
  // Required: without them Taro registers no share handlers for the page.
  enableShareAppMessage: true,
  enableShareTimeline: true
})

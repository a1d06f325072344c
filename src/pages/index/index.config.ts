export default definePageConfig({
  navigationBarTitleText: '紫贝壳公益',
  // Required: without them Taro registers no share handlers for the page.
  enableShareAppMessage: true,
  enableShareTimeline: true
})

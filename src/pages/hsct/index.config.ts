export default definePageConfig({
  navigationBarTitleText: '自体造血干细胞移植',
  // Required: without them Taro registers no share handlers for the page.
  enableShareAppMessage: true,
  enableShareTimeline: true
})

export default defineAppConfig({
  pages: ['pages/index/index'],
  window: { navigationBarTitleText: 'Empty' },
  lazyCodeLoading: 'requiredComponents'
})

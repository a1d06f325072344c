export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/hsct/index',
    'pages/trials/index',
    'pages/trial/index',
    'pages/contact/index',
    'pages/about/index',
    'pages/decide/index'
  ],
  window: {
    backgroundTextStyle: '@bgTextStyle',
    backgroundColor: '@bgColor',
    navigationBarBackgroundColor: '@navBgColor',
    navigationBarTitleText: '紫贝壳公益',
    navigationBarTextStyle: '@navTextStyle'
  },
  darkmode: true,
  themeLocation: 'theme.json',
  lazyCodeLoading: 'requiredComponents',
  sitemapLocation: 'sitemap.json'
})

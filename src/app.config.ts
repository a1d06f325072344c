// Compiled into app.json at build time; the default title is read from ui.json like every page's.
import ui from './content/ui.json'

// Only the home page is in the main package, which WeChat downloads before anything shows. Every other page is a
// subpackage whose root is its own folder, so its public path (pages/trial/index, see src/routes.ts) stays exactly
// as share cards, QR codes and bookmarks have it; a QR code to a trial downloads the main package and pages/trial only.
const SUBPACKAGE_ROOTS = ['pages/hsct', 'pages/trials', 'pages/trial', 'pages/contact', 'pages/about', 'pages/decide']

export default defineAppConfig({
  pages: ['pages/index/index'],
  subPackages: SUBPACKAGE_ROOTS.map((root) => ({ root, pages: ['index'] })),
  // Once home has shown, fetch every subpackage on any network, so that no tap on home waits for a download. WeChat
  // starts this only after home is ready, and all of them together are about a third of the main package (npm run
  // bench lists each); a reader on a weak network would otherwise wait at every first tap instead.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: SUBPACKAGE_ROOTS }
  },
  window: {
    backgroundTextStyle: '@bgTextStyle',
    backgroundColor: '@bgColor',
    navigationBarBackgroundColor: '@navBgColor',
    navigationBarTitleText: ui.navigationBar.home,
    navigationBarTextStyle: '@navTextStyle'
  },
  darkmode: true,
  themeLocation: 'theme.json',
  lazyCodeLoading: 'requiredComponents',
  sitemapLocation: 'sitemap.json'
})

// Taro compiles this file into the page's JSON at build time, so the title is read from ui.json here.
import ui from '../../content/ui.json'

export default definePageConfig({
  navigationBarTitleText: ui.navigationBar.decide,
  // Required: without them Taro registers no share handlers for the page.
  enableShareAppMessage: true,
  enableShareTimeline: true
})

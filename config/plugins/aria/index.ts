import path from 'path'
import type { IPluginContext, TaroPlatformBase, TaroPlatformWeb } from '@tarojs/service'
import { ariaComponents } from './attributes'

/**
 * Makes the mini-program templates (dist/base.wxml) bind WeChat's aria-* attributes from each node's data, the
 * way @tarojs/plugin-inject's `components` option does (it has no release for Taro 4.2): Taro 4.2.1 binds a
 * fixed attribute list, so without this `aria-role`/`aria-label` set in React never reach the screen reader.
 * The web build needs nothing: React passes ARIA attributes to the DOM.
 */
export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: TaroPlatformBase | TaroPlatformWeb) {
      if (!('template' in platform)) return
      platform.template.mergeComponents(ctx, ariaComponents)
      const runtime = path.resolve(__dirname, 'runtime')
      platform.runtimePath = [...[platform.runtimePath].flat(), runtime]
    }
  })
}

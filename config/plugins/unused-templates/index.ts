import type { IPluginContext } from '@tarojs/service'

/**
 * Components whose templates Taro 4.2.1 writes into base.wxml whether or not a page uses them. Taro adds every
 * component a page imports from @tarojs/components back to the list as it compiles, so this only drops templates
 * that nothing renders. scroll-view is the costly one: base.wxml repeats it at every nesting level (about 0.6 KB a
 * level of the main package). Leave image alone: Taro renders an image without handlers as static-image, whose
 * template it would not add back.
 */
const NOT_USED_BY_DEFAULT = ['scroll-view']

export default (ctx: IPluginContext) => {
  ctx.modifyComponentConfig(({ componentConfig }: { componentConfig: { includes: Set<string> } }) => {
    for (const component of NOT_USED_BY_DEFAULT) componentConfig.includes.delete(component)
  })
}

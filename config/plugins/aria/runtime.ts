// Imported by the compiled app before anything renders (see ./index.ts): Taro shortens prop names in the page
// data with aliases computed from the component list, so the runtime must know the attributes the templates bind.
import { mergeInternalComponents } from '@tarojs/shared'
import { ariaComponents } from './attributes'

mergeInternalComponents(ariaComponents)

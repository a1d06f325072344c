// How the reader arrived: the launch scene decides which arrival aids and follow controls make sense.
import Taro from '@tarojs/taro'

/** Share cards from a single chat, a group chat, and a shared message forwarded from elsewhere. */
const SHARE_CARD_SCENES = [1007, 1008, 1044]
/** Moments: 1154 is the single-page preview, 1155 the full mini-program opened from it. */
const MOMENTS_SINGLE_PAGE_SCENE = 1154
const MOMENTS_SCENES = [MOMENTS_SINGLE_PAGE_SCENE, 1155]
/** Cold-start scenes in which WeChat shows the official-account follow card (base library 2.18.1+). */
const FOLLOW_CARD_SCENES = [1011, 1017, 1025, 1047, 1124]

function sceneOf(read: () => { scene?: number } | undefined): number | undefined {
  try {
    return read()?.scene
  } catch {
    return undefined // the web build and old base libraries may not know these APIs
  }
}

export interface Arrival {
  /** Opened from a share card or Moments: the reader did not come through our home page. */
  fromShare: boolean
  /** Moments' single-page mode, where navigation, open-type buttons and the follow card are disabled. */
  singlePage: boolean
  /** WeChat would show the follow card for this launch. */
  followCardAllowed: boolean
}

export function readArrival(): Arrival {
  const scene = sceneOf(() => Taro.getEnterOptionsSync?.()) ?? sceneOf(() => Taro.getLaunchOptionsSync?.())
  const coldScene = sceneOf(() => Taro.getLaunchOptionsSync?.())
  const singlePage = scene === MOMENTS_SINGLE_PAGE_SCENE
  return {
    fromShare: scene !== undefined && (SHARE_CARD_SCENES.includes(scene) || MOMENTS_SCENES.includes(scene)),
    singlePage,
    followCardAllowed: !singlePage && coldScene !== undefined && FOLLOW_CARD_SCENES.includes(coldScene)
  }
}

/** True when this page is the only one on the stack, so WeChat shows no back button. */
export function isAloneOnStack(): boolean {
  try {
    return Taro.getCurrentPages().length <= 1
  } catch {
    return false
  }
}

// WeChat's follow card (<official-account>) needs at least 300 px of width. On this page it may use the window's width
// minus the page's side paddings and the follow box's border (it reaches over the box's own padding, see index.scss):
// 68 of the 750 rpx. That is 291 px on a 320-px phone, too narrow; such phones get the follow button instead.
// tests/browser/follow-card.test.ts measures the web build to keep this in step with the styles.

export const FOLLOW_CARD_MIN_PX = 300
const INSET_RPX = 68
const DESIGN_WIDTH_RPX = 750

/** Whether the follow card fits a window `width` px wide; an unknown width (an older base library) is taken to fit, as before. */
export function followCardFits(width: number | undefined): boolean {
  return width === undefined || width * (1 - INSET_RPX / DESIGN_WIDTH_RPX) >= FOLLOW_CARD_MIN_PX
}

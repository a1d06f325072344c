// What a screen reader is told about a component. WeChat's screen reader (aria-component) reads `aria-role`,
// bound in the compiled templates by config/plugins/aria; the web build's browsers read `role`.
// The other aria-* attributes are spelt the same on both.

export type AccessibleRole = 'button' | 'radio' | 'radiogroup' | 'checkbox' | 'heading' | 'dialog' | 'img'

const ROLE_ATTRIBUTE = process.env.TARO_ENV === 'h5' ? 'role' : 'aria-role'

/** Glyphs that only decorate (arrows, separators, check marks, bullets, symbol icons): hidden from screen readers. */
export const DECORATIVE_GLYPH = /[›‹·•✓☎✉]/

/** Taro's components do not type aria-* props; spread this object onto them. */
export type AriaProps = Record<string, string | number | boolean>

export function roleProps(role: AccessibleRole): AriaProps {
  return { [ROLE_ATTRIBUTE]: role }
}

// The web's keyboard users reach a custom control (or scroll a panel) only with a tab stop; WeChat has no keyboard focus.
const TAB_STOP: AriaProps = process.env.TARO_ENV === 'h5' ? { tabIndex: 0 } : {}

/** A control: its role, the words announced, and whether it is chosen (a radio of a group, or a checkbox). */
export function controlProps(role: 'button' | 'radio' | 'checkbox', label: string, checked?: boolean): AriaProps {
  return {
    ...roleProps(role),
    'aria-label': label,
    ...(checked === undefined ? {} : { 'aria-checked': checked }),
    ...TAB_STOP
  }
}

/** A sheet over the page: announced with its label as it opens (a live region for WeChat, which moves no focus). */
export function dialogProps(label: string): AriaProps {
  return { ...roleProps('dialog'), 'aria-modal': true, 'aria-live': 'assertive', 'aria-label': label, ...TAB_STOP }
}

export const HIDDEN: AriaProps = { 'aria-hidden': true }

/** A picture drawn with views (an icon array): one label says what it shows; its parts stay silent. */
export function pictureProps(label: string): AriaProps {
  return { ...roleProps('img'), 'aria-label': label }
}

/**
 * A text field: the words announced for it (WeChat's textarea announces no visible label beside it). The web build
 * wraps its <textarea> in an element of its own: the label goes onto the textarea itself (Taro's nativeProps).
 */
export function fieldProps(label: string): { nativeProps: AriaProps } | AriaProps {
  return process.env.TARO_ENV === 'h5' ? { nativeProps: { 'aria-label': label } } : { 'aria-label': label }
}

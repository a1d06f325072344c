// The ARIA attributes WeChat's screen reader support (aria-component, base library 2.7.1+) reads, bound on
// the components the pages render. '' binds the attribute straight from the node's data, with no default.
// Shared by the build (templates) and the runtime (Taro's data aliases): both must see the same list.
// Each component binds only what the pages set on it: every binding is repeated in each of base.wxml's
// per-depth templates, so an unused one costs the main package about 1.5 KB.
const always = { 'aria-role': '', 'aria-label': '', 'aria-hidden': '' }

export const ariaComponents = {
  /** Tappable cards and chips (checked: a chosen radio), radio groups, the term sheet (a live dialog). */
  View: { ...always, 'aria-checked': '', 'aria-live': '', 'aria-modal': '' },
  /** Headings (level), tappable terms inside a sentence, decorative glyphs. */
  Text: { ...always, 'aria-level': '' },
  /** Native buttons announce their own words and role; a fuller label where one is needed. */
  Button: { 'aria-label': '' },
  /** The aid's fields for her own words and results: what to write, announced for the field. */
  Textarea: { 'aria-label': '' }
}

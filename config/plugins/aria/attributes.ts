// The ARIA attributes WeChat's screen reader support (aria-component, base library 2.7.1+) reads, bound on
// the components the pages render. '' binds the attribute straight from the node's data, with no default.
// Shared by the build (templates) and the runtime (Taro's data aliases): both must see the same list.
const bound = {
  'aria-role': '',
  'aria-label': '',
  'aria-hidden': '',
  'aria-selected': '',
  'aria-checked': '',
  'aria-level': '',
  'aria-live': '',
  'aria-modal': ''
}

export const ariaComponents = {
  View: bound,
  Text: bound,
  Button: bound
}

// Opens the web build (dist-h5/, `taro build --type h5`) in Debian's Chromium through playwright-core, so that
// the design can be looked at (screenshots) and measured (tap targets, overflow, spacing, contrast, axe-core) as a
// patient's phone would show it: config (what and where), probes (run inside the page), harness, format.
export * from './config'
export * from './format'
export * from './harness'
export type * from './types'

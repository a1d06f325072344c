// The content that the home page and every page's frame (PageShell, the term sheet, the notes beside the brochure's
// title) read: it ships in the main package, which every reader waits for, so it holds only meta.json and the home
// page's own terms. Content that subpackage pages read comes from index.ts and the modules beside it; never import
// those from code that runs on the home page.
import metaJson from './meta.json'
import type { Meta } from './types'

export { homeGlossary } from './homeGlossary'
export { homeFacts } from './homeFacts'

export const meta = metaJson as Meta

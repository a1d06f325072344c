// The words of the app's controls (ui.json), for every page. Small on purpose: it ships in the main package.
import uiJson from './ui.json'
import type { InterfaceWords } from './types'

export { fill } from './fill'

export const ui = uiJson as InterfaceWords

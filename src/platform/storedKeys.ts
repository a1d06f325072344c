// Every key the app keeps in the phone's storage, in one list: storage.ts accepts no other key, and the
// about page's privacy section must name each one (tests/pages/privacy-apis.test.ts), so a new key cannot be kept
// without telling the reader. No Taro import here, so that tests and scripts can read the list.
export const STORED_KEYS = [
  /** The text size she chose (src/platform/preferences.ts). */
  'textSize',
  /** Her answers, her own words and her own results in the decision aid (src/pages/decide/notes.ts). */
  'decisionNotes',
  /** The part of the decision aid she last read (src/pages/decide/lastPart.ts). */
  'decideLastPart'
] as const

export type StoredKey = (typeof STORED_KEYS)[number]

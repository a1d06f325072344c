// Where each part of the decision aid keeps its words: in decide.json under its public name (src/routes.ts) in
// camelCase, 'next-step' → nextStep. The page, the list of sources and the readability check all find a part's
// content this way, so no list of parts is kept twice.
import type { DecideSection } from '../routes'

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S
export type PartContentKey<S extends DecideSection = DecideSection> = CamelCase<S>

export function partContentKey<S extends DecideSection>(section: S): PartContentKey<S> {
  return section.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as PartContentKey<S>
}

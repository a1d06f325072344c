// Types of the bundled content, inferred from the schemas (type-only: zod is not bundled).
import type { z } from 'zod'
import type {
  aboutSchema, contactSchema, correctionsSchema, decideSchema, explainerSchema, findingsSchema, glossarySchema, metaSchema, organizationSchema, sinceBrochureSchema,
  settingsSchema, trialSchema, uiSchema, trialPagesSchema, trialsSchema, trialStatusSchema
} from './schema'

export type Meta = z.infer<typeof metaSchema>
export type Explainer = z.infer<typeof explainerSchema>
export type ExplainerSection = Explainer['sections'][number]
export type Trial = z.infer<typeof trialSchema>
export type TrialStatus = z.infer<typeof trialStatusSchema>
export type TrialsContent = z.infer<typeof trialsSchema>
export type Organization = z.infer<typeof organizationSchema>
export type Contact = z.infer<typeof contactSchema>
export type Glossary = z.infer<typeof glossarySchema>
export type GlossaryTerm = Glossary['terms'][number]
export type SinceBrochure = z.infer<typeof sinceBrochureSchema>
export type TrialUpdate = SinceBrochure['trials'][number]
export type SourcedText = TrialUpdate['entries'][number]
export type Source = SourcedText['sources'][number]
export type SourcedBlock = SinceBrochure['guidelines']
export type HarmsBlock = SinceBrochure['harms']
export type TrialStatusNow = TrialUpdate['status']
export type RecordedStatus = Pick<TrialStatusNow, 'text' | 'recordName' | 'recordDate'>
export type FindingsContent = z.infer<typeof findingsSchema>
export type Finding = FindingsContent['findings'][number]
export type ComparisonFinding = Extract<Finding, { design: 'randomised' }>
export type SingleGroupFinding = Extract<Finding, { design: 'single-group' }>
export type GroupResult = ComparisonFinding['transplant']
export type CorrectionsContent = z.infer<typeof correctionsSchema>
export type Correction = CorrectionsContent['corrections'][number]
export type About = z.infer<typeof aboutSchema>
export type Decide = z.infer<typeof decideSchema>
export type GridCell = Decide['grid']['rows'][number]['hsct']
export type DecideParagraph = Decide['decision']['paragraphs'][number]
export type Choice = Decide['values']['choices'][number]
export type InterfaceWords = z.infer<typeof uiSchema>
export type OrganizationSettings = z.infer<typeof settingsSchema>
export type TrialPages = z.infer<typeof trialPagesSchema>

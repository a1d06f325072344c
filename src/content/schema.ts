// Schemas for the bundled content. Used at build time (config/index.ts), by `npm run content:check`
// and by tests; the mini-program imports only the types inferred from them, so zod never ships.
import { z } from 'zod'

const text = z.string().min(1, 'expected non-empty text')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
const year = z.number().int().min(1990).max(2100)
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case id such as "scot"')

export const metaSchema = z.object({
  appTitle: text,
  /**
   * The app's own name for the treatment (the brochure's words stay as they are): the full name, so that nobody
   * takes it for the "干细胞治疗" that clinics sell.
   */
  treatmentName: text,
  brochure: z.object({
    title: text,
    titleEn: text,
    organizationName: text,
    organizationNameEn: text,
    tagline: z.array(text).min(1),
    publisher: text
  }).strict(),
  /** The app's own sentence, near the top of home and explainer: what the brochure's title says, and who decides. */
  experimentalNote: text,
  contentDate: text,
  contentDateNote: text,
  translationNote: z.object({ text, licensor: text }).strict(),
  disclaimer: text,
  source: text,
  /** Said where the organization's funding statement (settings.funding) would stand, until it fills it in. */
  fundingPending: text,
  /** Said where the decision aid's medical reviewer (settings.medicalReview) would stand, until one is named. */
  medicalReviewPending: text,
  reviewedAt: isoDate
}).strict()

export const explainerSchema = z.object({
  title: text,
  lead: text,
  sections: z.array(z.object({
    id: slug,
    heading: text,
    paragraphs: z.array(text).min(1),
    listsTrials: z.boolean().optional()
  }).strict()).min(1)
}).strict()

export const trialStatusSchema = z.enum(['completed', 'analysing', 'recruiting', 'not-recruiting'])

export const trialSchema = z.object({
  id: slug,
  acronym: text,
  nameZh: text,
  nameEn: text,
  region: z.string(),
  sites: z.string(),
  design: z.string(),
  comparator: z.string(),
  population: z.string(),
  diseaseDurationMaxYears: z.number().positive().optional(),
  treatmentMonths: z.number().positive().optional(),
  enrollment: z.object({
    enrolled: z.number().int().positive().optional(),
    randomized: z.number().int().positive().optional(),
    planned: z.number().int().positive().optional()
  }).strict(),
  followUpMonths: z.number().int().positive().optional(),
  startYear: year,
  endYear: year,
  /** Where the brochure gives another end year that the app corrects (beside the sentence, in corrections.json). */
  endYearInBrochure: year.optional(),
  endYearPlanned: z.boolean(),
  dataCollectionYear: year.optional(),
  yearsLabel: text,
  status: trialStatusSchema,
  statusLabel: text,
  results: z.object({ year, month: z.number().int().min(1).max(12).optional(), label: text }).strict().optional(),
  treatmentRelatedMortalityPercent: z.number().min(0).max(100).optional(),
  treatmentRelatedDeaths: z.number().int().min(0).optional(),
  brochureText: z.array(text).min(1)
}).strict().refine((trial) => trial.endYear >= trial.startYear, {
  message: 'expected endYear to be the same as or after startYear', path: ['endYear']
})

export const trialsSchema = z.object({
  intro: text,
  statusAsOf: text,
  axis: z.object({ startYear: year, endYear: year }).strict(),
  trials: z.array(trialSchema).min(1)
}).strict()

export const contactSchema = z.object({
  id: slug,
  label: text,
  value: text,
  action: z.enum(['call', 'copy', 'follow']),
  note: text.optional()
}).strict()

export const organizationSchema = z.object({
  name: text,
  shortName: text,
  formerName: text,
  nameEn: text,
  foundedYear: year,
  registeredYear: year,
  registeredWith: text,
  introduction: z.array(text).min(1),
  vision: text,
  mission: text,
  slogan: text,
  contacts: z.array(contactSchema).min(1)
}).strict()

export const glossarySchema = z.object({
  note: text,
  reviewedAt: isoDate,
  terms: z.array(z.object({
    id: slug,
    term: text,
    matches: z.array(text).min(1),
    definition: text
  }).strict()).min(1)
}).strict()

const sourceSchema = z.object({
  citation: text,
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'expected a DOI such as 10.1056/NEJMoa1703327').optional(),
  registry: z.string().regex(/^(NCT\d{8}|ISRCTN\d{8})$/, 'expected a registry number such as NCT00114530').optional()
}).strict()

const sources = z.array(sourceSchema).min(1, 'expected at least one source')

const sourcedTextSchema = z.object({ text, sources }).strict()

const sourcedBlockSchema = z.object({
  heading: text,
  checkedAt: isoDate,
  entries: z.array(sourcedTextSchema).min(1)
}).strict()

/** Ids of findings.json entries, shown in this order. */
const findingIds = z.array(slug)

export const sinceBrochureSchema = z.object({
  heading: text,
  label: text,
  trials: z.array(z.object({
    trialId: slug,
    /**
     * Today's status: shown in every build, beside the brochure's dated one (a reader must never take a closed
     * trial for one that recruits).
     */
    status: z.object({
      now: text,
      /** Whether the trial is over today, for the list's filter. */
      endedNow: z.boolean(),
      recruitingNow: z.boolean(),
      sources
    }).strict(),
    checkedAt: isoDate,
    /** What became of the trial: the first thing its page says after the status. */
    headline: sourcedTextSchema,
    /** Its results, benefits and harms in the same form, on the first screen (shown in every build: harms are safety content). */
    findings: findingIds,
    /** Further additions, shown after the brochure's text. */
    entries: z.array(sourcedTextSchema)
  }).strict()),
  guidelines: sourcedBlockSchema,
  /** Shown in every build, also when the organization hides the other additions. */
  harms: sourcedBlockSchema.extend({ findings: findingIds }).strict()
}).strict()

const groupResultSchema = z.object({
  /** People counted, of the group's size `of`. */
  count: z.number().int().min(0).optional(),
  of: z.number().int().positive().optional(),
  /** Where the source gives only a share (a survival estimate), in percent. */
  percent: z.number().min(0).max(100).optional(),
  /** What was counted in this group, where the two groups were counted differently (e.g. 好转 / 病情加重). */
  what: text.optional(),
  note: text.optional()
}).strict().superRefine((result, context) => {
  const counted = result.count !== undefined && result.of !== undefined
  if (counted === (result.percent !== undefined) || (result.count === undefined) !== (result.of === undefined)) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: 'expected either count and of, or percent' })
  } else if (counted && (result.count as number) > (result.of as number)) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: 'expected count to be at most of', path: ['count'] })
  }
})

/**
 * One result of a randomised trial, for both groups in the same form: what was counted, over what time, by which
 * analysis. Rendered as a sentence by findingSentence (src/content/findings.ts), never retyped by hand.
 */
export const findingSchema = z.object({
  id: slug,
  /** The trial page that shows it (ASSIST I's results stand on the ASSIST page). */
  trialId: slug,
  /** The study named in the sentence. */
  study: text,
  kind: z.enum(['benefit', 'harm']),
  outcome: text,
  timeframe: text,
  analysis: z.enum(['itt', 'per-protocol']).optional(),
  /** People in each group, or (SCOT's composite) pairwise comparisons won by each group. */
  unit: z.enum(['people', 'comparisons']),
  transplant: groupResultSchema,
  control: groupResultSchema,
  /** How sure the difference is, where the source says. */
  certainty: text.optional(),
  sources
}).strict()

export const findingsSchema = z.object({
  checkedAt: isoDate,
  findings: z.array(findingSchema).min(1)
}).strict()

/**
 * The app's corrections of the brochure, each shown right beside the sentence it corrects (`target`, which must be
 * one of the brochure's sentences word for word). A "note" explains a misleading wording rather than an error.
 */
export const correctionsSchema = z.object({
  label: text,
  corrections: z.array(z.object({
    id: slug,
    kind: z.enum(['correction', 'note']),
    target: text,
    text,
    sources: z.array(sourceSchema),
    checkedAt: isoDate
  }).strict().refine((entry) => entry.kind === 'note' || entry.sources.length > 0, {
    message: 'expected at least one source', path: ['sources']
  })).min(1)
}).strict()

/** The about page: what the app is, who wrote what and how, one item per HONcode principle. */
export const aboutSchema = z.object({
  title: text,
  intro: text,
  principles: z.array(z.object({
    id: z.enum(['authority', 'complementarity', 'privacy', 'attribution', 'justifiability', 'transparency', 'financial-disclosure', 'advertising']),
    heading: text,
    paragraphs: z.array(text).min(1)
  }).strict()).length(8, 'expected the eight HONcode principles')
}).strict()

const optionalSources = z.array(sourceSchema)
/** A paragraph of the decision aid: a fact carries its sources, the aid's own guidance none. */
const decideParagraph = z.object({ text, sources: optionalSources }).strict()
const idText = z.object({ id: slug, text }).strict()
const idLabel = z.object({ id: slug, label: text }).strict()
const titledText = z.object({ title: text, text }).strict()

/** One option's answer to a row of the option grid: the app's own lines and, for numbers, findings.json entries. */
const gridCell = z.object({ lines: z.array(text), findings: z.array(slug), sources: optionalSources }).strict()
  .refine((cell) => cell.lines.length + cell.findings.length > 0, { message: 'expected lines or findings' })

const percentOfHundred = z.number().int().min(0).max(100)

/**
 * The decision aid (pages/decide), to the International Patient Decision Aid Standards: the decision, the options,
 * an option grid, icon arrays, the randomised trials side by side, the process, what doctors look at, how sure
 * the numbers are, what matters to the reader, questions for the doctor, where to look for trials, and about it.
 */
export const decideSchema = z.object({
  title: text,
  label: text,
  writtenAt: isoDate,
  checkedAt: isoDate,
  decision: z.object({ heading: text, paragraphs: z.array(decideParagraph).min(1) }).strict(),
  options: z.object({
    heading: text,
    intro: text,
    choices: z.array(z.object({ id: z.enum(['hsct', 'standard']), name: text, text }).strict()).length(2),
    others: text
  }).strict(),
  grid: z.object({
    heading: text,
    intro: text,
    rows: z.array(z.object({ question: text, hsct: gridCell, standard: gridCell }).strict()).min(8, 'expected at least 8 questions')
  }).strict(),
  pictures: z.object({
    heading: text,
    intro: text,
    arrays: z.array(z.object({
      id: slug,
      findingId: slug,
      heading: text,
      /** How many of the 100 figures each group's array marks: must equal the finding's "100人中约…". */
      marked: z.object({ transplant: percentOfHundred, control: percentOfHundred }).strict()
    }).strict()).min(2)
  }).strict(),
  trials: z.object({
    heading: text,
    intro: text,
    trials: z.array(z.object({ name: text, rows: z.array(z.object({ label: text, text }).strict()).min(1), sources }).strict()).min(1),
    singleGroup: z.object({ name: text, text, sources }).strict()
  }).strict(),
  process: z.object({ heading: text, intro: text, steps: z.array(titledText).min(1), unknowns: text, sources }).strict(),
  doctors: z.object({ heading: text, intro: text, points: z.array(titledText).min(1), sources }).strict(),
  certainty: z.object({ heading: text, paragraphs: z.array(decideParagraph).min(1) }).strict(),
  values: z.object({
    heading: text,
    intro: text,
    statements: z.array(idText).min(4, 'expected at least 4 statements to weigh'),
    choices: z.array(idLabel).min(2),
    leaning: z.object({ question: text, choices: z.array(idLabel).min(2) }).strict(),
    readiness: z.object({ heading: text, questions: z.array(idText).min(1), choices: z.array(idLabel).min(2), note: text }).strict(),
    storage: text,
    clear: text
  }).strict(),
  questions: z.object({
    heading: text,
    intro: text,
    items: z.array(idText).min(8, 'expected at least 8 questions'),
    copy: text,
    copyHeading: text,
    nothingTicked: text
  }).strict(),
  recruiting: z.object({
    heading: text,
    paragraphs: z.array(decideParagraph).min(1),
    registriesHeading: text,
    registries: z.array(z.object({ id: slug, name: text, address: text, note: text }).strict()).min(1),
    searchHeading: text,
    searchWords: z.array(text).min(1),
    searchNote: text,
    rulesHeading: text,
    rules: z.array(decideParagraph).min(1)
  }).strict(),
  about: z.object({ heading: text, paragraphs: z.array(text).min(1) }).strict()
}).strict()

/** Every content file and the schema it must satisfy. */
export const contentFiles = {
  'meta.json': metaSchema,
  'hsct.json': explainerSchema,
  'trials.json': trialsSchema,
  'organization.json': organizationSchema,
  'glossary.json': glossarySchema,
  'since-brochure.json': sinceBrochureSchema,
  'findings.json': findingsSchema,
  'corrections.json': correctionsSchema,
  'about.json': aboutSchema,
  'decide.json': decideSchema
} as const

export type ContentFileName = keyof typeof contentFiles

// Schemas for the bundled content. Used at build time (config/index.ts), by `npm run content:check`
// and by tests; the mini-program imports only the types inferred from them, so zod never ships.
import { z } from 'zod'

const text = z.string().min(1, 'expected non-empty text')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
/** A record's date: a day, or only the month where the source gives no day (a journal issue). */
const recordDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected a date as YYYY-MM-DD (or YYYY-MM where the source gives no day)')
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
  registry: z.string().regex(/^(NCT\d{8}|ISRCTN\d{8}|CTIS\d{4}-\d{6}-\d{2}-\d{2})$/, 'expected a registry number such as NCT00114530').optional()
}).strict()

const sources = z.array(sourceSchema).min(1, 'expected at least one source')

/**
 * A trial's status as a record gave it. A status is only as new as its record: the pages say the record's date, apart
 * from the date the app checked it, and call a status today's (现在) only while the record is under 12 months old.
 */
const recordedStatusSchema = z.object({
  /** What the record says, without "现在". */
  text,
  /** The record it was read from, e.g. "ClinicalTrials.gov 注册记录". */
  recordName: text,
  /** That record's own date (its last update, or a paper's month): not the date the app checked it. */
  recordDate,
  sources
}).strict()

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
    status: recordedStatusSchema.extend({
      /** People enrolled, as the record says (shown beside the brochure's number). */
      enrolled: z.number().int().positive().optional(),
      /** Whether the trial is over, for the list's filter. */
      endedNow: z.boolean(),
      recruitingNow: z.boolean()
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

const groupShape = {
  /** People counted, of the group's size `of` (a secondary source may give the count alone). */
  count: z.number().int().min(0).optional(),
  of: z.number().int().positive().optional(),
  /** Where the source gives only a share (a survival estimate), in percent. */
  percent: z.number().min(0).max(100).optional(),
  /** What was counted in this group, where the two groups were counted differently (e.g. 好转 / 病情加重). */
  what: text.optional(),
  note: text.optional()
}

type GroupFields = { count?: number; of?: number; percent?: number }

function checkGroup(result: GroupFields, context: z.RefinementCtx): void {
  if ((result.count !== undefined) === (result.percent !== undefined) || (result.of !== undefined && result.count === undefined)) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: 'expected either count (with of, where the source gives the group size), or percent' })
  } else if (result.count !== undefined && result.of !== undefined && result.count > result.of) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: 'expected count to be at most of', path: ['count'] })
  }
}

const groupResultSchema = z.object(groupShape).strict().superRefine(checkGroup)

/**
 * Whether the difference between the two groups is statistically clear, said the same way for every comparison:
 * clear (不太可能只是碰巧), unclear (可能只是碰巧), mixed (e.g. higher early, lower later: `text` says how) or
 * unchecked (the app has not verified it). `p` is the technical detail, shown only where details are asked for.
 */
const differenceSchema = z.object({
  verdict: z.enum(['clear', 'unclear', 'mixed', 'unchecked']),
  text: text.optional(),
  p: text.optional()
}).strict().refine((difference) => difference.verdict !== 'mixed' || difference.text !== undefined, {
  message: 'expected text saying how a mixed difference is mixed', path: ['text']
})

const findingCommon = {
  id: slug,
  /** The study named in the sentence. */
  study: text,
  outcome: text,
  timeframe: text,
  /** People in each group, or (SCOT's composite) pairwise comparisons won by each group. */
  unit: z.enum(['people', 'comparisons']),
  /** Said after the figures, e.g. that a later count already includes the early deaths. */
  note: text.optional(),
  sources
}

/**
 * One result of a randomised trial, for both groups in the same form: what was counted, over what time, by which
 * analysis. Rendered as a sentence by src/content/findingText.ts, never retyped by hand.
 */
const comparisonFindingSchema = z.object({
  ...findingCommon,
  design: z.literal('randomised'),
  /** The trial page that shows it (ASSIST I's results stand on the ASSIST page). */
  trialId: slug,
  kind: z.enum(['benefit', 'harm']),
  analysis: z.enum(['itt', 'per-protocol']).optional(),
  transplant: groupResultSchema,
  control: groupResultSchema,
  difference: differenceSchema.optional(),
  /**
   * The control group cannot have it by definition (a death from the transplant, in a group that had none): there is
   * no difference to test, and the page points to deaths from any cause in the same time instead.
   */
  controlCannotHaveIt: z.literal(true).optional()
}).strict()

/** One group of a study without a comparison group (a cohort, a registry, a pooled analysis), with the option it had. */
const singleGroupFindingSchema = z.object({
  ...findingCommon,
  design: z.literal('single-group'),
  kind: z.enum(['benefit', 'harm', 'course']),
  option: z.enum(['hsct', 'standard']),
  group: z.object({ name: text, ...groupShape }).strict().superRefine(checkGroup)
}).strict()

export const findingSchema = z.discriminatedUnion('design', [comparisonFindingSchema, singleGroupFindingSchema])
  .superRefine((finding, context) => {
    if (finding.design === 'randomised' && (finding.difference === undefined) === (finding.controlCannotHaveIt === undefined)) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: 'expected either difference (how clear the difference is) or controlCannotHaveIt, not both', path: ['difference'] })
    }
  })

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
const paragraphs = z.array(decideParagraph).min(1)
const idText = z.object({ id: slug, text }).strict()
const idLabel = z.object({ id: slug, label: text }).strict()
const titledText = z.object({ title: text, text }).strict()
/** A titled block of paragraphs, e.g. the timing of the decision. */
const titledParagraphs = z.object({ heading: text, paragraphs }).strict()
const option = z.enum(['hsct', 'standard'])

/**
 * One option's answer to a row of the option grid: the app's own lines, single-group figures (a cohort, a registry)
 * and, where the app found no number, the grid's shared "no data" wording (`noData`), said alike in both columns.
 */
const gridCell = z.object({ lines: z.array(text), findings: z.array(slug), noData: z.boolean(), sources: optionalSources }).strict()

const percentOfHundred = z.number().int().min(0).max(100)

/** A statement the reader weighs: `leansTo` says which option it is a reason for, when it matters to them. */
const valueStatement = z.object({
  id: slug,
  /** `{person}` stands for 您 or 您的家人, whoever is answering. */
  text,
  leansTo: z.enum(['hsct', 'standard', 'both']),
  /** The reason as the "weigh it up" view says it, with what the evidence says. */
  reason: text,
  /** Offer 不适用 (e.g. having children, for someone past that). */
  notApplicable: z.boolean().optional()
}).strict()

/**
 * The decision aid (pages/decide), written with reference to the International Patient Decision Aid Standards. A core
 * path of seven parts (the decision and its timing, key points, the two options, a simple grid, what matters to the
 * reader, how sure they feel and the next step, questions and a summary for the clinic), then details a reader may
 * skip (the trials side by side, the process, what doctors look at, how sure the numbers are, China, recruiting
 * trials, about). Every figure is a findings.json entry.
 */
export const decideSchema = z.object({
  title: text,
  label: text,
  writtenAt: isoDate,
  checkedAt: isoDate,
  /** Who may be answering, and the word the questions use for the patient then. */
  respondents: z.object({
    question: text,
    choices: z.array(z.object({ id: z.enum(['patient', 'family', 'together']), label: text, person: text, summary: text }).strict()).length(3)
  }).strict(),
  detailsHeading: text,
  decision: z.object({ heading: text, paragraphs, timing: titledParagraphs }).strict(),
  keyPoints: z.object({
    heading: text,
    intro: text,
    points: z.array(text).min(2),
    pictures: z.array(z.object({
      id: slug,
      findingId: slug,
      heading: text,
      /** Both frames of the same figure: what the marked figures are, and what the others are. */
      frames: z.object({ marked: text, unmarked: text }).strict(),
      /** How many of the 100 figures each group's array marks: must equal the finding's "100人中约…". */
      marked: z.object({ transplant: percentOfHundred, control: percentOfHundred }).strict()
    }).strict()).min(2),
    legend: text,
    today: z.object({ heading: text, findings: z.array(slug).min(1), paragraphs }).strict()
  }).strict(),
  options: z.object({
    heading: text,
    intro: text,
    choices: z.array(z.object({
      id: option,
      name: text,
      aspects: z.array(z.object({ heading: text, paragraphs, findings: z.array(slug) }).strict()).min(1)
    }).strict()).length(2)
  }).strict(),
  grid: z.object({
    heading: text,
    intro: text,
    /** Said where no number was found, the same words in either column. */
    noData: text,
    rows: z.array(z.object({
      question: text,
      /** Randomised comparisons: each column shows its own group; their notes follow the row once. */
      findings: z.array(slug),
      hsct: gridCell,
      standard: gridCell
    }).strict()).min(6, 'expected at least 6 questions')
  }).strict(),
  values: z.object({
    heading: text,
    intro: text,
    statements: z.array(valueStatement).min(4, 'expected at least 4 statements to weigh'),
    choices: z.array(idLabel).min(2),
    notApplicable: idLabel,
    other: z.object({ prompt: text, placeholder: text, limit: z.number().int().min(20).max(500) }).strict(),
    weighUp: z.object({ heading: text, intro: text, hsct: text, standard: text, both: text, empty: text }).strict(),
    leaning: z.object({ question: text, choices: z.array(idLabel).min(2) }).strict(),
    storage: text,
    clear: text
  }).strict(),
  nextStep: z.object({
    heading: text,
    check: z.object({
      heading: text,
      intro: text,
      right: text,
      wrong: text,
      questions: z.array(z.object({
        id: slug,
        text,
        choices: z.array(idLabel).min(2),
        answer: slug,
        explanation: text,
        findings: z.array(slug)
      }).strict()).min(3, 'expected 3 to 5 questions').max(5, 'expected 3 to 5 questions')
    }).strict(),
    sure: z.object({ heading: text, note: text, questions: z.array(idText).length(4), choices: z.array(idLabel).min(2), advice: text }).strict(),
    timing: titledParagraphs,
    next: titledParagraphs
  }).strict(),
  questions: z.object({
    heading: text,
    intro: text,
    groups: z.array(z.object({ id: z.enum(['rheumatologist', 'centre']), heading: text }).strict()).length(2),
    items: z.array(z.object({ id: slug, text, for: z.enum(['rheumatologist', 'centre']) }).strict()).min(8, 'expected at least 8 questions'),
    summary: z.object({
      heading: text,
      intro: text,
      title: text,
      labels: z.object({ respondent: text, leaning: text, values: text, other: text, sure: text, keyFindings: text, date: text }).strict(),
      keyFindings: z.array(slug).min(3).max(4),
      checklist: z.object({ heading: text, items: z.array(text).min(4) }).strict(),
      footer: text,
      copy: text,
      copied: text
    }).strict()
  }).strict(),
  trials: z.object({
    heading: text,
    intro: text,
    trials: z.array(z.object({
      name: text,
      nameEn: text,
      rows: z.array(z.object({ label: text, text: text.optional(), findings: z.array(slug) }).strict()).min(1),
      sources
    }).strict()).min(1),
    singleGroup: z.object({ name: text, text, sources }).strict()
  }).strict(),
  process: z.object({ heading: text, intro: text, steps: z.array(titledText).min(1), unknowns: text, sources }).strict(),
  doctors: z.object({ heading: text, intro: text, points: z.array(titledText).min(1), sources }).strict(),
  certainty: z.object({ heading: text, paragraphs }).strict(),
  china: z.object({
    heading: text,
    paragraphs,
    checks: z.object({ heading: text, items: z.array(text).min(1), sources }).strict(),
    /** Each rule on its own, with what it covers: they are never merged into one. */
    rules: z.object({ heading: text, paragraphs }).strict()
  }).strict(),
  recruiting: z.object({
    heading: text,
    paragraphs,
    trials: z.array(z.object({ name: text, paragraphs, status: recordedStatusSchema }).strict()),
    registriesHeading: text,
    registries: z.array(z.object({ id: slug, name: text, address: text, note: text }).strict()).min(1),
    searchHeading: text,
    searchWords: z.array(text).min(1),
    searchNote: text
  }).strict(),
  about: z.object({
    heading: text,
    /** What the aid may claim of IPDAS: reviewed only once a clinician's review and the funding are filled in. */
    ipdas: z.object({ reviewed: text, notReviewed: text }).strict(),
    paragraphs: z.array(text).min(1)
  }).strict()
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

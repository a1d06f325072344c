// Schemas for the bundled content. Used at build time (config/index.ts), by `npm run content:check`
// and by tests; the mini-program imports only the types inferred from them, so zod never ships.
//
// The organization's volunteers read what these say, so every field says it in Chinese, once, here:
// - `.describe('名字：说明')` on each field. The part before the first "：" is the field's name in words, as the
//   content check's messages use it ("缺少必填的“核对日期”"); the whole text is the hint an editor shows on hover
//   (the JSON Schemas in src/content/schemas/ are generated from these: `npm run content:schema`).
//   A field without one is named by its key ("字段 rows").
// - Messages of regexes, counts and refinements are Chinese and say what to write instead.
import { z } from 'zod'

const text = z.string().min(1, '这里不能空着：写上文字')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期要写成 YYYY-MM-DD，例如 2026-12-01')
const year = z.number().int().min(1990).max(2100)
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, '编号只能用小写英文字母、数字和连字符 -，以字母开头，例如 scot')

export const metaSchema = z.object({
  appTitle: text.describe('小程序名称：显示在首页顶部和分享卡片上'),
  /**
   * The app's own name for the treatment (the brochure's words stay as they are): the full name, so that nobody
   * takes it for the "干细胞治疗" that clinics sell.
   */
  treatmentName: text.describe('治疗的名称：本小程序自己的句子里怎样称呼这种治疗（写全称，免得和诊所卖的“干细胞治疗”混淆）'),
  brochure: z.object({
    title: text.describe('手册标题'),
    titleEn: text.describe('手册英文标题'),
    organizationName: text.describe('手册上的机构名称'),
    organizationNameEn: text.describe('手册上的机构英文名称'),
    tagline: z.array(text).min(1).describe('手册标语：每行一项'),
    publisher: text.describe('手册出版者')
  }).strict().describe('手册信息：机构手册《实验性治疗方法》的标题、机构和标语'),
  /** The app's own sentence, near the top of home and explainer: what the brochure's title says, and who decides. */
  experimentalNote: text.describe('“实验性治疗”的说明：首页和科普页开头的一句话，说明手册标题的意思、由谁决定'),
  contentDate: text.describe('手册内容的日期：例如“截至2016年12月”'),
  contentDateNote: text.describe('手册日期的说明：科普页开头的一句话'),
  translationNote: z.object({
    text: text.describe('授权说明'),
    licensor: text.describe('授权机构')
  }).strict().describe('翻译授权：谁授权翻译了手册'),
  disclaimer: text.describe('免责声明：显示在每页页脚'),
  source: text.describe('内容来源：显示在每页页脚'),
  /** Said where the organization's funding statement (settings.funding) would stand, until it fills it in. */
  fundingPending: text.describe('资金来源未填写时的说明：机构在 src/settings.ts 填好资金来源之前，显示这句话'),
  /** Said where the decision aid's medical reviewer (settings.medicalReview) would stand, until one is named. */
  medicalReviewPending: text.describe('医学审阅未填写时的说明：还没有医生审阅决策辅助时，显示这句话'),
  reviewedAt: isoDate.describe('审阅日期：最近一次审阅这些文字的日期，写成 YYYY-MM-DD')
}).strict().describe('meta.json：小程序名称、手册信息、日期、免责声明和来源')

export const explainerSchema = z.object({
  title: text.describe('页面标题'),
  lead: text.describe('导语：标题下面的一句话'),
  sections: z.array(z.object({
    id: slug.describe('编号：这一节的名字，用在二维码和链接里（例如 p=hsct&s=what），不能改，也不能重复'),
    heading: text.describe('小标题'),
    paragraphs: z.array(text).min(1).describe('段落：手册原文，每段一项，一字不改'),
    listsTrials: z.boolean().optional().describe('列出试验：写 true 时，这一节后面列出四项试验的摘要')
  }).strict().describe('一节：小标题和手册原文的段落')).min(1).describe('节')
}).strict().describe('hsct.json：“自体干细胞移植”科普页，手册原文按节排列')

export const trialStatusSchema = z.enum(['completed', 'analysing', 'recruiting', 'not-recruiting'])
  .describe('状态：completed（已完成）、analysing（结果研究中）、recruiting（招募中）、not-recruiting（不招募）')

export const trialSchema = z.object({
  id: slug.describe('编号：试验的名字，用在链接和二维码里（例如 t=scot），不能改，也不能重复'),
  acronym: text.describe('简称：例如 SCOT'),
  nameZh: text.describe('中文名称'),
  nameEn: text.describe('英文名称'),
  region: z.string().describe('地区：例如“美国”；手册没写时留空 ""'),
  sites: z.string().describe('研究中心：例如“多中心研究”；手册没写时留空 ""'),
  design: z.string().describe('研究设计'),
  comparator: z.string().describe('对照：对照组接受的治疗'),
  population: z.string().describe('入组患者：什么样的患者参加'),
  diseaseDurationMaxYears: z.number().positive().optional().describe('发病时间上限：患病多少年以内才能参加，只写数字'),
  treatmentMonths: z.number().positive().optional().describe('治疗月数：对照组治疗多少个月，只写数字'),
  enrollment: z.object({
    enrolled: z.number().int().positive().optional().describe('招募人数：只写数字'),
    randomized: z.number().int().positive().optional().describe('随机分组人数：只写数字'),
    planned: z.number().int().positive().optional().describe('计划入组人数：只写数字')
  }).strict().describe('入组人数'),
  followUpMonths: z.number().int().positive().optional().describe('随访月数：只写数字'),
  startYear: year.describe('开始年份：四位数字，例如 2005'),
  endYear: year.describe('结束年份：四位数字，不能早于开始年份'),
  /** Where the brochure gives another end year that the app corrects (beside the sentence, in corrections.json). */
  endYearInBrochure: year.optional().describe('手册写的结束年份：手册写的年份有误时，在这里写手册的年份（勘误写在 corrections.json）'),
  endYearPlanned: z.boolean().describe('结束年份是计划：true 表示结束年份还只是计划，false 表示已经结束'),
  dataCollectionYear: year.optional().describe('数据收集年份'),
  yearsLabel: text.describe('年份说明：例如“2005年开始，2011年关闭”'),
  status: trialStatusSchema,
  statusLabel: text.describe('状态说明：手册所述的状态，例如“已关闭 · 结果研究中”'),
  results: z.object({
    year: year.describe('发布年份'),
    month: z.number().int().min(1).max(12).optional().describe('发布月份：1 到 12'),
    label: text.describe('结果说明')
  }).strict().optional().describe('结果发布：手册所述的结果发布时间'),
  treatmentRelatedMortalityPercent: z.number().min(0).max(100).optional().describe('治疗相关死亡率：百分比，只写数字，例如 10'),
  treatmentRelatedDeaths: z.number().int().min(0).optional().describe('治疗相关死亡人数：只写数字'),
  brochureText: z.array(text).min(1).describe('手册原文：这项试验在手册里的句子，每句一项，一字不改')
}).strict().describe('一项试验：手册所述的记录和原文').refine((trial) => trial.endYear >= trial.startYear, {
  message: '结束年份不能早于开始年份', path: ['endYear']
})

export const trialsSchema = z.object({
  intro: text.describe('导语：试验列表上面的一句话'),
  statusAsOf: text.describe('状态的日期：手册所述状态的时间，例如“截至2016年12月”'),
  axis: z.object({
    startYear: year.describe('起始年份'),
    endYear: year.describe('结束年份')
  }).strict().describe('时间轴：试验列表上时间轴的范围'),
  trials: z.array(trialSchema).min(1).describe('试验')
}).strict().describe('trials.json：手册所列的四项临床试验')

export const contactSchema = z.object({
  id: slug.describe('编号：这种联系方式的名字，例如 phone，不能重复'),
  label: text.describe('名称：例如“办公电话”'),
  value: text.describe('号码或地址：例如电话号码、邮箱'),
  action: z.enum(['call', 'copy', 'follow']).describe('点按后做什么：call（拨打电话）、copy（复制）或 follow（关注公众号）'),
  note: text.optional().describe('备注：例如“进群需提供诊断证明”')
}).strict().describe('一种联系方式')

export const organizationSchema = z.object({
  name: text.describe('机构全称'),
  shortName: text.describe('机构简称'),
  formerName: text.describe('机构原名'),
  nameEn: text.describe('机构英文名称'),
  foundedYear: year.describe('创办年份：四位数字'),
  registeredYear: year.describe('登记注册年份：四位数字'),
  registeredWith: text.describe('登记机关'),
  introduction: z.array(text).min(1).describe('机构介绍：每段一项'),
  vision: text.describe('愿景'),
  mission: text.describe('使命'),
  slogan: text.describe('口号'),
  contacts: z.array(contactSchema).min(1).describe('联系方式')
}).strict().describe('organization.json：机构介绍和联系方式')

export const glossarySchema = z.object({
  note: text.describe('术语表的说明'),
  reviewedAt: isoDate.describe('审阅日期：写成 YYYY-MM-DD'),
  terms: z.array(z.object({
    id: slug.describe('编号：术语的名字，不能重复'),
    term: text.describe('术语'),
    matches: z.array(text).min(1).describe('出现的写法：正文里这些文字可以点按查看解释，每种写法一项'),
    definition: text.describe('解释：本小程序写的解释，每句最多60个字')
  }).strict().describe('一个术语')).min(1).describe('术语')
}).strict().describe('glossary.json：本小程序编写的术语解释')

const sourceSchema = z.object({
  citation: text.describe('出处：作者、期刊、年份、卷期页，例如 Sullivan KM, et al. N Engl J Med 2018;378(1):35–47'),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'DOI 要写成 10. 开头的编号，例如 10.1056/NEJMoa1703327').optional()
    .describe('DOI：论文的编号，例如 10.1056/NEJMoa1703327'),
  registry: z.string().regex(/^(NCT\d{8}|ISRCTN\d{8})$/, '注册号要写成 NCT 或 ISRCTN 加 8 位数字，例如 NCT00114530').optional()
    .describe('注册号：试验的注册号，例如 NCT00114530')
}).strict().describe('一个来源：出处，可以加 DOI 或注册号')

const sources = z.array(sourceSchema).min(1, '至少要写 1 个来源').describe('来源')

const sourcedTextSchema = z.object({
  text: text.describe('文字：本小程序写的句子，每句最多60个字'),
  sources
}).strict().describe('一段有来源的文字')

const sourcedBlockSchema = z.object({
  heading: text.describe('小标题'),
  checkedAt: isoDate.describe('核对日期：最近一次对照来源核对这一块的日期，写成 YYYY-MM-DD；整块共用一个，不写在每一条里'),
  entries: z.array(sourcedTextSchema).min(1).describe('条目')
}).strict()

/** Ids of findings.json entries, shown in this order. */
const findingIds = z.array(slug)

export const sinceBrochureSchema = z.object({
  heading: text.describe('标题：例如“手册之后的进展”'),
  label: text.describe('说明：标题下面的一句话，说明这些内容不属于原手册'),
  trials: z.array(z.object({
    trialId: slug.describe('试验编号：trials.json 里某项试验的 id，例如 scot'),
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
    checkedAt: isoDate.describe('核对日期：最近一次对照来源核对这项试验的日期，写成 YYYY-MM-DD'),
    /** What became of the trial: the first thing its page says after the status. */
    headline: sourcedTextSchema.describe('后来怎样了：试验页在状态之后的第一段话'),
    /** Its results, benefits and harms in the same form, on the first screen (shown in every build: harms are safety content). */
    findings: findingIds.describe('试验结果：findings.json 里这项试验的结果的 id，按显示的顺序'),
    /** Further additions, shown after the brochure's text. */
    entries: z.array(sourcedTextSchema).describe('更多进展：显示在手册原文后面')
  }).strict().describe('一项试验的进展')).describe('试验'),
  guidelines: sourcedBlockSchema.describe('指南：指南和证据怎么看这种治疗'),
  /** Shown in every build, also when the organization hides the other additions. */
  harms: sourcedBlockSchema.extend({
    findings: findingIds.describe('风险的数字：findings.json 里的结果的 id，按显示的顺序')
  }).strict().describe('移植的风险和代价：始终显示')
}).strict().describe('since-brochure.json：手册之后的进展，每一块都有来源和核对日期')

const groupResultSchema = z.object({
  /** People counted, of the group's size `of`. */
  count: z.number().int().min(0).optional().describe('人数：这一组里统计到的人数，和“组内总人数”一起写'),
  of: z.number().int().positive().optional().describe('组内总人数'),
  /** Where the source gives only a share (a survival estimate), in percent. */
  percent: z.number().min(0).max(100).optional().describe('百分比：来源只给百分比时（例如生存率）写这里，只写数字，不和人数同时写'),
  /** What was counted in this group, where the two groups were counted differently (e.g. 好转 / 病情加重). */
  what: text.optional().describe('统计的是什么：两组统计的内容不同时写，例如“好转”'),
  note: text.optional().describe('备注')
}).strict().superRefine((result, context) => {
  const counted = result.count !== undefined && result.of !== undefined
  if (counted === (result.percent !== undefined) || (result.count === undefined) !== (result.of === undefined)) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: '写人数 count 和组内总人数 of，或者只写百分比 percent：两种写法选一种' })
  } else if (counted && (result.count as number) > (result.of as number)) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: '人数 count 不能比组内总人数 of 多', path: ['count'] })
  }
})

/**
 * One result of a randomised trial, for both groups in the same form: what was counted, over what time, by which
 * analysis. Rendered as a sentence by findingSentence (src/content/findings.ts), never retyped by hand.
 */
export const findingSchema = z.object({
  id: slug.describe('编号：这条结果的名字，其他文件用它引用这条结果，不能重复'),
  /** The trial page that shows it (ASSIST I's results stand on the ASSIST page). */
  trialId: slug.describe('试验编号：显示这条结果的试验页，trials.json 里的 id，例如 scot'),
  /** The study named in the sentence. */
  study: text.describe('研究名称：句子里写的研究，例如 ASSIST I'),
  kind: z.enum(['benefit', 'harm']).describe('好处还是风险：benefit（好处）或 harm（风险）'),
  outcome: text.describe('统计的结果：例如“任何原因的死亡”'),
  timeframe: text.describe('时间：例如“第一年”“中位随访5.8年”'),
  analysis: z.enum(['itt', 'per-protocol']).optional().describe('统计方法：itt（按最初分组统计所有患者）或 per-protocol（只统计完成治疗的患者）'),
  /** People in each group, or (SCOT's composite) pairwise comparisons won by each group. */
  unit: z.enum(['people', 'comparisons']).describe('单位：people（人）或 comparisons（两两比较）'),
  transplant: groupResultSchema.describe('移植组：人数 count 和组内总人数 of，或百分比 percent'),
  control: groupResultSchema.describe('对照组：人数 count 和组内总人数 of，或百分比 percent'),
  /** How sure the difference is, where the source says. */
  certainty: text.optional().describe('有多确定：来源怎么说这个差别的可信程度，每句最多60个字'),
  sources
}).strict().describe('一条试验结果：两组用同样的写法，页面上的句子由程序生成')

export const findingsSchema = z.object({
  checkedAt: isoDate.describe('核对日期：最近一次对照来源核对这些数字的日期，写成 YYYY-MM-DD'),
  findings: z.array(findingSchema).min(1).describe('结果')
}).strict().describe('findings.json：试验结果的数字')

/**
 * The app's corrections of the brochure, each shown right beside the sentence it corrects (`target`, which must be
 * one of the brochure's sentences word for word). A "note" explains a misleading wording rather than an error.
 */
export const correctionsSchema = z.object({
  label: text.describe('标签：显示在每条勘误前面，例如“本小程序”'),
  corrections: z.array(z.object({
    id: slug.describe('编号：这条勘误的名字，不能重复'),
    kind: z.enum(['correction', 'note']).describe('种类：correction（勘误，必须有来源）或 note（说明措辞，可以没有来源）'),
    target: text.describe('手册原句：勘误紧挨着显示的那一句，必须和 hsct.json 或 trials.json 里手册原文的某一句逐字相同'),
    text: text.describe('勘误的文字：本小程序写的句子，每句最多60个字'),
    sources: z.array(sourceSchema).describe('来源：勘误（correction）至少要有 1 个'),
    checkedAt: isoDate.describe('核对日期：最近一次对照来源核对这条勘误的日期，写成 YYYY-MM-DD')
  }).strict().describe('一条勘误或说明').refine((entry) => entry.kind === 'note' || entry.sources.length > 0, {
    message: '勘误（kind 为 correction）至少要写 1 个来源；只是说明措辞的，把 kind 写成 note', path: ['sources']
  })).min(1).describe('勘误')
}).strict().describe('corrections.json：本小程序对手册的勘误和说明，每条紧挨着它更正的那一句')

/** The about page: what the app is, who wrote what and how, one item per HONcode principle. */
export const aboutSchema = z.object({
  title: text.describe('页面标题'),
  intro: text.describe('导语'),
  principles: z.array(z.object({
    id: z.enum(['authority', 'complementarity', 'privacy', 'attribution', 'justifiability', 'transparency', 'financial-disclosure', 'advertising'])
      .describe('原则：HONcode 八条原则之一的英文名，每条写一次'),
    heading: text.describe('小标题'),
    paragraphs: z.array(text).min(1).describe('段落：每段一项')
  }).strict().describe('一条原则')).length(8, '要正好写 HONcode 的八条原则，每条一项').describe('原则')
}).strict().describe('about.json：“关于本小程序”页面，按 HONcode 八条原则各一节')

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

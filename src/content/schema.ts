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
/** A record's date: a day, or only the month where the source gives no day (a journal issue). */
const recordDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, '日期要写成 YYYY-MM-DD，例如 2025-01-07；来源只写到月份时写成 YYYY-MM，例如 2014-06')
const year = z.number().int().min(1990).max(2100)
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, '编号只能用小写英文字母、数字和连字符 -，以字母开头，例如 scot')

export const metaSchema = z.object({
  appTitle: text.describe('小程序名称：显示在首页顶部和分享卡片上'),
  /**
   * The app's own name for the treatment (the brochure's words stay as they are): the full name, so that nobody
   * takes it for the "干细胞治疗" that clinics sell.
   */
  treatmentName: text.describe('治疗的名称：本小程序自己的句子里怎样称呼这种治疗（写全称，免得和诊所卖的“干细胞治疗”混淆）'),
  /** The aid's one title: here, not in decide.json, so that home and every link to the aid can read it without bundling the aid. */
  decisionAidTitle: text.describe('决策辅助的名称：“和医生商量之前”页的标题，也是首页入口、各页通往它的链接和分享卡片上的名称'),
  home: z.object({
    shareTitle: text.describe('首页的分享标题：{appTitle} 处填小程序名称'),
    explainer: text.describe('科普页入口的标题：{treatment} 处填治疗的名称'),
    explainerText: text.describe('科普页入口的说明'),
    trials: text.describe('试验列表入口的标题'),
    trialsText: text.describe('试验列表入口的说明：{acronyms} 处填四项试验的名称'),
    decideText: text.describe('决策辅助入口的说明（标题是 decisionAidTitle）'),
    contact: text.describe('联系页入口的标题：{organization} 处填机构简称'),
    contactText: text.describe('联系页入口的说明')
  }).strict().describe('首页：分享标题和四个入口卡片上的字'),
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
  fundingPending: text.describe('资金来源未填写时的说明：机构在 settings.json 填好资金来源之前，显示这句话'),
  /** Said where the decision aid's medical reviewer (settings.medicalReview) would stand, until one is named. */
  medicalReviewPending: text.describe('医学审阅未填写时的说明：还没有医生审阅决策辅助时，显示这句话'),
  reviewedAt: isoDate.describe('审阅日期：最近一次审阅这些文字的日期，写成 YYYY-MM-DD')
}).strict().describe('meta.json：小程序名称、手册信息、日期、免责声明和来源')

export const explainerSchema = z.object({
  title: text.describe('页面标题'),
  lead: text.describe('导语：标题下面的一句话'),
  /** The app's own words on this page, beside the brochure's text (title and paragraphs), which they never change. */
  page: z.object({
    shareTitle: text.describe('分享标题：科普页的分享卡片，{treatment} 处填治疗的名称'),
    sectionShareTitle: text.describe('一节的分享标题：从某一节分享时，{heading} 处填小标题，{treatment} 处填治疗的名称'),
    glossaryNote: text.describe('术语表的说明：{note} 处填 glossary.json 的说明，{date} 处填审阅日期'),
    trialLine: text.describe('试验摘要的第二行：{years} 处填年份，{asOf} 处填手册状态的日期，{status} 处填手册写的状态')
  }).strict().describe('本小程序在科普页上的字（不是手册原文）'),
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
  page: z.object({
    about: text.describe('机构介绍一节的标题：{organization} 处填机构简称'),
    formerName: text.describe('英文名和原名：机构名称下面一行，{nameEn} 处填英文名，{formerName} 处填原名'),
    vision: text.describe('“愿景”两个字：愿景上面的标签'),
    mission: text.describe('“使命”两个字：使命上面的标签'),
    slogan: text.describe('“口号”两个字：口号上面的标签'),
    contacts: text.describe('联系方式一节的标题'),
    follow: text.describe('关注公众号一节的标题：{name} 处填公众号名称'),
    followInMoments: text.describe('朋友圈预览页里怎样关注：{name} 处填公众号名称')
  }).strict().describe('联系页上本小程序自己的标题和句子'),
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
  registry: z.string().regex(/^(NCT\d{8}|ISRCTN\d{8}|CTIS\d{4}-\d{6}-\d{2}-\d{2})$/, '注册号要写成 NCT 或 ISRCTN 加 8 位数字（例如 NCT00114530），或欧盟的 CTIS 编号（例如 CTIS2023-505877-34-00）').optional()
    .describe('注册号：试验的注册号，例如 NCT00114530')
}).strict().describe('一个来源：出处，可以加 DOI 或注册号')

const sources = z.array(sourceSchema).min(1, '至少要写 1 个来源').describe('来源')

/**
 * A trial's status as a record gave it. A status is only as new as its record: the pages say the record's date, apart
 * from the date the app checked it, and call a status today's (现在) only while the record is under 12 months old.
 */
const recordedStatusSchema = z.object({
  text: text.describe('状态：记录上写的状态，例如“已完成”；不要写“现在”，页面会按记录的日期决定怎么说'),
  recordName: text.describe('记录名称：状态是从哪份记录读到的，例如“ClinicalTrials.gov 注册记录”'),
  recordDate: recordDate.describe('记录日期：那份记录自己的日期（最近更新的日期，或论文发表的年月），写成 YYYY-MM-DD 或 YYYY-MM；不是本小程序核对的日期'),
  sources
}).strict().describe('试验状态：从哪份记录、哪一天读到的')

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
    status: recordedStatusSchema.extend({
      /** People enrolled, as the record says (shown beside the brochure's number). */
      enrolled: z.number().int().positive().optional().describe('实际入组人数：记录上写的最后参加的人数，显示在手册的数字旁边'),
      /** Whether the trial is over, for the list's filter. */
      endedNow: z.boolean().describe('是否已结束：true 或 false，试验列表按它筛选'),
      recruitingNow: z.boolean().describe('是否还在招募：true 或 false')
    }).strict().describe('试验状态：从哪份记录、哪一天读到的；始终显示'),
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

const groupShape = {
  /** People counted, of the group's size `of` (a secondary source may give the count alone). */
  count: z.number().int().min(0).optional().describe('人数：这一组里统计到的人数；来源写了组内总人数时，和“组内总人数”一起写'),
  of: z.number().int().positive().optional().describe('组内总人数'),
  /** Where the source gives only a share (a survival estimate), in percent. */
  percent: z.number().min(0).max(100).optional().describe('百分比：来源只给百分比时（例如生存率）写这里，只写数字，不和人数同时写'),
  /** What was counted in this group, where the two groups were counted differently (e.g. 好转 / 病情加重). */
  what: text.optional().describe('统计的是什么：两组统计的内容不同时写，例如“好转”'),
  note: text.optional().describe('备注')
}

type GroupFields = { count?: number; of?: number; percent?: number }

function checkGroup(result: GroupFields, context: z.RefinementCtx): void {
  if ((result.count !== undefined) === (result.percent !== undefined) || (result.of !== undefined && result.count === undefined)) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: '写人数 count（来源写了组内总人数时加上 of），或者只写百分比 percent：两种写法选一种' })
  } else if (result.count !== undefined && result.of !== undefined && result.count > result.of) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: '人数 count 不能比组内总人数 of 多', path: ['count'] })
  }
}

const groupResultSchema = z.object(groupShape).strict().superRefine(checkGroup)

/**
 * Whether the difference between the two groups is statistically clear, said the same way for every comparison:
 * clear (不太可能只是碰巧), unclear (可能只是碰巧), mixed (e.g. higher early, lower later: `text` says how) or
 * unchecked (the app has not verified it). `p` is the technical detail, shown only where details are asked for.
 */
const differenceSchema = z.object({
  verdict: z.enum(['clear', 'unclear', 'mixed', 'unchecked'])
    .describe('结论：clear（差别明确）、unclear（可能只是碰巧）、mixed（前后不同，要写 text）或 unchecked（本小程序没有核实）'),
  text: text.optional().describe('说法：代替标准说法的一两句话，mixed 时必须写，每句最多60个字'),
  p: text.optional().describe('统计细节：P 值、风险比等，只在“更多细节”里显示')
}).strict().refine((difference) => difference.verdict !== 'mixed' || difference.text !== undefined, {
  message: '结论写了 mixed（前后不同），就要在 text 里说清楚怎么不同', path: ['text']
}).describe('两组的差别是否明确')

const findingCommon = {
  id: slug.describe('编号：这条结果的名字，其他文件用它引用这条结果，不能重复'),
  /** The study named in the sentence. */
  study: text.describe('研究名称：句子里写的研究，例如 ASTIS'),
  outcome: text.describe('统计的结果：例如“任何原因死亡的人”'),
  timeframe: text.describe('时间：例如“第一年”“到第54个月”'),
  /** People in each group, or (SCOT's composite) pairwise comparisons won by each group. */
  unit: z.enum(['people', 'comparisons']).describe('单位：people（人）或 comparisons（一对一比较的对数）'),
  /** Said after the figures, e.g. that a later count already includes the early deaths. */
  note: text.optional().describe('说明：数字后面的一两句话，例如“这里已经包括第一年死亡的人”，每句最多60个字'),
  sources
}

/**
 * One result of a randomised trial, for both groups in the same form: what was counted, over what time, by which
 * analysis. Rendered as a sentence by src/content/findingText.ts, never retyped by hand.
 */
const comparisonFindingSchema = z.object({
  ...findingCommon,
  design: z.literal('randomised').describe('研究设计：randomised（随机对照试验，两组都有数字）或 single-group（单组研究，只有一组）'),
  /** The trial page that shows it (ASSIST I's results stand on the ASSIST page). */
  trialId: slug.describe('试验编号：显示这条结果的试验页，trials.json 里的 id，例如 scot'),
  kind: z.enum(['benefit', 'harm']).describe('好处还是风险：benefit（移植组可能更好的结果）或 harm（移植的风险）'),
  analysis: z.enum(['itt', 'per-protocol']).optional().describe('算法：itt（所有参加的人都算）或 per-protocol（只算完成治疗的人，可能让移植显得更好）'),
  transplant: groupResultSchema.describe('移植组：人数 count 和组内总人数 of，或百分比 percent'),
  control: groupResultSchema.describe('对照组：人数 count 和组内总人数 of，或百分比 percent'),
  difference: differenceSchema.optional().describe('两组的差别是否明确：每条随机试验的结果都要写（对照组按定义不可能有的，改写 controlCannotHaveIt）'),
  /**
   * The control group cannot have it by definition (a death from the transplant, in a group that had none): there is
   * no difference to test, and the page points to deaths from any cause in the same time instead.
   */
  controlCannotHaveIt: z.literal(true).optional().describe('对照组不可能有：例如“因移植死亡”，对照组没有做移植；写 true')
}).strict().describe('一条随机试验的结果：两组用同样的写法，页面上的句子由程序生成')

/** One group of a study without a comparison group (a cohort, a registry, a pooled analysis), with the option it had. */
const singleGroupFindingSchema = z.object({
  ...findingCommon,
  design: z.literal('single-group').describe('研究设计：single-group（单组研究、登记或合并分析，只有一组的数字）'),
  kind: z.enum(['benefit', 'harm', 'course']).describe('种类：benefit（好处）、harm（风险）或 course（不做移植时的病程）'),
  option: z.enum(['hsct', 'standard']).describe('属于哪种选择：hsct（移植）或 standard（继续用药）'),
  group: z.object({ name: text.describe('这一组是谁：例如“做了移植的患者”'), ...groupShape }).strict().superRefine(checkGroup)
    .describe('这一组：人数 count（和组内总人数 of），或百分比 percent')
}).strict().describe('一条单组研究的结果：只有一组，放在它那种选择的一栏里')

export const findingSchema = z.discriminatedUnion('design', [comparisonFindingSchema, singleGroupFindingSchema])
  .superRefine((finding, context) => {
    if (finding.design === 'randomised' && (finding.difference === undefined) === (finding.controlCannotHaveIt === undefined)) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: '随机试验的结果要写 difference（两组的差别是否明确），对照组按定义不可能有的改写 controlCannotHaveIt: true；两者只写一个', path: ['difference'] })
    }
  })

export const findingsSchema = z.object({
  checkedAt: isoDate.describe('核对日期：最近一次对照来源核对这些数字的日期，写成 YYYY-MM-DD'),
  /** Headings that read right over the figures below them, which mostly count bad outcomes (deaths, organ failure). */
  headings: z.object({
    benefit: text.describe('好处一组的标题：kind 为 benefit 的结果上方'),
    harm: text.describe('风险一组的标题：kind 为 harm 的结果上方'),
    course: text.describe('病程一组的标题：kind 为 course 的结果上方')
  }).strict().describe('结果分组的小标题（试验页、科普页和决策辅助）'),
  /** How every figure is said (src/content/findingText.ts fills these in), the same way for every finding. */
  wording: z.object({
    analysis: z.object({
      itt: text.describe('所有人都算：analysis 为 itt 时，时间后面的说明'),
      'per-protocol': text.describe('只算完成治疗的人：analysis 为 per-protocol 时，时间后面的说明和提醒')
    }).strict().describe('统计的算法怎样说'),
    groups: z.object({
      transplant: text.describe('移植组的名称'),
      control: text.describe('对照组的名称')
    }).strict().describe('两组的名称'),
    difference: z.object({
      clear: text.describe('差别明确：verdict 为 clear 且没有自己的 text 时'),
      unclear: text.describe('差别可能是碰巧：verdict 为 unclear 且没有自己的 text 时'),
      unchecked: text.describe('没有核实：verdict 为 unchecked 且没有自己的 text 时')
    }).strict().describe('两组的差别是否明确怎样说'),
    controlCannotHaveIt: text.describe('对照组不可能有：controlCannotHaveIt 为 true 的结果后面的说明'),
    perHundred: text.describe('100人中约几人：{share} 处填换算的人数'),
    noneOfHundred: text.describe('100人中0人：没有人时'),
    pairs: text.describe('100对中约几对：unit 为 comparisons 时，{share} 处填对数'),
    people: text.describe('几人：不知道组的人数时，{count} 处填人数'),
    peopleOf: text.describe('几人中几人：{of} 处填组的人数，{count} 处填人数')
  }).strict().describe('结果的数字怎样写成句子（每条结果都用同样的写法）'),
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
  page: z.object({
    shareTitle: text.describe('分享标题：{title} 处填页面标题'),
    brochureDate: text.describe('手册内容的日期：{title} 处填手册标题，{date} 处填手册日期'),
    correctionsDate: text.describe('勘误的日期：{date} 处填最近的核对日期'),
    additionsDate: text.describe('补充内容的日期：{date} 处填最近的核对日期'),
    glossaryDate: text.describe('术语解释的日期：{date} 处填审阅日期'),
    medicalReview: text.describe('医学审阅：{review} 处填审阅医生和日期，或未审阅时的说明')
  }).strict().describe('“关于本小程序”页上由程序填入日期和设置的句子'),
  principles: z.array(z.object({
    id: z.enum(['authority', 'complementarity', 'privacy', 'attribution', 'justifiability', 'transparency', 'financial-disclosure', 'advertising'])
      .describe('原则：HONcode 八条原则之一的英文名，每条写一次'),
    heading: text.describe('小标题'),
    paragraphs: z.array(text).min(1).describe('段落：每段一项')
  }).strict().describe('一条原则')).length(8, '要正好写 HONcode 的八条原则，每条一项').describe('原则')
}).strict().describe('about.json：“关于本小程序”页面，按 HONcode 八条原则各一节')

const optionalSources = z.array(sourceSchema).describe('来源：事实要写来源；本小程序自己的引导语可以不写')
/** A paragraph of the decision aid: a fact carries its sources, the aid's own guidance none. */
const decideParagraph = z.object({
  text: text.describe('文字：本小程序写的句子，每句最多60个字'),
  sources: optionalSources
}).strict().describe('一段话')
const paragraphs = z.array(decideParagraph).min(1).describe('段落：每段一项')
const heading = text.describe('小标题')
const intro = text.describe('导语：小标题下面的第一句话')
const idLabel = z.object({ id: slug.describe('编号：不能重复'), label: text.describe('按钮上的字') }).strict().describe('一个选项')
const choices = z.array(idLabel).min(2).describe('选项：每个选项一项')
const titledText = z.object({ title: text.describe('小标题'), text: text.describe('文字') }).strict()
/** A titled block of paragraphs, e.g. the timing of the decision. */
const titledParagraphs = z.object({ heading, paragraphs }).strict()
const option = z.enum(['hsct', 'standard']).describe('哪种选择：hsct（移植）或 standard（不做移植，继续用药）')
const findingList = (what: string) => z.array(slug).describe(`${what}：findings.json 里的结果的 id，按显示的顺序`)
/** `{person}` stands for 您 or 您的家人, whoever is answering. */
const personText = (name: string) => text.describe(`${name}：写 {person} 的地方，按填写人显示为“您”或“您的家人”`)

/**
 * One option's answer to a row of the option grid: the app's own lines, single-group figures (a cohort, a registry)
 * and, where the app found no number, the grid's shared "no data" wording (`noData`), said alike in both columns.
 */
const gridCell = z.object({
  lines: z.array(text).describe('文字：这一栏的句子，每句一项'),
  findings: findingList('单组研究的数字'),
  noData: z.boolean().describe('没有数字：true 时显示统一的“没有数字”的说法（grid.noData）'),
  sources: optionalSources
}).strict()

const percentOfHundred = z.number().int().min(0).max(100).describe('标出的人数：0 到 100，必须等于这条结果换算成的“100人中约几人”')

/** A statement the reader weighs: `leansTo` says which option it is a reason for, when it matters to them. */
const valueStatement = z.object({
  id: slug.describe('编号：不能重复'),
  text: personText('要权衡的一条'),
  leansTo: z.enum(['hsct', 'standard', 'both']).describe('是哪种选择的理由：hsct（移植）、standard（继续用药）或 both（两种都要问清楚）'),
  /** The reason as the "weigh it up" view says it, with what the evidence says. */
  reason: text.describe('理由：“把回答放在一起看”里怎样说这一条，带上证据怎么说'),
  /** Offer 不适用 (e.g. having children, for someone past that). */
  notApplicable: z.boolean().optional().describe('可以选“不适用”：例如生育，对已经不打算生育的人')
}).strict().describe('一条要权衡的事')

/** One choice of a question with two ends: which option it is a reason for, said in the "weigh it up" view. */
const endChoice = z.object({
  id: slug.describe('编号：不能重复'),
  label: text.describe('按钮上的字'),
  leansTo: z.enum(['hsct', 'standard', 'both']).describe('是哪种选择的理由：hsct（移植）、standard（继续用药）或 both（两种都要问清楚）'),
  reason: text.describe('理由：“把回答放在一起看”里怎样说这个回答，带上证据怎么说')
}).strict().describe('一个回答')

/** A question answered with one of a few choices (the Ottawa guide's support and role items, in the app's own words). */
const oneChoiceQuestion = z.object({
  id: slug.describe('编号：不能重复'),
  question: personText('问题'),
  choices
}).strict().describe('一个问题')

/**
 * The decision aid (pages/decide), written with reference to the International Patient Decision Aid Standards. A core
 * path of seven parts (the decision and its timing, key points, the two options, a simple grid, what matters to the
 * reader, how sure they feel and the next step, questions and a summary for the clinic), then details a reader may
 * skip (the trials side by side, the process, what doctors look at, how sure the numbers are, China, recruiting
 * trials, about). Every figure is a findings.json entry.
 */
export const decideSchema = z.object({
  label: text.describe('说明：标题下面的一句话，说明这不是原手册、不是医疗建议'),
  writtenAt: isoDate.describe('编写日期：写成 YYYY-MM-DD'),
  checkedAt: isoDate.describe('核对日期：最近一次对照来源核对全部内容的日期，写成 YYYY-MM-DD'),
  /** Who may be answering, and the word the questions use for the patient then. */
  respondents: z.object({
    question: text.describe('问题：例如“谁在填写？”'),
    choices: z.array(z.object({
      id: z.enum(['patient', 'family', 'together']).describe('填写人：patient（患者本人）、family（家人代填）或 together（一起填）'),
      label: text.describe('按钮上的字'),
      person: text.describe('称呼：问题里 {person} 显示成什么，例如“您”或“您的家人”'),
      summary: text.describe('门诊小结里怎样写填写人')
    }).strict().describe('一种填写人')).length(3, '要正好写三种填写人：患者本人、家人、一起').describe('填写人的选项')
  }).strict().describe('谁在填写'),
  detailsHeading: text.describe('“更多细节”的说法：例如“更多细节（可以不看）”'),
  decision: z.object({ heading, paragraphs, timing: titledParagraphs.describe('什么时候决定') }).strict().describe('第1步“要做的决定”'),
  keyPoints: z.object({
    heading,
    skip: text.describe('可以跳过：告诉读者累了可以直接去“对您重要的事”的一句话，后面跟着去那里的按钮'),
    beforeFigures: paragraphs.describe('数字之前：试验回答的问题和读者面对的问题有什么不同，写在第一个数字前面'),
    intro,
    points: z.array(text).min(2).describe('要点：每条一句'),
    pictures: z.array(z.object({
      id: slug.describe('编号：不能重复'),
      findingId: slug.describe('结果：findings.json 里一条随机试验结果的 id，两组都画出来'),
      heading,
      /** Both frames of the same figure: what the marked figures are, and what the others are. */
      frames: z.object({
        marked: text.describe('深色方块是什么：例如“死亡”'),
        unmarked: text.describe('浅色方块是什么：例如“活着”')
      }).strict().describe('两种说法：标出的人和没标出的人各是什么'),
      marked: z.object({ transplant: percentOfHundred, control: percentOfHundred }).strict().describe('每组标出的人数')
    }).strict().describe('一幅100个人的图')).min(2).describe('用100个人画的图'),
    legend: text.describe('图例：方块代表什么'),
    today: z.object({ heading, findings: findingList('合并研究的数字'), paragraphs }).strict().describe('多项研究合在一起的数字，和各中心自己的经验')
  }).strict().describe('第2步“要点”'),
  options: z.object({
    heading,
    intro,
    choices: z.array(z.object({
      id: option,
      name: text.describe('名称：这种选择叫什么'),
      aspects: z.array(z.object({ heading, paragraphs, findings: findingList('数字') }).strict().describe('一个方面'))
        .min(1).describe('各个方面：两种选择用同样的几个问题')
    }).strict().describe('一种选择')).length(2, '要正好写两种选择').describe('两种选择'),
    feelings: text.describe('心情：两种选择之后的一句话，说担心、等待、希望和后悔都有它们的位置')
  }).strict().describe('第3步“两种选择各是什么样”'),
  grid: z.object({
    heading,
    intro,
    /** Said once for the whole grid, instead of on every cell: what the figures count, how long ASTIS followed, what "no data" means. */
    qualifiers: z.array(text).min(1).describe('全表的说明：每个数字都要说的话（哪项试验、算了哪些人、随访多久、“没有数字”是什么意思），在表前说一次'),
    /** Said where no number was found, the same words in either column. */
    noData: text.describe('“没有数字”的说法：两栏都用这同一个短语，它的意思在全表的说明里说'),
    rows: z.array(z.object({
      question: text.describe('问题：患者常问的一个问题，也是这一行的标题'),
      /** Randomised comparisons: each column shows its own group; their notes follow the row once. */
      findings: findingList('随机试验的数字（两栏各显示自己那一组）'),
      hsct: gridCell.describe('移植这一栏'),
      standard: gridCell.describe('继续用药这一栏')
    }).strict().describe('一行')).min(6, '至少要有 6 行问题').describe('逐项比较的各行')
  }).strict().describe('第4步“逐项比较”'),
  values: z.object({
    heading,
    intro,
    statements: z.array(valueStatement).min(4, '至少要有 4 条要权衡的事').describe('要权衡的事'),
    choices: choices.describe('重要程度的选项'),
    notApplicable: idLabel.describe('“不适用”这个选项'),
    /** The trade-off is not an importance: 很重要 could mean "the risk matters a lot". It is one question with two ends. */
    tradeOff: z.object({
      id: slug.describe('编号：保存回答用，不要改'),
      question: personText('问题：两头各是什么，问哪一边更重'),
      choices: z.array(endChoice).length(3, '要正好写三个回答：一头、说不清、另一头').describe('回答：一头、中间、另一头')
    }).strict().describe('一个两头的问题：第一年的风险和几年后的机会，哪一边更重'),
    other: z.object({
      prompt: personText('提示'),
      placeholder: text.describe('输入框里的示例'),
      limit: z.number().int().min(20).max(500).describe('最多几个字：20 到 500'),
      hint: text.describe('输入框下面的说明：{limit} 处填最多几个字'),
      cut: text.describe('写的字超过上限时的话：{limit} 处填最多几个字，说明只保存了框里的这些')
    }).strict().describe('其他重要的事：读者自己写的一句话'),
    weighUp: z.object({
      heading,
      intro,
      hsct: text.describe('“考虑移植的理由”这一栏的标题'),
      standard: text.describe('“考虑继续用药的理由”这一栏的标题'),
      both: text.describe('“两种都要问清楚的”这一栏的标题'),
      empty: text.describe('还没有回答时显示的话')
    }).strict().describe('把回答放在一起看'),
    leaning: z.object({ question: personText('问题'), choices }).strict().describe('现在的倾向'),
    support: z.object({
      heading,
      questions: z.array(oneChoiceQuestion).min(1).describe('问题：谁一起决定、有没有人催、想怎样决定')
    }).strict().describe('和谁一起决定（参考渥太华决策指南的“支持”和“角色”）'),
    feelings: z.object({ heading, paragraphs }).strict().describe('心里的感受：害怕、等待、希望和后悔'),
    storage: text.describe('保存的说明：回答只保存在手机上'),
    storageSinglePage: text.describe('朋友圈预览页里的保存说明：那里的回答不会留下'),
    clear: text.describe('清除按钮上的字')
  }).strict().describe('第5步“对您重要的事”'),
  nextStep: z.object({
    heading,
    check: z.object({
      heading,
      intro,
      right: text.describe('答对时的话'),
      wrong: text.describe('答错时的话'),
      questions: z.array(z.object({
        id: slug.describe('编号：不能重复'),
        text: text.describe('题目'),
        choices,
        answer: slug.describe('正确答案：某个选项的 id'),
        explanation: text.describe('解释：不论答对答错都显示'),
        findings: findingList('解释后面的数字')
      }).strict().describe('一道题')).min(3, '要写 3 到 5 道题').max(5, '要写 3 到 5 道题').describe('题目')
    }).strict().describe('试一试：这几件事清楚吗'),
    sure: z.object({
      heading,
      note: text.describe('说明：参考了SURE量表，不是经过验证的正式译本'),
      questions: z.array(z.object({ id: slug.describe('编号：不能重复'), text: personText('问题') }).strict().describe('一个问题'))
        .length(4, '要正好写 SURE 的四个问题').describe('四个问题'),
      choices,
      advice: text.describe('回答后的提示')
    }).strict().describe('有多确定（参考SURE）'),
    timing: titledParagraphs.describe('时间'),
    next: titledParagraphs.describe('下一步')
  }).strict().describe('第6步“有多确定，下一步做什么”'),
  questions: z.object({
    heading,
    intro,
    groups: z.array(z.object({
      id: z.enum(['rheumatologist', 'centre']).describe('问谁：rheumatologist（风湿科医生）或 centre（移植中心）'),
      heading
    }).strict().describe('一组问题')).length(2, '要正好写两组：风湿科医生和移植中心').describe('问题分组'),
    items: z.array(z.object({
      id: slug.describe('编号：不能重复'),
      text: text.describe('问题'),
      for: z.enum(['rheumatologist', 'centre']).describe('问谁：rheumatologist（风湿科医生）或 centre（移植中心）')
    }).strict().describe('一个问题')).min(8, '至少要有 8 个问题').describe('要问的问题'),
    summary: z.object({
      heading,
      intro,
      title: text.describe('门诊小结的标题'),
      labels: z.object({
        respondent: text.describe('“填写人”的说法'),
        notChosen: text.describe('没有选填写人时写的字'),
        leaning: text.describe('“现在的倾向”的说法'),
        values: text.describe('“重要的事”这一段的标题'),
        other: text.describe('“其他”的说法'),
        sure: text.describe('“有多确定”这一段的标题'),
        keyFindings: text.describe('“关键数字”这一段的标题'),
        date: text.describe('“日期”的说法'),
        referral: text.describe('小结最上面“请医生考虑转诊”这一段的标题'),
        criteria: text.describe('“医生会看的条件”这一段的标题'),
        source: text.describe('数字后面“来源”的说法'),
        blank: text.describe('没有填写的检查结果显示的字，例如“未填写”')
      }).strict().describe('小结里的各个说法'),
      referral: slug.describe('不论勾没勾，都写在小结最上面的问题：上面“要问的问题”里某个问题的 id'),
      criteria: sourcedTextSchema.describe('一句话：EBMT 2025 的选择标准，带来源和 DOI'),
      keyFindings: findingList('关键数字').min(3, '要写 3 到 5 个关键数字').max(5, '要写 3 到 5 个关键数字'),
      checklist: z.object({
        heading,
        intro,
        limit: z.number().int().min(20).max(200).describe('每项最多几个字：20 到 200'),
        hint: text.describe('输入框下面的说明：{limit} 处填最多几个字'),
        cut: text.describe('写的字超过上限时的话：{limit} 处填最多几个字'),
        items: z.array(z.object({
          id: slug.describe('编号：不能重复；改了它，读者已经填写的这一项就找不到了'),
          label: text.describe('检查的名字'),
          placeholder: text.describe('输入框里的示例')
        }).strict().describe('一项检查结果')).min(4).describe('检查结果：每项一个，读者可以在小程序里填写')
      }).strict().describe('请带上的检查结果：读者自己填写，只保存在手机上'),
      picture: z.object({
        intro: text.describe('生成图片按钮前的话：图片里有什么'),
        making: text.describe('正在生成图片时的话'),
        failed: text.describe('图片没有生成出来时的话'),
        split: text.describe('小结太长、分成几张图片时的话：{count} 处填张数'),
        numbered: text.describe('每张图片顶上的编号：{n} 处填第几张，{count} 处填共几张'),
        label: text.describe('读屏软件读给盲人听的图片说明：{text} 处填图片里的全部文字'),
        singlePage: text.describe('从朋友圈打开的单页里的话：不能保存或转发图片'),
        orCopy: text.describe('另一条路：用复制按钮以文字发出；{copy} 处填复制按钮上的字'),
        forwardFailed: text.describe('转发菜单没打开时的话'),
        saved: text.describe('保存到相册以后的话'),
        downloaded: text.describe('网页版下载以后的话'),
        refused: text.describe('读者没有允许本小程序存相册时的话'),
        stillRefused: text.describe('设置里还没打开“相册”时的话'),
        systemRefused: text.describe('手机没有允许微信使用照片时的话（可以打开微信的系统权限页）'),
        systemRefusedSteps: text.describe('手机没有允许微信使用照片、又打不开系统权限页时的话：在手机的哪里允许'),
        privacy: text.describe('隐私保护指引还没同意时的话'),
        saveFailed: text.describe('别的原因没保存时的话')
      }).strict().describe('门诊小结的图片'),
      footer: text.describe('页脚：来自哪里，不是医疗建议'),
      copy: text.describe('复制按钮上的字'),
      copied: text.describe('复制成功后的话')
    }).strict().describe('门诊小结')
  }).strict().superRefine((questions, context) => {
    if (!questions.items.some((item) => item.id === questions.summary.referral)) {
      context.addIssue({ code: z.ZodIssueCode.custom, path: ['summary', 'referral'], message: `“${questions.summary.referral}”不是上面任何一个问题的 id：请写 items 里某个问题的 id` })
    }
  }).describe('第7步“要问的问题和门诊小结”'),
  trials: z.object({
    heading,
    intro,
    trials: z.array(z.object({
      name: text.describe('试验名称'),
      nameEn: text.describe('英文名称'),
      rows: z.array(z.object({
        label: text.describe('这一行说什么：例如“患者”'),
        text: text.optional().describe('文字'),
        findings: findingList('结果')
      }).strict().describe('一行')).min(1).describe('各行'),
      sources
    }).strict().describe('一项试验')).min(1).describe('三项随机试验'),
    singleGroup: z.object({ name: text.describe('名称'), text: text.describe('文字'), sources }).strict().describe('单组研究（STAT）')
  }).strict().describe('细节“三项随机试验并排看”'),
  process: z.object({
    heading,
    intro,
    steps: z.array(titledText.describe('一步')).min(1).describe('各个步骤'),
    unknowns: text.describe('本小程序不知道的事'),
    sources
  }).strict().describe('细节“移植是什么样的过程”'),
  practical: z.object({
    heading,
    intro,
    blocks: z.array(z.object({
      heading,
      paragraphs,
      questions: z.array(text).min(1).describe('要问的问题：没有核实的事写成问题，每个一项')
    }).strict().describe('一件要准备的事')).min(1).describe('要准备的事：转诊、医保、照顾……')
  }).strict().describe('细节“家人要准备的事”：转诊、异地医保和照顾，没有核实的写成要问的问题'),
  doctors: z.object({ heading, intro, points: z.array(titledText.describe('一个方面')).min(1).describe('医生会看的方面'), sources }).strict().describe('细节“医生会看哪些方面”'),
  certainty: z.object({ heading, paragraphs }).strict().describe('细节“这些数字有多可靠”'),
  china: z.object({
    heading,
    paragraphs,
    checks: z.object({ heading, items: z.array(text).min(1).describe('要核实的事：每项一个'), sources }).strict().describe('怎样核实一个中心'),
    /** Each rule on its own, with what it covers: they are never merged into one. */
    rules: z.object({ heading, paragraphs }).strict().describe('规定：每条规定一段，写明它管什么，不要合成一条')
  }).strict().describe('细节“在中国”'),
  recruiting: z.object({
    heading,
    paragraphs,
    trials: z.array(z.object({ name: text.describe('试验名称'), paragraphs, status: recordedStatusSchema }).strict().describe('一项试验')).describe('可能在招募的试验'),
    oldRecordNote: text.describe('旧记录的提醒：试验状态读自超过12个月的记录时，显示在状态下面，请读者去查最新的记录'),
    registriesHeading: heading,
    registries: z.array(z.object({
      id: slug.describe('编号：不能重复'),
      name: text.describe('名称'),
      address: text.describe('网址：不带 https://'),
      note: text.describe('说明')
    }).strict().describe('一个注册平台')).min(1).describe('可以自己查找的地方'),
    searchHeading: heading,
    searchWords: z.array(text).min(1).describe('检索词：每组一项'),
    searchNote: text.describe('检索的说明')
  }).strict().describe('细节“怎样查找正在招募的试验”'),
  about: z.object({
    heading,
    /** What the aid may claim of IPDAS: reviewed only once a clinician's review and the funding are filled in. */
    ipdas: z.object({
      reviewed: text.describe('审阅以后的说法：机构填好医学审阅和资金来源以后才显示'),
      notReviewed: text.describe('审阅以前的说法：还没有经过独立审阅')
    }).strict().describe('怎样说和IPDAS的关系'),
    paragraphs: z.array(text).min(1).describe('段落：每段一项'),
    evidence: z.object({ heading, paragraphs: z.array(text).min(1).describe('段落：每段一项') }).strict()
      .describe('证据是怎样选的：用了哪几类来源，哪些没用、为什么'),
    dates: text.describe('日期的说法：{writtenAt} 处填编写日期，{checkedAt} 处填核对日期'),
    review: text.describe('医学审阅的说法：{review} 处填审阅人，或“还没有”的说法'),
    funding: text.describe('资金来源的说法：{funding} 处填资金来源，或“还没有”的说法'),
    sourcesHeading: text.describe('全部来源列表前的一句'),
    /** content:check computes these for the core path and fails, giving the right numbers, when they differ. */
    readability: z.object({
      template: text.describe('说法：{steps} 步数、{characters} 汉字数、{sentences} 句数、{mean} 平均句长、{long} 长句占比、{uncommon} 不常用字占比、{fastest} 和 {slowest} 读完要几分钟'),
      stated: z.object({
        characters: z.number().int().min(0).describe('汉字数：主要几步的汉字，内容检查会算出来告诉您'),
        sentences: z.number().int().min(0).describe('句数：内容检查会算出来告诉您'),
        meanSentenceLength: z.number().min(0).describe('平均每句几个字（一位小数）：内容检查会算出来告诉您'),
        longSentencePercent: z.number().min(0).max(100).describe('超过30个字的句子占百分之几（一位小数）：内容检查会算出来告诉您'),
        uncommonCharacterPercent: z.number().min(0).max(100).describe('2500个常用字以外的字占百分之几（一位小数）：内容检查会算出来告诉您'),
        beforeValues: z.number().int().min(0).describe('第5步之前要读的字数：从第1步读到“对您重要的事”之前的字数，内容检查会算出来告诉您')
      }).strict().describe('写出来的可读性数字：必须和内容检查算出来的一样')
    }).strict().describe('主要几步好不好读、要读多久')
  }).strict().describe('细节“关于这份决策辅助”')
}).strict().describe('decide.json：决策辅助“和医生商量之前”的全部文字')

/** A control's words, or a template whose {name} places the code fills in (e.g. "下一部分：{heading}"). */
const words = (description: string) => text.describe(description)

/**
 * ui.json: the words of the app's controls (buttons, links, labels, short messages), one place for all pages, so that
 * volunteers can change them without touching code. Each page's reading text (titles, headings, sentences) stays in
 * that page's own content file. Grouped by where the words appear.
 */
export const uiSchema = z.object({
  navigationBar: z.object({
    home: words('首页：首页和小程序顶部标题栏的默认标题'),
    hsct: words('科普页：科普页顶部标题栏的标题'),
    trials: words('试验列表：四项试验列表页顶部标题栏的标题'),
    trial: words('试验页：每项试验页顶部标题栏的标题'),
    contact: words('联系页：机构介绍和联系方式页顶部标题栏的标题'),
    about: words('关于页：“关于本小程序”页顶部标题栏的标题'),
    decide: words('决策辅助：“和医生商量之前”页顶部标题栏的标题')
  }).strict().describe('微信顶部标题栏的标题（构建时写进页面设置，改后要重新构建）'),
  common: z.object({
    backHome: words('返回首页：每页顶部回到首页的按钮'),
    toHome: words('回到首页：试验页和“关于本小程序”页底部回到首页的链接'),
    checkedAt: words('核对日期：“手册之后的进展”等块里的核对日期，{date} 处填日期'),
    copyFailedPrivacy: words('复制失败（隐私）：微信因为隐私保护指引不让复制时显示的提示'),
    copyFailed: words('复制失败：不能自动复制时显示的提示，下面会显示要手动复制的文字')
  }).strict().describe('各页共用的字'),
  shell: z.object({
    share: words('分享按钮：每页底部的分享按钮'),
    fromShare: words('分享到达提示：从病友分享的卡片打开时，页面顶部的提示按钮'),
    singlePage: words('朋友圈预览提示：在朋友圈的预览页里，代替分享按钮的说明'),
    contentDate: words('手册日期：每页页脚的手册内容日期，{date} 处填 meta.json 的 contentDate'),
    additionsCheckedAt: words('补充内容核对日期：页脚日期后面，{date} 处填本页补充内容的核对日期'),
    source: words('来源：每页页脚的来源，{source} 处填 meta.json 的 source'),
    disclaimer: words('免责声明：每页页脚，{disclaimer} 处填手册的免责声明'),
    follow: words('关注公众号：每页页脚的按钮'),
    about: words('关于本小程序：每页页脚通往“关于本小程序”的链接'),
    contents: words('本页目录：长页面目录的标题')
  }).strict().describe('每页的框架：分享按钮、页脚和目录'),
  terms: z.object({
    term: words('术语（读屏）：读屏软件读出可点按的术语，{term} 处填术语'),
    chips: words('术语按钮组的标题：每段后面的术语按钮上方'),
    sheet: words('术语解释面板（读屏）：面板的名称，{term} 处填术语'),
    reviewed: words('审阅日期：术语解释面板底部，{note} 处填术语表的说明，{date} 处填审阅日期'),
    close: words('关闭：术语解释面板的关闭按钮')
  }).strict().describe('术语解释：点按术语后的面板和术语按钮'),
  sources: z.object({
    citation: words('来源：每条来源前面，{citation} 处填引文'),
    copyDoi: words('复制 DOI：来源下面的按钮'),
    copyRegistry: words('复制注册号：来源下面的按钮'),
    copyWhose: words('复制谁的（读屏）：复制按钮读出时加在后面，{subject} 处填试验名称'),
    unfold: words('展开来源：收起的来源按钮，{count} 处填条数'),
    unfoldSpoken: words('展开来源（读屏）：读屏软件读出的按钮名称，{count} 处填条数'),
    fold: words('收起来源：展开后的来源按钮，{count} 处填条数'),
    foldSpoken: words('收起来源（读屏）：读屏软件读出的按钮名称，{count} 处填条数')
  }).strict().describe('来源：引文和复制按钮'),
  corrections: z.object({
    correction: words('勘误：勘误（kind 为 correction）的标签'),
    note: words('说明：说明（kind 为 note）的标签'),
    label: words('勘误的标签行：{kind} 处填“勘误”或“说明”，{label} 处填 corrections.json 的 label，{date} 处填核对日期')
  }).strict().describe('勘误：紧挨手册原句的勘误和说明的标签'),
  home: z.object({
    textSize: words('文字大小：首页选择文字大小的标题'),
    textSizeChoice: words('文字大小（读屏）：每个大小按钮读出的名称，{size} 处填“标准”“大”或“特大”'),
    standard: words('标准：文字大小按钮'),
    large: words('大：文字大小按钮'),
    xlarge: words('特大：文字大小按钮'),
    brochureTitle: words('手册的标题：首页和科普页“实验性治疗方法”提示的第一行，{title} 处填手册标题'),
    unknownCode: words('无法识别的二维码：扫了无法识别的码时，首页上的提示')
  }).strict().describe('首页的按钮和提示'),
  explainer: z.object({
    glossary: words('术语表：科普页目录里和术语表一节的标题'),
    unfoldGlossary: words('展开术语表：科普页术语表的按钮，{count} 处填术语条数'),
    foldGlossary: words('收起术语表：科普页术语表展开后的按钮'),
    toTrials: words('试验列表的链接：科普页“四项试验”一节末尾')
  }).strict().describe('科普页“自体造血干细胞移植”的按钮和链接'),
  trials: z.object({
    all: words('全部：试验列表筛选按钮'),
    ended: words('已结束：试验列表筛选按钮'),
    unfinished: words('尚未结束：试验列表筛选按钮（不写“进行中”：尚未结束的试验也可能不再招募）'),
    filterCount: words('筛选按钮：{label} 处填按钮的字，{count} 处填试验项数'),
    filterSpoken: words('筛选按钮（读屏）：{label} 处填按钮的字，{basis} 处填按什么筛选，{count} 处填项数'),
    filterBy: words('筛选的标题：{basis} 处填按什么筛选（trial-pages.json 的 trials.filterBasis）'),
    details: words('查看详情：每张试验卡片的最后一行'),
    toRecruiting: words('查找招募中的试验：试验列表顶部，通往决策辅助“怎样查找正在招募的试验”的链接')
  }).strict().describe('试验列表页的按钮和链接'),
  trial: z.object({
    previous: words('上一项：试验页底部，{acronym} 处填试验名称'),
    next: words('下一项：试验页底部，{acronym} 处填试验名称'),
    toList: words('返回试验列表：试验页底部'),
    toTrials: words('查看四项临床试验：找不到试验时的链接'),
    toHarms: words('风险的链接：试验页“手册关于移植风险的说明”末尾，{heading} 处填“移植的风险和代价”的标题')
  }).strict().describe('每项试验页的链接'),
  contact: z.object({
    call: words('拨打：电话一行右边的按钮'),
    copy: words('复制：邮箱、网站等一行右边的按钮'),
    follow: words('关注：公众号一行右边的按钮'),
    followButton: words('关注公众号：“关注公众号”一节的按钮'),
    copiedAccount: words('已复制公众号名称：打不开公众号、已复制名称时的提示，{name} 处填公众号名称'),
    searchAccount: words('请搜索公众号：也无法复制时的提示，{message} 处填复制失败的提示，{name} 处填公众号名称'),
    callFailed: words('无法拨打：拨号失败时的提示，下面显示号码')
  }).strict().describe('联系页的按钮和提示'),
  about: z.object({
    toContacts: words('联系方式的链接：“关于本小程序”页底部，{organization} 处填机构简称'),
    feedback: words('意见反馈：“关于本小程序”页打开微信意见反馈的按钮'),
    copyEmail: words('复制邮箱：“关于本小程序”页的按钮，{email} 处填邮箱'),
    copyEmailSpoken: words('复制邮箱（读屏）：读屏软件读出的按钮名称，{email} 处填邮箱')
  }).strict().describe('“关于本小程序”页的按钮'),
  summary: z.object({
    generate: words('生成图片：把门诊小结做成图片的按钮'),
    forward: words('转发或保存图片：打开微信图片菜单的按钮'),
    forwardNumbered: words('转发第几张：小结分成几张图片时每张下面的按钮，{n} 处填第几张'),
    save: words('保存到相册的按钮'),
    saveAll: words('把几张图片都保存到相册的按钮，{count} 处填张数'),
    download: words('网页版下载图片的按钮'),
    openSettings: words('打开本小程序设置、允许存相册的按钮'),
    openSystemSettings: words('打开微信系统权限页、允许微信使用照片的按钮')
  }).strict().describe('门诊小结的按钮'),
  decide: z.object({
    next: words('下一部分：决策辅助底部的按钮，{heading} 处填下一部分的标题'),
    previous: words('上一部分：决策辅助底部的按钮，{heading} 处填上一部分的标题'),
    skipTo: words('直接去：第2步里让累了的读者直接去“对您重要的事”的按钮，{heading} 处填那一部分的标题'),
    openRow: words('展开一行：逐项比较里每一行的提示，点按看两种选择的详细内容'),
    closeRow: words('收起一行：逐项比较里展开的一行的提示'),
    rowLabel: words('一行的读屏说法：{question} 处填这一行的问题，{action} 处填“展开”或“收起”的提示'),
    trialsLink: words('看三项试验：第3步末尾去“三项随机试验并排看”的链接'),
    certaintyLink: words('数字有多可靠：第4步末尾去“这些数字有多可靠”的链接'),
    step: words('第几步：主要步骤的标题，{step} 处填第几步，{heading} 处填这一步的标题'),
    detail: words('细节的标题：{details} 处填“更多细节”的说法，{heading} 处填这一部分的标题'),
    current: words('目录里正在看的那一项：{heading} 处填它的标题'),
    stepCount: words('共几步：主要步骤标题下面的一行，{count} 处填步数'),
    detailNote: words('细节标题下面的一行：{details} 处填“更多细节”的说法，{count} 处填主要步骤的步数'),
    contents: words('主要步骤目录的标题：{count} 处填步数'),
    share: words('分享按钮：决策辅助是写给病友和家人的'),
    resumeStep: words('接着看：重新打开时回到上次看到的那一步的按钮，{step} 处填第几步，{heading} 处填这一步的标题'),
    resumeDetail: words('接着看：上次看到的是一部分细节时的按钮，{heading} 处填它的标题'),
    cleared: words('清除以后的提示'),
    aboutApp: words('“关于这份决策辅助”里通往“关于本小程序”页面的链接'),
    statsDetail: words('统计细节：“三项随机试验并排看”里数字后面的统计细节，{detail} 处填细节'),
    nameEn: words('英文名称：“三项随机试验并排看”里每项试验名称下面，{name} 处填英文名称'),
    copyAddress: words('复制网址：“怎样查找正在招募的试验”里每个网站下面的按钮'),
    copyAddressSpoken: words('复制网址（读屏）：{address} 处填网址，{name} 处填网站名称'),
    copySearchWords: words('复制检索词：检索词下面的按钮'),
    copySearchWordsSpoken: words('复制检索词（读屏）：{words} 处填检索词'),
    you: words('您：问题里的 {person}，还没选谁在填写、或患者自己填写时用的称呼'),
    patientInSummary: words('患者：门诊小结里怎样称呼患者（不管谁填写）')
  }).strict().describe('决策辅助“和医生商量之前”的按钮和标签'),
  update: z.object({
    title: words('标题：微信下载好新版本后询问读者的对话框的标题'),
    content: words('说明：对话框里的一句话，说明内容（勘误、试验状态）有了新版本，同意后会重新打开'),
    confirm: words('同意按钮：点了就重新打开小程序，换成新版本'),
    cancel: words('以后再说的按钮：新版本留到下次打开小程序时')
  }).strict().describe('新版本的提示：勘误和试验状态更新后，询问读者是否现在重新打开')
}).strict().describe('ui.json：界面文字——按钮、链接、标签和简短提示')

/** A setting the organization has not filled in yet is left empty: "" is allowed, and means exactly that. */
const UNFILLED = '还没填写时留空 ""'
const optionalDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, `日期要写成 YYYY-MM-DD，例如 2026-12-01；${UNFILLED}`)

/**
 * The organization's settings: only the organization can state them, so nobody fills them in for it. The appid and
 * the switch that hides the app's additions are Taro's build settings and stay in .env.production and .env.
 */
export const settingsSchema = z.object({
  officialAccount: z.object({
    name: text.describe('公众号名称：联系页上“关注公众号”写的名称，也是打不开公众号时复制给读者去搜索的名称'),
    originalId: z.string().regex(/^(gh_[0-9a-f]{12})?$/, `原始 ID 要写成 gh_ 加 12 位数字或小写字母，例如 gh_0123456789ab；${UNFILLED}`)
      .describe(`公众号原始 ID：在公众号后台“设置与开发 → 账号设置”里，以 gh_ 开头；联系页用它直接打开公众号。${UNFILLED}`)
  }).strict().describe('公众号：联系页“关注公众号”用到的名称和原始 ID'),
  articles: z.array(z.object({
    title: text.describe('文章标题：联系页上链接的文字'),
    url: z.string().regex(/^(https:\/\/mp\.weixin\.qq\.com\/s\S+)?$/, `文章链接要以 https://mp.weixin.qq.com/s 开头（在公众号文章里点“复制链接”）；${UNFILLED}`)
      .describe(`文章链接：公众号文章的地址，以 https://mp.weixin.qq.com/s 开头；${UNFILLED}，留空的文章不显示`)
  }).strict().describe('一篇公众号文章')).describe('公众号文章：联系页链接到的文章'),
  funding: z.string().describe(`资金来源：机构用自己的话说明本小程序的资金从哪里来，显示在“关于本小程序”和决策辅助上。只有机构能写，别人不能代填；${UNFILLED}，页面会说明还没有填写`),
  medicalReview: z.object({
    name: z.string().describe(`审阅医生的姓名：${UNFILLED}`),
    title: z.string().describe(`审阅医生的职称和科室：例如“风湿免疫科主任医师”；${UNFILLED}`),
    date: optionalDate.describe(`审阅日期：医生审阅决策辅助的日期，写成 YYYY-MM-DD，不能晚于今天；${UNFILLED}`)
  }).strict()
    .refine((review) => [review.name, review.title, review.date].every((value) => value.trim() === '') || [review.name, review.title, review.date].every((value) => value.trim() !== ''),
      '医学审阅的姓名、职称和日期要么三项都写，要么三项都留空：把缺的那一项补上')
    .describe('医学审阅：审阅决策辅助“和医生商量之前”的临床医生。只有机构能写，别人不能代填；三项都留空时，页面说还没有医生审阅过')
}).strict().describe('settings.json：机构设置——公众号、资金来源和医学审阅，由机构填写')
/**
 * trial-pages.json: the app's own words on the trial list and each trial's page (headings, labels, sentences), and
 * the phrases built from a trial's fields (trialFacts.ts, status.ts). The brochure's trials stay in trials.json.
 */
export const trialPagesSchema = z.object({
  list: z.object({
    shareTitle: text.describe('分享标题：试验列表页的分享卡片，{treatment} 处填治疗的名称，{acronyms} 处填四项试验的名称'),
    title: text.describe('标题：试验列表页的大标题'),
    noneRecruiting: text.describe('都不再招募：列表顶部的一句话，{date} 处填核对日期'),
    recruiting: text.describe('仍在招募：列表顶部的一句话，{acronyms} 处填仍在招募的试验，{date} 处填核对日期'),
    cardsNote: text.describe('卡片的说明：{asOf} 处填手册状态的日期（trials.json 的 statusAsOf）'),
    filterBasis: text.describe('按什么筛选：筛选按钮上方和读屏时说明，{date} 处填核对日期'),
    place: text.describe('地区：卡片上的一行，{place} 处填地区'),
    years: text.describe('年份：卡片上的一行，{years} 处填年份'),
    people: text.describe('人数：卡片上的一行，{people} 处填人数'),
    statusChecked: text.describe('现在的状态：卡片和科普页上，{status} 处填状态，{date} 处填核对日期'),
    timeline: text.describe('时间线的标题：{start} 和 {end} 处填起止年份'),
    timelineKey: text.describe('时间线的图例：时间线下面的一句话')
  }).strict().describe('试验列表页“手册所列的四项临床试验”'),
  trial: z.object({
    shareTitle: text.describe('分享标题：{acronym} 处填试验名称，{name} 处填中文名称，{treatment} 处填治疗的名称'),
    notFoundShareTitle: text.describe('找不到试验时的分享标题：{treatment} 处填治疗的名称'),
    nowLabel: text.describe('现在怎样了：试验页第一块的标签，{heading} 处填 since-brochure.json 的标题，{date} 处填核对日期'),
    brochureNote: text.describe('手册记录的说明：{asOf} 处填手册状态的日期'),
    facts: z.object({
      nameEn: text.describe('英文名称'),
      place: text.describe('地区与机构'),
      design: text.describe('研究设计'),
      comparator: text.describe('对照'),
      population: text.describe('入组患者'),
      diseaseDuration: text.describe('发病时间'),
      enrollment: text.describe('人数'),
      treatment: text.describe('治疗时间'),
      followUp: text.describe('随访'),
      years: text.describe('年份'),
      dataCollection: text.describe('数据收集'),
      status: text.describe('状态：{asOf} 处填手册状态的日期'),
      results: text.describe('结果'),
      treatmentDeaths: text.describe('治疗相关死亡')
    }).strict().describe('试验记录每一行左边的名称'),
    factValues: z.object({
      diseaseDuration: text.describe('发病时间：{years} 处填年数'),
      treatment: text.describe('治疗时间：{months} 处填月数'),
      followUp: text.describe('随访：{months} 处填月数'),
      dataCollection: text.describe('数据收集：{year} 处填年份'),
      deathsPercent: text.describe('治疗相关死亡（百分比）：{percent} 处填百分数，{within} 处填统计的时间'),
      deathsCount: text.describe('治疗相关死亡（人数）：{count} 处填例数，{within} 处填统计的时间'),
      within: text.describe('统计的时间：{months} 处填随访月数'),
      withinUnknown: text.describe('统计的时间：手册没有写时')
    }).strict().describe('试验记录每一行右边的写法'),
    brochureText: text.describe('手册原文一节的标题：{asOf} 处填手册状态的日期'),
    more: text.describe('更多进展一节的标题：{heading} 处填“手册之后的进展”'),
    risks: text.describe('手册关于风险一节的标题'),
    doctorNote: text.describe('和医生商量：试验页后面的一句话'),
    notFound: text.describe('找不到试验：标题'),
    unknownId: text.describe('找不到试验：链接里的编号不对时，{id} 处填编号'),
    missingId: text.describe('找不到试验：链接里没有编号时')
  }).strict().describe('每项试验的页面'),
  facts: z.object({
    randomized: text.describe('随机分组人数：{count} 处填人数'),
    alsoEnrolled: text.describe('另写的招募人数：{count} 处填人数'),
    enrolled: text.describe('患者人数：{count} 处填人数'),
    planned: text.describe('计划招募：{count} 处填人数'),
    withRecord: text.describe('手册和注册记录的人数：{brochure} 处填手册的人数，{record} 处填记录名称，{count} 处填实际人数'),
    headcountRandomized: text.describe('时间线的人数（随机分组）：{count} 处填人数'),
    headcount: text.describe('时间线的人数：{count} 处填人数'),
    headcountPlanned: text.describe('时间线的人数（计划）：{count} 处填人数'),
    years: text.describe('起止年份：{start} 和 {end} 处填年份'),
    endYearInBrochure: text.describe('手册的结束年份：{year} 处填年份'),
    endYearPlanned: text.describe('计划结束：结束年份是计划时加在后面'),
    noPlace: text.describe('没有地区：手册没有写地区时')
  }).strict().describe('由试验的字段组成的写法：人数、年份、地区'),
  status: z.object({
    fresh: text.describe('现在的状态（12个月内的记录）：{status} 处填状态，{record} 处填记录和日期'),
    old: text.describe('较早记录的状态：{record} 处填记录和日期，{status} 处填状态'),
    record: text.describe('记录和日期：{name} 处填记录名称，{date} 处填日期'),
    month: text.describe('只有月份的日期：{year} {month} 处填年、月'),
    day: text.describe('日期：{year} {month} {day} 处填年、月、日')
  }).strict().describe('试验现在的状态怎样写（试验列表、试验页、科普页和决策辅助共用）')
}).strict().describe('trial-pages.json：试验列表和每项试验页上本小程序自己的字')

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
  'decide.json': decideSchema,
  'ui.json': uiSchema,
  'settings.json': settingsSchema,
  'trial-pages.json': trialPagesSchema
} as const

export type ContentFileName = keyof typeof contentFiles

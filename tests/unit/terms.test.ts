import { glossary } from '@/content/glossary'
import { segmentByTerms } from '@/content/terms'

test('marks each term once, preferring the longest match', () => {
  const marked = new Set<string>()
  const segments = segmentByTerms('患者接受自体造血干细胞移植（造血干细胞可以分化为所有类型的血细胞）。', glossary.terms, marked)
  expect(segments.map((segment) => segment.text).join('')).toBe('患者接受自体造血干细胞移植（造血干细胞可以分化为所有类型的血细胞）。')
  expect(segments.filter((segment) => segment.termId)).toEqual([
    { text: '自体造血干细胞移植', termId: 'hsct' },
    { text: '造血干细胞', termId: 'stem-cell' }
  ])
  expect(segmentByTerms('自体干细胞移植', glossary.terms, marked)).toEqual([{ text: '自体干细胞移植' }])
})

test('the glossary covers every term the explainer and the decision aid use', () => {
  const explained = (word: string) => glossary.terms.some((term) => term.matches.includes(word))
  const words = ['造血干细胞', '自体', '免疫抑制', '环磷酰胺', 'Cytoxan', '麦考酚酸酯', '弥漫型系统性硬皮病', '无事件生存率', '总体生存率',
    '治疗相关死亡率', '随机', '开放标签', 'II期', '意向治疗分析', '按方案分析', '预处理', '肺纤维化', '利妥昔单抗', '尼达尼布', '托珠单抗', '甲氨蝶呤',
    '局限性硬皮病', '局限型系统性硬化症', '雷诺现象', 'mRSS', 'FVC', 'DLCO', '非清髓']
  expect(words.filter((word) => !explained(word))).toEqual([])
})

test('in the ASSIST paragraph, the brochure\'s I期 and II期 open the note on the ASSIST studies, not the trial phases', () => {
  const marked = new Set<string>()
  const termsOf = (text: string) => segmentByTerms(text, glossary.terms, marked).filter((segment) => segment.termId).map((segment) => segment.termId)
  expect(termsOf('自体干细胞系统性硬化症免疫抑制II期试验（ASSIST）正在美国西北大学（伊利诺伊州芝加哥）进行。')).toContain('assist-numbering')
  marked.clear()
  expect(termsOf('全新ASSIST II期研究将比较ASSIST I HSCT治疗方案和改良后治疗方案的功效')).toEqual(['assist-numbering'])
  marked.clear()
  expect(termsOf('ASSIST的I期临床试验是一项小型开放标签研究')).toEqual(['assist-numbering', 'open-label'])
  marked.clear()
  // Where the app itself names a phase, it is one.
  expect(termsOf('这项多中心研究是II期研究。')).toEqual(['multicentre', 'trial-phase'])
})

import { glossary } from '@/content'
import { segmentByTerms } from '@/content/terms'

test('marks each term once, preferring the longest match', () => {
  const marked = new Set<string>()
  const segments = segmentByTerms('患者接受自体造血干细胞移植（造血干细胞可以分化为所有类型的血细胞）。', glossary.terms, marked)
  expect(segments.map((segment) => segment.text).join('')).toBe('患者接受自体造血干细胞移植（造血干细胞可以分化为所有类型的血细胞）。')
  expect(segments.filter((segment) => segment.termId)).toEqual([
    { text: '自体', termId: 'autologous' },
    { text: '造血干细胞移植', termId: 'hsct' },
    { text: '造血干细胞', termId: 'stem-cell' }
  ])
  expect(segmentByTerms('自体干细胞移植', glossary.terms, marked)).toEqual([{ text: '自体干细胞移植' }])
})

test('the glossary covers every term the explainer uses', () => {
  const names = glossary.terms.map((term) => term.term).join(' ')
  for (const term of ['造血干细胞', '自体', '免疫抑制', '环磷酰胺', 'Cytoxan', '麦考酚酸酯', 'CellCept', '弥漫型系统性硬皮病',
    '无事件生存率', '总体生存率', '治疗相关死亡率', '随机', '开放标签', 'I期', 'II期']) {
    expect(names).toContain(term)
  }
})

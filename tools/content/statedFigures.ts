// The readability figures "about this aid" states (decide.json about.readability.stated) must be the ones content:check
// computes for the core path: a figure that went stale after an edit fails the check, with the right numbers to copy.
import type { Readability } from './readability'
import type { RuleContext } from './rules'

type Stated = NonNullable<RuleContext['parsed']['decide.json']>['about']['readability']['stated']

const oneDecimal = (value: number) => Math.round(value * 10) / 10

/** The figures as the about part states them: counts, and the rest to one decimal (shares as percentages). */
export function statedFigures(figures: Readability, beforeValues: number): Stated {
  return {
    characters: figures.characters,
    sentences: figures.sentences,
    meanSentenceLength: oneDecimal(figures.meanSentenceLength),
    longSentencePercent: oneDecimal(figures.longSentenceShare * 100),
    uncommonCharacterPercent: oneDecimal(figures.uncommonCharacterShare * 100),
    beforeValues
  }
}

const NAMES: Record<keyof Stated, string> = {
  characters: '汉字数',
  sentences: '句数',
  meanSentenceLength: '平均每句几个字',
  longSentencePercent: '长句占百分之几',
  uncommonCharacterPercent: '不常用的字占百分之几',
  beforeValues: '第5步之前要读的字数'
}

export function checkStatedReadability(context: RuleContext, figures: Readability, beforeValues: number): void {
  const stated = context.parsed['decide.json']?.about.readability.stated
  if (!stated) return
  const computed = statedFigures(figures, beforeValues)
  const keys = Object.keys(NAMES) as (keyof Stated)[]
  if (keys.every((key) => stated[key] === computed[key])) return
  const right = keys.map((key) => `${NAMES[key]}（${key}）${computed[key]}`).join('，')
  context.report('decide.json', ['about', 'readability', 'stated'], `“关于这份决策辅助”写的可读性数字和主要几步现在算出来的不一样（改过主要几步的文字以后常会这样）：把这里改成：${right}`)
}

// Splitting a finding's time frame, which the content check reads without any content file.

/**
 * A time frame in two: what it is ("整个随访期间") and what it adds after the first comma ("一半的人随访了5.8年以上"),
 * which the option grid says once before its rows instead of in every cell.
 */
export function timeframeParts(timeframe: string): { head: string; rest?: string } {
  const [head, ...rest] = timeframe.split('，')
  return rest.length > 0 ? { head, rest: rest.join('，') } : { head }
}

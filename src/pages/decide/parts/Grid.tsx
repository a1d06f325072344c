import { Text, View } from '@tarojs/components'
import type { ComparisonFinding, Decide } from '@/content'
import { findFindings } from '@/content/findings'
import { blockNotes, findingCellText, singleGroupCellText, type Group } from '@/content/findingText'
import { Heading } from '@/components/Section'
import { FoldedSources } from '@/components/Sources'
import { TermChips, TermText, markedGroups } from '@/components/TermText'
import { PartLink } from '../PartLink'
import type { PartProps } from './parts'

type Row = Decide['grid']['rows'][number]
type Option = Decide['options']['choices'][number]
/** Which group of a trial stands for each option. */
const GROUP_OF: Record<Option['id'], Group> = { hsct: 'transplant', standard: 'control' }

const comparisons = (row: Row) => findFindings(row.findings).filter((finding): finding is ComparisonFinding => finding.design === 'randomised')

/** What one option's cell says, in order: the app's lines, each trial's figure for its group, single-group figures, "no data". */
function cellTexts(grid: Decide['grid'], row: Row, option: Option['id']): string[] {
  const cell = row[option]
  return [
    ...cell.lines,
    ...comparisons(row).map((finding) => findingCellText(finding, GROUP_OF[option])),
    ...findFindings(cell.findings).map(singleGroupCellText),
    ...(cell.noData ? [grid.noData] : [])
  ]
}

/** Said once under a row: its comparisons' notes (what a count includes, whether the difference is clear), with their trials. */
const rowNotes = (row: Row) => blockNotes(comparisons(row)).map((entry) => `${entry.studies}：${entry.note}`)

/**
 * The option grid: one row per question patients ask, answered for both options one under the other (two columns
 * would be too narrow at 特大). A figure for one option stands beside the other's figure or the same "no data" words.
 */
function OptionGrid({ grid, options }: { grid: Decide['grid']; options: Decide['options'] }) {
  // Every row gives one group of texts per option, then its notes: all marked as one block, each term once in the grid.
  const perRow = options.choices.length + 1
  const { groups, termIds } = markedGroups(grid.rows.flatMap((row) => [...options.choices.map((option) => cellTexts(grid, row, option.id)), rowNotes(row)]))
  const marked = grid.rows.map((row, index) => {
    const own = groups.slice(index * perRow, (index + 1) * perRow)
    return { row, cells: options.choices.map((option, position) => ({ option, segments: own[position] })), notes: own[perRow - 1] }
  })
  const sources = grid.rows.flatMap((row) => [
    ...findFindings(row.findings).flatMap((finding) => finding.sources),
    ...options.choices.flatMap((option) => [...row[option.id].sources, ...findFindings(row[option.id].findings).flatMap((finding) => finding.sources)])
  ])
  return (
    <>
      <Text>{grid.intro}</Text>
      {marked.map(({ row, cells, notes }) => (
        <View key={row.question} className='card stack stack--tight grid-row'>
          <Heading level={3} className='grid-row__question'>{row.question}</Heading>
          {cells.map(({ option, segments: parts }) => (
            <View key={option.id} className={`stack stack--tight grid-cell grid-cell--${option.id}`}>
              <Text className='grid-cell__option'>{option.name}</Text>
              {parts.map((segment, index) => <TermText key={index} segments={segment} />)}
            </View>
          ))}
          {notes.length > 0 && (
            <View className='stack stack--tight grid-row__notes'>
              {notes.map((segment, index) => <TermText key={index} segments={segment} />)}
            </View>
          )}
        </View>
      ))}
      <FoldedSources sources={sources} />
      <TermChips termIds={termIds} />
    </>
  )
}

/** Step 4: the grid, and the way to how sure its numbers are. */
export function Grid({ aid, go }: PartProps) {
  return (
    <>
      <OptionGrid grid={aid.grid} options={aid.options} />
      <PartLink section='certainty' go={go} />
    </>
  )
}

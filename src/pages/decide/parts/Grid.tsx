import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ComparisonFinding, Decide } from '@/content'
import { findFindings } from '@/content/findings'
import { blockNotes, findingCellText, singleGroupCellText, type Group } from '@/content/findingText'
import { fill, ui } from '@/content/ui'
import { Heading } from '@/components/Section'
import { FoldedSources } from '@/components/Sources'
import { DecoratedText } from '@/components/Decoration'
import { Tappable } from '@/components/Tappable'
import { visibleWords } from '@/components/Tappable/visibleWords'
import { TermChips, TermText, markedGroups } from '@/components/TermText'
import type { Segment } from '@/content/terms'
import type { DecideSection } from '@/routes'
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

interface MarkedRow {
  row: Row
  cells: { option: Option; segments: Segment[][] }[]
  notes: Segment[][]
}

/**
 * The option grid: one row per question patients ask, folded to its question (the path stays short); a tap opens both
 * options' answers, one under the other (two columns would be too narrow at 特大). A figure for one option stands
 * beside the other's figure or the same "no data" words. What every figure counts is said once, before the rows.
 */
function OptionGrid({ grid, options, go }: { grid: Decide['grid']; options: Decide['options']; go: (section: DecideSection) => void }) {
  // The qualifiers, then every row's texts per option and its notes: all marked as one block, each term once, all in
  // the chips (so a term in a folded row can still be opened).
  const perRow = options.choices.length + 1
  const { groups, termIds } = markedGroups([
    grid.qualifiers,
    ...grid.rows.flatMap((row) => [...options.choices.map((option) => cellTexts(grid, row, option.id)), rowNotes(row)])
  ])
  const [qualifiers, ...rest] = groups
  const marked: MarkedRow[] = grid.rows.map((row, index) => {
    const own = rest.slice(index * perRow, (index + 1) * perRow)
    return { row, cells: options.choices.map((option, position) => ({ option, segments: own[position] })), notes: own[perRow - 1] }
  })
  const sources = grid.rows.flatMap((row) => [
    ...findFindings(row.findings).flatMap((finding) => finding.sources),
    ...options.choices.flatMap((option) => [...row[option.id].sources, ...findFindings(row[option.id].findings).flatMap((finding) => finding.sources)])
  ])
  return (
    <>
      <Text>{grid.intro}</Text>
      <View className='stack stack--tight panel grid-qualifiers'>
        {qualifiers.map((segments, index) => <TermText key={index} segments={segments} />)}
      </View>
      {marked.map((entry) => <GridRow key={entry.row.question} {...entry} />)}
      <FoldedSources sources={sources} />
      <PartLink section='certainty' go={go}>{ui.decide.certaintyLink}</PartLink>
      <TermChips termIds={termIds} />
    </>
  )
}

/** One row: its question, a tap away from both options' answers and the row's notes. */
function GridRow({ row, cells, notes }: MarkedRow) {
  const [open, setOpen] = useState(false)
  const action = open ? ui.decide.closeRow : ui.decide.openRow
  return (
    <View className='card stack stack--tight grid-row'>
      <Tappable className='grid-row__toggle' onTap={() => setOpen(!open)} label={fill(ui.decide.rowLabel, { question: row.question, action: visibleWords(action) })}>
        <Heading level={3} className='grid-row__question'>{row.question}</Heading>
        <DecoratedText className='muted grid-row__hint'>{action}</DecoratedText>
      </Tappable>
      {open && cells.map(({ option, segments }) => (
        <View key={option.id} className={`stack stack--tight grid-cell grid-cell--${option.id}`}>
          <Text className='grid-cell__option'>{option.name}</Text>
          {segments.map((segment, index) => <TermText key={index} segments={segment} />)}
        </View>
      ))}
      {open && notes.length > 0 && (
        <View className='stack stack--tight grid-row__notes'>
          {notes.map((segment, index) => <TermText key={index} segments={segment} />)}
        </View>
      )}
    </View>
  )
}

/** Step 4: the grid, and the way to how sure its numbers are. */
export function Grid({ aid, go }: PartProps) {
  return <OptionGrid grid={aid.grid} options={aid.options} go={go} />
}

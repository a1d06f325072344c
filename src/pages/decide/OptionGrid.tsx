import { Text, View } from '@tarojs/components'
import type { Decide } from '@/content'
import { gridCellContent, type GridCellContent } from '@/content/decide'
import { findingCellText, type Group } from '@/content/findingText'
import { uniqueSources } from '@/content/sources'
import { Heading } from '@/components/Section'
import { Sources } from '@/components/Sources'
import { TermChips, TermText, markedTerms } from '@/components/TermText'

type Option = Decide['options']['choices'][number]
/** Which group of a trial stands for each option. */
const GROUP_OF: Record<Option['id'], Group> = { hsct: 'transplant', standard: 'control' }

/** What a cell says, in order: the app's own lines, then each finding's figure for this option's group. */
function cellTexts(cell: GridCellContent, option: Option['id']): string[] {
  return [...cell.lines, ...cell.findings.map((finding) => findingCellText(finding, GROUP_OF[option]))]
}

/**
 * The option grid: one row per question patients ask, each answered for both options one under the other (two
 * columns would be too narrow to read at 特大), every figure with its trial, group and time frame. Terms are marked
 * once in the grid, and its sources listed once at its end (each figure names its trial).
 */
export function OptionGrid({ grid, options }: { grid: Decide['grid']; options: Decide['options'] }) {
  const cells = grid.rows.flatMap((row) => options.choices.map((option) => {
    const content = gridCellContent(row[option.id])
    return { question: row.question, option, content, texts: cellTexts(content, option.id) }
  }))
  const { segments, termIds } = markedTerms(cells.flatMap((cell) => cell.texts))
  const offsets = cells.map((_, index) => cells.slice(0, index).reduce((sum, cell) => sum + cell.texts.length, 0))
  const sources = uniqueSources(cells.flatMap(({ content }) => [...content.sources, ...content.findings.flatMap((finding) => finding.sources)]))
  return (
    <>
      <Text>{grid.intro}</Text>
      {grid.rows.map((row) => (
        <View key={row.question} className='card stack stack--tight grid-row'>
          <Heading level={3} className='grid-row__question'>{row.question}</Heading>
          {cells.map((cell, index) => cell.question === row.question && (
            <View key={cell.option.id} className={`stack stack--tight grid-cell grid-cell--${cell.option.id}`}>
              <Text className='grid-cell__option'>{cell.option.name}</Text>
              {cell.texts.map((text, line) => <TermText key={text} segments={segments[offsets[index] + line]} />)}
            </View>
          ))}
        </View>
      ))}
      <TermChips termIds={termIds} />
      <Sources sources={sources} />
    </>
  )
}

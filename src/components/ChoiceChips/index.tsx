import { View } from '@tarojs/components'
import { roleProps } from '@/platform/accessibility'
import { Decoration } from '../Decoration'
import { Tappable } from '../Tappable'
import './index.scss'

export interface ChoiceOption<T extends string> {
  value: T
  label: string
}

/** Content's choices ({ id, label }) as the chips' options. */
export function choiceOptions<T extends string>(choices: { id: T; label: string }[]): ChoiceOption<T>[] {
  return choices.map((choice) => ({ value: choice.id, label: choice.label }))
}

interface ChoiceChipsProps<T extends string> {
  /** What the group asks, announced with each choice (the group's accessible name). */
  groupLabel: string
  options: ChoiceOption<T>[]
  /** The chosen value; none may be chosen yet. */
  selected?: T
  onChoose: (value: T) => void
  /** What a screen reader hears for a choice, where its words alone are unclear. */
  describe?: (option: ChoiceOption<T>) => string
  className?: string
}

/**
 * One choice of a few, as large chips: a tap chooses, the chosen one is filled and ticked (not colour alone), and
 * screen readers hear a radio group that says which is chosen.
 */
export function ChoiceChips<T extends string>({ groupLabel, options, selected, onChoose, describe, className = '' }: ChoiceChipsProps<T>) {
  return (
    <View className={`choice-chips ${className}`} {...roleProps('radiogroup')} aria-label={groupLabel}>
      {options.map((option) => {
        const chosen = option.value === selected
        return (
          <Tappable
            key={option.value}
            className={`pill choice-chip ${chosen ? 'pill--selected' : ''}`}
            onTap={() => onChoose(option.value)}
            checked={chosen}
            label={describe?.(option) ?? option.label}
          >
            {chosen && <Decoration>✓ </Decoration>}
            {option.label}
          </Tappable>
        )
      })}
    </View>
  )
}

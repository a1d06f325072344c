import { Text, View } from '@tarojs/components'
import type { Correction } from '@/content'
import { fill, ui } from '@/content/ui'
import { SourcedTexts } from '../Sources'
import './index.scss'

interface CorrectionsProps {
  corrections: Correction[]
  /** corrections.json's label (本小程序): passed in, so that this file does not bring corrections.json with it. */
  label: string
  /** Terms also as chips after the notes (off beside the home page's title, where chips would push its entries down). */
  termChips?: boolean
}

/** The app's corrections of one brochure sentence (or of its title), right beside it. */
export function Corrections({ corrections, label, termChips = true }: CorrectionsProps) {
  return (
    <View className='stack stack--tight correction'>
      <SourcedTexts
        items={corrections}
        termChips={termChips}
        labelOf={(correction) => (
          <Text className='correction__label'>{fill(ui.corrections.label, { kind: ui.corrections[correction.kind], label, date: correction.checkedAt })}</Text>
        )}
      />
    </View>
  )
}

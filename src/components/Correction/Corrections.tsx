import { Text, View } from '@tarojs/components'
import type { Correction } from '@/content'
import { SourcedTexts } from '../Sources'
import './index.scss'

const KIND_TEXT = { correction: '勘误', note: '说明' } as const

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
          <Text className='correction__label'>{`${KIND_TEXT[correction.kind]} · ${label}（核对日期：${correction.checkedAt}）`}</Text>
        )}
      />
    </View>
  )
}

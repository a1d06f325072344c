import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '@/components/ChoiceChips'
import { useTextSize } from '@/components/PageShell'
import { fill, ui } from '@/content/ui'
import { TEXT_SIZES } from '@/platform/preferences'

const OPTIONS = TEXT_SIZES.map((size) => ({ value: size.value, label: size.label }))

/** 标准 / 大 / 特大: chosen once here, remembered for every page and later launches. */
export function TextSizePicker() {
  const { size: current, choose } = useTextSize()
  return (
    <View className='stack'>
      <Text className='text-size__label'>{ui.home.textSize}</Text>
      <ChoiceChips
        groupLabel={ui.home.textSize}
        options={OPTIONS}
        selected={current}
        onChoose={choose}
        describe={(option) => fill(ui.home.textSizeChoice, { size: option.label })}
      />
    </View>
  )
}

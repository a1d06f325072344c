import { Text, View } from '@tarojs/components'
import { useTextSize } from '@/components/PageShell'
import { Tappable } from '@/components/Tappable'
import { TEXT_SIZES } from '@/platform/preferences'

/** 标准 / 大 / 特大: chosen once here, remembered for every page and later launches. */
export function TextSizePicker() {
  const { size: current, choose } = useTextSize()
  return (
    <View className='stack'>
      <Text className='text-size__label'>文字大小</Text>
      <View className='text-size__options'>
        {TEXT_SIZES.map((size) => (
          <Tappable
            key={size.value}
            className={`pill text-size-chip ${size.value === current ? 'pill--selected' : ''}`}
            onTap={() => choose(size.value)}
            label={`文字大小：${size.label}${size.value === current ? '（已选）' : ''}`}
          >
            <Text>{size.value === current ? `✓ ${size.label}` : size.label}</Text>
          </Tappable>
        ))}
      </View>
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import { Decoration } from '@/components/Decoration'
import { useTextSize } from '@/components/PageShell'
import { Tappable } from '@/components/Tappable'
import { roleProps } from '@/platform/accessibility'
import { TEXT_SIZES } from '@/platform/preferences'

/** 标准 / 大 / 特大: chosen once here, remembered for every page and later launches. */
export function TextSizePicker() {
  const { size: current, choose } = useTextSize()
  return (
    <View className='stack'>
      <Text className='text-size__label'>文字大小</Text>
      <View className='text-size__options' {...roleProps('radiogroup')} aria-label='文字大小'>
        {TEXT_SIZES.map((size) => (
          <Tappable
            key={size.value}
            className={`pill text-size-chip ${size.value === current ? 'pill--selected' : ''}`}
            onTap={() => choose(size.value)}
            checked={size.value === current}
            label={`文字大小：${size.label}`}
          >
            {size.value === current && <Decoration>✓ </Decoration>}
            <Text>{size.label}</Text>
          </Tappable>
        ))}
      </View>
    </View>
  )
}

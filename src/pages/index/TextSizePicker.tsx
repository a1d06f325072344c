import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Tappable } from '@/components/Tappable'
import { readTextSize, saveTextSize, TEXT_SIZES, type TextSize } from '@/platform/preferences'

/** 标准 / 大 / 特大: chosen once here, remembered for every page and later launches. */
export function TextSizePicker({ onChange }: { onChange: () => void }) {
  const [current, setCurrent] = useState<TextSize>(readTextSize)
  const choose = (size: TextSize) => {
    saveTextSize(size)
    setCurrent(size)
    onChange()
  }
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

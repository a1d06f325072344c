import { Text, View } from '@tarojs/components'
import './index.scss'

interface CopyFallbackProps {
  message: string
  value: string
}

/** Shown when copying or calling fails: the value itself, selectable, with a plain explanation. */
export function CopyFallback({ message, value }: CopyFallbackProps) {
  return (
    <View className='stack copy-fallback'>
      <Text>{message}</Text>
      <Text className='copy-fallback__value' userSelect>{value}</Text>
    </View>
  )
}

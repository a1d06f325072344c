import { Text, View } from '@tarojs/components'
import type { Decide } from '@/content'
import { pictureFinding } from '@/content/decide'
import { groupName, perHundredText, resultText, type Group } from '@/content/findingText'
import { Heading } from '@/components/Section'
import { Sources } from '@/components/Sources'
import { IconArray } from './IconArray'

const GROUPS: Group[] = ['transplant', 'control']

/** Each picture: the same finding for both groups, as two arrays of 100 people side by side (stacked when narrow). */
export function Pictures({ pictures }: { pictures: Decide['pictures'] }) {
  return (
    <>
      <Text>{pictures.intro}</Text>
      {pictures.arrays.map((picture) => {
        const finding = pictureFinding(picture.findingId)
        if (!finding) return null
        return (
          <View key={picture.id} className={`card stack picture picture--${finding.kind}`}>
            <Heading level={3} className='picture__heading'>{picture.heading}</Heading>
            <View className='picture__arrays'>
              {GROUPS.map((group) => {
                const result = finding[group]
                const actual = result.count !== undefined ? `（实际：${result.of}人中${result.count}人）` : ''
                return (
                  <IconArray
                    key={group}
                    marked={picture.marked[group]}
                    caption={`${groupName(group)}：${perHundredText(result)}${actual}`}
                    spoken={`${picture.heading}。${groupName(group)}${resultText(result, finding.unit)}。`}
                  />
                )
              })}
            </View>
            <Sources sources={finding.sources} subject={finding.study} />
          </View>
        )
      })}
    </>
  )
}

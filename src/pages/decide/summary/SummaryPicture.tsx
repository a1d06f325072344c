import { Canvas, Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Tappable } from '@/components/Tappable'
import { pictureProps } from '@/platform/accessibility'
import { readArrival } from '@/platform/launch'
import {
  SAVES_AS_DOWNLOAD, canForwardPicture, canvasMeasure, drawPicture, forwardPicture, openAlbumSettings, pictureSize, savePicture,
  type PictureSize
} from '@/platform/picture'
import { summaryText, type SummaryDocument } from './document'
import { layoutSummary, type PictureLayout } from './layout'
import './SummaryPicture.scss'

const CANVAS_ID = 'summary-picture-canvas'

/** Each stage after a tap on 生成图片 remembers the text it was made from: a picture of older choices is not shown. */
type Stage =
  | { kind: 'idle' }
  | { kind: 'measuring'; summary: SummaryDocument; text: string }
  | { kind: 'drawing'; summary: SummaryDocument; text: string; picture: PictureLayout; size: PictureSize }
  | { kind: 'ready'; summary: SummaryDocument; text: string; path: string }
  | { kind: 'failed'; summary: SummaryDocument; text: string }

type Notice = 'empty' | 'forward-failed' | 'saved' | 'refused' | 'still-refused' | 'privacy' | 'save-failed'

interface SummaryPictureProps {
  summary: SummaryDocument
  /** The words of the button that copies the same summary as text: the way on when the picture cannot be used. */
  copyLabel: string
}

type Making = Extract<Stage, { kind: 'measuring' | 'drawing' }>

/** The next stage of making the picture: lay it out with the canvas's own measure, then draw and export it. */
async function advance(stage: Making): Promise<Stage> {
  const failed: Stage = { kind: 'failed', summary: stage.summary, text: stage.text }
  try {
    if (stage.kind === 'measuring') {
      const measure = await canvasMeasure(CANVAS_ID)
      if (!measure) return failed
      const picture = layoutSummary(stage.summary, { measure })
      return { ...stage, kind: 'drawing', picture, size: pictureSize(picture.width, picture.height) }
    }
    const drawn = await drawPicture(CANVAS_ID, stage.picture, stage.size)
    return drawn.ok ? { kind: 'ready', summary: stage.summary, text: stage.text, path: drawn.path } : failed
  } catch {
    return failed
  }
}

/**
 * The summary as a picture to forward or save; screen readers hear the document's text (summaryText), the same
 * words as the picture. In Moments' single-page mode WeChat saves and forwards no images, so the controls give way
 * to a sentence that says so.
 */
export function SummaryPicture({ summary, copyLabel }: SummaryPictureProps) {
  const text = summaryText(summary)
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const [notice, setNotice] = useState<Notice>()
  const orCopy = `也可以用上面的“${copyLabel}”，把同样的内容以文字发出。`

  useEffect(() => {
    if (stage.kind !== 'measuring' && stage.kind !== 'drawing') return
    let current = true
    advance(stage).then((next) => {
      if (current) setStage(next)
    })
    return () => { current = false }
  }, [stage])

  if (readArrival().singlePage) {
    return <Text className='summary-picture__note'>{`从朋友圈打开的单页里，微信不能保存或转发图片。点屏幕下方的“前往小程序”，在完整的小程序里再生成图片。${orCopy}`}</Text>
  }

  // Made from other choices than the page shows now: as if never made.
  const stale = stage.kind !== 'idle' && stage.text !== text
  const shown: Stage = stale ? { kind: 'idle' } : stage
  const said = stale ? undefined : notice
  const busy = shown.kind === 'measuring' || shown.kind === 'drawing'
  const generate = () => {
    setNotice(undefined)
    if (summary.sections.length === 0) return setNotice('empty')
    setStage({ kind: 'measuring', summary, text })
  }
  const save = async (path: string) => {
    const outcome = await savePicture(path)
    setNotice(outcome === 'failed' ? 'save-failed' : outcome)
  }
  const forward = async (path: string) => {
    const outcome = await forwardPicture(path)
    setNotice(outcome === 'failed' ? 'forward-failed' : undefined)
  }
  // WeChat opens its settings only from a tap: openSetting is this handler's first call.
  const allow = async (path: string) => {
    const outcome = await openAlbumSettings()
    if (outcome === 'allowed') await save(path)
    else setNotice('still-refused')
  }

  const notices: Record<Notice, string> = {
    empty: '还没有内容可以做成图片。请先勾选问题或做出选择。',
    'forward-failed': `没能打开转发菜单。可以点“${SAVES_AS_DOWNLOAD ? '下载图片' : '保存到相册'}”。${orCopy}`,
    saved: SAVES_AS_DOWNLOAD ? '图片已下载。可以在聊天里作为图片发给家人或医生。' : '已保存到手机相册。在微信聊天里点“相册”，就能把它发给家人或医生。',
    refused: '没有保存：您还没有允许本小程序把图片存进手机相册。点下面的按钮，在设置页打开“相册”，就能保存。',
    'still-refused': `设置里还没有打开“相册”，图片没有保存。${orCopy}`,
    privacy: `暂时不能保存到相册（需要先同意本小程序的隐私保护指引）。${orCopy}`,
    'save-failed': `没能保存图片。请再试一次。${orCopy}`
  }

  return (
    <View className='stack summary-picture'>
      <Text>也可以把这些内容做成一张图片，转发给家人或存在手机里，门诊时给医生看。图片里只有您勾选和选择的内容。</Text>
      {(shown.kind === 'idle' || shown.kind === 'failed') && <Tappable className='solid-button summary-picture__generate' onTap={generate}>生成图片</Tappable>}
      {busy && <View className='summary-picture__note' aria-live='polite'><Text>正在生成图片…</Text></View>}
      {busy && (
        <Canvas
          key={shown.kind}
          type='2d'
          id={CANVAS_ID}
          className='summary-picture__canvas'
          style={shown.kind === 'drawing' ? { width: `${shown.size.cssWidth}px`, height: `${shown.size.cssHeight}px` } : { width: '1px', height: '1px' }}
        />
      )}
      {shown.kind === 'failed' && <View className='summary-picture__note' aria-live='polite'><Text>{`图片没有生成出来。请再点一次“生成图片”。${orCopy}`}</Text></View>}
      {shown.kind === 'ready' && (
        <>
          <View className='summary-picture__preview' {...pictureProps(`门诊小结的图片。图中的文字：${text}`)}>
            <Image className='summary-picture__image' src={shown.path} mode='widthFix' />
          </View>
          {canForwardPicture() && (
            <Tappable className='solid-button summary-picture__forward' onTap={() => forward(shown.path)}>转发或保存图片</Tappable>
          )}
          <Tappable className='pill summary-picture__save' onTap={() => save(shown.path)}>{SAVES_AS_DOWNLOAD ? '下载图片' : '保存到相册'}</Tappable>
          {said === 'refused' && (
            <Tappable className='pill summary-picture__settings' onTap={() => allow(shown.path)}>打开设置，允许保存到相册</Tappable>
          )}
        </>
      )}
      {said && <View className='summary-picture__note' aria-live='polite'><Text>{notices[said]}</Text></View>}
      {said === 'refused' && <Text className='summary-picture__note'>{orCopy}</Text>}
    </View>
  )
}

import { Canvas, Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Decide } from '@/content'
import { fill, ui } from '@/content/ui'
import { Tappable } from '@/components/Tappable'
import { pictureProps } from '@/platform/accessibility'
import { readArrival } from '@/platform/launch'
import {
  SAVES_AS_DOWNLOAD, canForwardPicture, canOpenSystemSettings, canvasMeasure, drawPicture, forwardPicture, openAlbumSettings,
  openSystemSettings, pictureSize, savePictures, type PictureSize
} from '@/platform/picture'
import { summaryText, type SummaryDocument } from './document'
import { layoutSummary, type PictureLayout } from './layout'
import './SummaryPicture.scss'

const CANVAS_ID = 'summary-picture-canvas'

type Words = Decide['questions']['summary']['picture']

/** A finished picture: its image file, and its words for a screen reader. */
interface Made {
  path: string
  text: string
}

/** Each stage after a tap on 生成图片 remembers the text it was made from: a picture of older choices is not shown. */
type Stage =
  | { kind: 'idle' }
  | { kind: 'measuring'; summary: SummaryDocument; text: string }
  | { kind: 'drawing'; summary: SummaryDocument; text: string; pictures: PictureLayout[]; made: Made[] }
  | { kind: 'ready'; summary: SummaryDocument; text: string; made: Made[] }
  | { kind: 'failed'; summary: SummaryDocument; text: string }

type Notice = 'forwardFailed' | 'saved' | 'downloaded' | 'refused' | 'stillRefused' | 'systemRefused' | 'systemRefusedSteps' | 'privacy' | 'saveFailed'

interface SummaryPictureProps {
  summary: SummaryDocument
  words: Words
  /** The words of the button that copies the same summary as text: the way on when the picture cannot be used. */
  copyLabel: string
}

type Making = Extract<Stage, { kind: 'measuring' | 'drawing' }>

/** The size of the picture being drawn: the next one not yet made. */
const sizeOf = (stage: Extract<Stage, { kind: 'drawing' }>): PictureSize => {
  const picture = stage.pictures[stage.made.length]
  return pictureSize(picture.width, picture.height)
}

/**
 * The next stage of making the pictures: lay the summary out with the canvas's own measure (one picture, or several
 * when it is long), then draw and export them one by one, each on a canvas of its own size.
 */
async function advance(stage: Making, words: Words): Promise<Stage> {
  const failed: Stage = { kind: 'failed', summary: stage.summary, text: stage.text }
  try {
    if (stage.kind === 'measuring') {
      const measure = await canvasMeasure(CANVAS_ID)
      if (!measure) return failed
      const pictures = layoutSummary(stage.summary, { measure, pageLabel: (n, count) => fill(words.numbered, { n, count }) })
      return { ...stage, kind: 'drawing', pictures, made: [] }
    }
    const picture = stage.pictures[stage.made.length]
    const drawn = await drawPicture(CANVAS_ID, picture, sizeOf(stage))
    if (!drawn.ok) return failed
    const made = [...stage.made, { path: drawn.path, text: picture.items.map((item) => item.text).join('\n') }]
    return made.length < stage.pictures.length ? { ...stage, made } : { kind: 'ready', summary: stage.summary, text: stage.text, made }
  } catch {
    return failed
  }
}

/**
 * The summary as pictures to forward or save; screen readers hear each picture's words. In Moments' single-page mode
 * WeChat saves and forwards no images, so the controls give way to a sentence that says so. A long summary is split
 * into numbered pictures; WeChat's image menu takes one at a time, the album all of them with one tap.
 */
export function SummaryPicture({ summary, words, copyLabel }: SummaryPictureProps) {
  const text = summaryText(summary)
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const [notice, setNotice] = useState<Notice>()
  const orCopy = fill(words.orCopy, { copy: copyLabel })

  useEffect(() => {
    if (stage.kind !== 'measuring' && stage.kind !== 'drawing') return
    let current = true
    advance(stage, words).then((next) => {
      if (current) setStage(next)
    })
    return () => { current = false }
  }, [stage, words])

  if (readArrival().singlePage) return <Text className='summary-picture__note'>{`${words.singlePage}${orCopy}`}</Text>

  // Made from other choices than the page shows now: as if never made.
  const stale = stage.kind !== 'idle' && stage.text !== text
  const shown: Stage = stale ? { kind: 'idle' } : stage
  const said = stale ? undefined : notice
  const generate = () => {
    setNotice(undefined)
    setStage({ kind: 'measuring', summary, text })
  }
  const save = async (made: Made[]) => {
    const outcome = await savePictures(made.map((picture) => picture.path))
    const notices: Record<typeof outcome, Notice> = {
      saved: SAVES_AS_DOWNLOAD ? 'downloaded' : 'saved',
      refused: 'refused',
      'system-refused': canOpenSystemSettings() ? 'systemRefused' : 'systemRefusedSteps',
      privacy: 'privacy',
      failed: 'saveFailed'
    }
    setNotice(notices[outcome])
  }
  const forward = async (path: string) => {
    const outcome = await forwardPicture(path)
    setNotice(outcome === 'failed' ? 'forwardFailed' : undefined)
  }
  // WeChat opens its settings only from a tap: openSetting is this handler's first call.
  const allow = async (made: Made[]) => {
    const outcome = await openAlbumSettings()
    if (outcome === 'allowed') await save(made)
    else setNotice('stillRefused')
  }
  // The reader allows photos there and comes back to save: whether she did, WeChat does not say.
  const allowSystem = async () => {
    if (!(await openSystemSettings())) setNotice('systemRefusedSteps')
  }
  const withCopy: Notice[] = ['forwardFailed', 'stillRefused', 'systemRefusedSteps', 'privacy', 'saveFailed']
  const several = shown.kind === 'ready' && shown.made.length > 1

  return (
    <View className='stack summary-picture'>
      <Text>{words.intro}</Text>
      {(shown.kind === 'idle' || shown.kind === 'failed') && <Tappable className='solid-button summary-picture__generate' onTap={generate}>{ui.summary.generate}</Tappable>}
      {(shown.kind === 'measuring' || shown.kind === 'drawing') && (
        <>
          <View className='summary-picture__note' aria-live='polite'><Text>{words.making}</Text></View>
          <Canvas
            key={shown.kind === 'drawing' ? `picture-${shown.made.length}` : 'measuring'}
            type='2d'
            id={CANVAS_ID}
            className='summary-picture__canvas'
            style={shown.kind === 'drawing' ? { width: `${sizeOf(shown).cssWidth}px`, height: `${sizeOf(shown).cssHeight}px` } : { width: '1px', height: '1px' }}
          />
        </>
      )}
      {shown.kind === 'failed' && <View className='summary-picture__note' aria-live='polite'><Text>{`${words.failed}${orCopy}`}</Text></View>}
      {shown.kind === 'ready' && (
        <>
          {several && <View className='summary-picture__note' aria-live='polite'><Text>{fill(words.split, { count: shown.made.length })}</Text></View>}
          {shown.made.map((picture, index) => (
            <View key={picture.path + index} className='stack stack--tight'>
              <View className='summary-picture__preview' {...pictureProps(fill(words.label, { text: several ? picture.text : text }))}>
                <Image className='summary-picture__image' src={picture.path} mode='widthFix' />
              </View>
              {canForwardPicture() && (
                <Tappable className='solid-button summary-picture__forward' onTap={() => forward(picture.path)}>
                  {several ? fill(ui.summary.forwardNumbered, { n: index + 1 }) : ui.summary.forward}
                </Tappable>
              )}
            </View>
          ))}
          <Tappable className='pill summary-picture__save' onTap={() => save(shown.made)}>
            {SAVES_AS_DOWNLOAD ? ui.summary.download : several ? fill(ui.summary.saveAll, { count: shown.made.length }) : ui.summary.save}
          </Tappable>
          {said === 'refused' && (
            <Tappable className='pill summary-picture__settings' onTap={() => allow(shown.made)}>{ui.summary.openSettings}</Tappable>
          )}
          {said === 'systemRefused' && (
            <Tappable className='pill summary-picture__system-settings' onTap={allowSystem}>{ui.summary.openSystemSettings}</Tappable>
          )}
        </>
      )}
      {said && <View className='summary-picture__note' aria-live='polite'><Text>{withCopy.includes(said) ? `${words[said]}${orCopy}` : words[said]}</Text></View>}
      {(said === 'refused' || said === 'systemRefused') && <Text className='summary-picture__note'>{orCopy}</Text>}
    </View>
  )
}

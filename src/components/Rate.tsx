'use client'
import type { DefaultCellComponentProps, NumberFieldClientComponent } from 'payload'

import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import React from 'react'

import { rateText } from '../lib/rateText.ts'

/** A rate in a list column: "93,75 %", not 0.9375. */
export const RateCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  const { i18n } = useTranslation()
  return <span className="cchc-rate">{rateText(cellData, i18n.language) || '—'}</span>
}

/** A rate the server computes, on the edit view: read-only, as a percentage ("93,75 %"). */
export const RateField: NumberFieldClientComponent = ({ field, path }) => {
  const { i18n } = useTranslation()
  const { value } = useField<number>({ path: path ?? field.name })
  const id = `field-${(path ?? field.name).replace(/\./g, '__')}`
  return (
    <div className="field-type number read-only cchc-rate" style={{ flex: '1 1 auto' }}>
      <FieldLabel htmlFor={id} label={field.label} path={path} />
      <div className="field-type__wrap">
        <output id={id} style={{ display: 'block', padding: 'calc(var(--base) / 2) 0' }}>
          {rateText(value, i18n.language) || '—'}
        </output>
      </div>
      {/* Payload's description grey fails axe's contrast check; the plugin's own text is darker. */}
      {field.admin?.description ? (
        <div className={`field-description field-description-${(path ?? field.name).replace(/\./g, '__')}`} style={{ color: 'var(--theme-elevation-800)' }}>
          {getTranslation(field.admin.description as never, i18n) as string}
        </div>
      ) : null}
    </div>
  )
}

'use client'
import { getTranslation } from '@payloadcms/translations'
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { type ItemKind, itemKindLabels } from '../lib/procedure.ts'

type Item = { kind?: ItemKind; code?: string; replacementCode?: string; data?: { name?: string } }

/** An item of a decision's annex, labelled as editors read the annex: "03 · Bãi bỏ · 1.000894 · name". */
export const AnnouncementItemLabel: React.FC = () => {
  const { data, rowNumber } = useRowLabel<Item>()
  const { i18n } = useTranslation()
  const parts = [
    String((rowNumber ?? 0) + 1).padStart(2, '0'),
    data?.kind ? getTranslation(itemKindLabels[data.kind], i18n) : undefined,
    data?.code ? (data.replacementCode ? `${data.code} → ${data.replacementCode}` : data.code) : undefined,
    data?.data?.name,
  ].filter(Boolean)
  return <span className="cchc-item-label">{parts.join(' · ')}</span>
}

'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

const kinds = {
  vi: { new: 'Mới ban hành', amended: 'Sửa đổi, bổ sung', replaced: 'Thay thế', repealed: 'Bãi bỏ' },
  en: { new: 'New', amended: 'Amended', replaced: 'Replaced', repealed: 'Repealed' },
} as const

type Item = { kind?: keyof (typeof kinds)['vi']; code?: string; replacementCode?: string; data?: { name?: string } }

/** An item of a decision's annex, labelled as editors read the annex: "03 · Bãi bỏ · 1.000894 · name". */
export const AnnouncementItemLabel: React.FC = () => {
  const { data, rowNumber } = useRowLabel<Item>()
  const { i18n } = useTranslation()
  const words = i18n.language === 'en' ? kinds.en : kinds.vi
  const parts = [
    String((rowNumber ?? 0) + 1).padStart(2, '0'),
    data?.kind ? words[data.kind] : undefined,
    data?.code ? (data.replacementCode ? `${data.code} → ${data.replacementCode}` : data.code) : undefined,
    data?.data?.name,
  ].filter(Boolean)
  return <span>{parts.join(' · ')}</span>
}

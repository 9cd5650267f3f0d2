import { formatLength } from './broadcastSlots.ts'
import { idOf } from './relationId.ts'

/** One item of a programme as the exports show it. */
export type ExportItem = {
  position: number
  kind: 'post' | 'media' | 'script'
  title: string
  unit: string | null
  seconds: number
  /** Absolute URL of the audio; none for a script read live. */
  url: string | null
  script: string | null
}

export type ExportProgramme = {
  id: number | string
  title: string
  day: string
  slot: { name: string; startTime: string; endTime: string; seconds: number }
  startsAt: string
  endsAt: string
  state: string
  timeZone: string
  totalSeconds: number
  items: ExportItem[]
}

// M3U carries one line per entry: a title must not break the line it sits on.
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim()

/**
 * The programme as an extended M3U playlist in UTF-8 (M3U8): each audio item with its length in
 * whole seconds and its absolute URL, in running order. A script read live has no file: it stands
 * as a comment line, so the source platform's operator sees the gap.
 */
export const toM3u8 = (programme: ExportProgramme): string => {
  const lines = ['#EXTM3U', `#PLAYLIST:${oneLine(programme.title)}`]
  for (const item of programme.items) {
    if (item.url) {
      lines.push(`#EXTINF:${Math.round(item.seconds)},${oneLine(item.title)}`, item.url)
    } else {
      lines.push(`# ${formatLength(item.seconds)} ${oneLine(item.title)}`)
    }
  }
  return `${lines.join('\n')}\n`
}

// Written by hand: the five characters HTML gives meaning to, in text and in quoted attributes.
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!)

export type RunSheetLabels = {
  heading: string
  position: string
  item: string
  kind: string
  unit: string
  length: string
  total: string
  kinds: Record<ExportItem['kind'], string>
}

/** The announcer's printable run sheet: the programme's items in order with their lengths, and each script in full. */
export const runSheetHtml = (programme: ExportProgramme, labels: RunSheetLabels, language: string): string => {
  const rows = programme.items
    .map(
      (item) =>
        `<tr><td>${item.position}</td><td>${escapeHtml(item.title)}${
          item.script ? `<div class="script">${escapeHtml(item.script).replace(/\n/g, '<br>')}</div>` : ''
        }</td><td>${escapeHtml(labels.kinds[item.kind])}</td><td>${escapeHtml(item.unit ?? '')}</td><td class="length">${formatLength(item.seconds)}</td></tr>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(programme.title)}</title>
<style>
body { font: 14pt/1.4 system-ui, sans-serif; margin: 1.5cm; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #444; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
.length { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.script { margin-top: 0.5em; font-size: 13pt; }
@media print { body { margin: 0; } tr { break-inside: avoid; } }
</style>
</head>
<body>
<h1>${escapeHtml(labels.heading)}: ${escapeHtml(programme.title)}</h1>
<p>${escapeHtml(programme.slot.name)} · ${escapeHtml(programme.slot.startTime)}–${escapeHtml(programme.slot.endTime)} · ${escapeHtml(programme.day)}</p>
<table>
<thead><tr><th>${escapeHtml(labels.position)}</th><th>${escapeHtml(labels.item)}</th><th>${escapeHtml(labels.kind)}</th><th>${escapeHtml(labels.unit)}</th><th>${escapeHtml(labels.length)}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th colspan="4">${escapeHtml(labels.total)}</th><th class="length">${formatLength(programme.totalSeconds)} / ${formatLength(programme.slot.seconds)}</th></tr></tfoot>
</table>
</body>
</html>
`
}

/** Items and minutes a unit had aired, from aired programmes' accepted items. */
export const tallyAired = (
  programmes: readonly { items?: readonly { unit?: unknown; seconds?: unknown; itemState?: unknown }[] | null }[],
  unitId: number | string,
) => {
  let items = 0
  let seconds = 0
  for (const programme of programmes) {
    for (const item of programme.items ?? []) {
      if (item.itemState !== 'accepted' || String(idOf(item.unit)) !== String(unitId)) continue
      items++
      seconds += typeof item.seconds === 'number' ? item.seconds : 0
    }
  }
  return { radioItems: items, radioMinutes: Math.round(seconds / 60) }
}

import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { itemKindLabels } from '../../../lib/broadcastWorkflow.ts'
import { runSheetHtml, toM3u8 } from '../../../lib/radioExports.ts'
import { radioProgramme } from '../../../services/radioProgramme.ts'
import { t } from '../../../translations/translate.ts'

const idOfRoute = (req: PayloadRequest) => req.routeParams?.id as string

/**
 * The radio's exports of one programme, each read with the caller's access (the public: aired
 * programmes only; staff and a source platform's account: planned ones too):
 * - GET /api/broadcast-schedules/:id/playlist.m3u8: M3U8 playlist, absolute URLs and lengths;
 * - GET /api/broadcast-schedules/:id/programme.json: the programme for an IP radio source platform;
 * - GET /api/broadcast-schedules/:id/run-sheet: the announcer's printable run sheet (HTML).
 */
export const programmeExportEndpoints = (options: ResolvedOptions): Endpoint[] => [
  {
    path: '/:id/playlist.m3u8',
    method: 'get',
    handler: async (req) =>
      new Response(toM3u8(await radioProgramme(req, options, idOfRoute(req))), {
        headers: { 'Content-Type': 'application/vnd.apple.mpegurl; charset=utf-8', 'Cache-Control': 'no-cache' },
      }),
  },
  {
    path: '/:id/programme.json',
    method: 'get',
    handler: async (req) => Response.json(await radioProgramme(req, options, idOfRoute(req)), { headers: { 'Cache-Control': 'no-cache' } }),
  },
  {
    path: '/:id/run-sheet',
    method: 'get',
    handler: async (req) => {
      const programme = await radioProgramme(req, options, idOfRoute(req))
      const language = req.i18n?.language === 'en' ? 'en' : 'vi'
      const labels = {
        heading: t(req, 'runSheetHeading'),
        position: t(req, 'runSheetPosition'),
        item: t(req, 'runSheetItem'),
        kind: t(req, 'runSheetKind'),
        unit: t(req, 'runSheetUnit'),
        length: t(req, 'runSheetLength'),
        total: t(req, 'runSheetTotal'),
        kinds: { post: itemKindLabels.post[language], media: itemKindLabels.media[language], script: itemKindLabels.script[language] },
      }
      return new Response(runSheetHtml(programme, labels, language), {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" },
      })
    },
  },
]

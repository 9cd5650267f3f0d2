import type { Media } from '../_lib/apiTypes.ts'

import { absoluteUrl } from '../_lib/imageSources.ts'
import { apiBaseUrl } from '../_lib/siteConfig.ts'
import { FileLink } from './FileLink.tsx'

/** An audio post's player; nothing is downloaded before the reader presses play. */
export const AudioPlayer = ({ title, file }: { title: string; file: Media | null }) =>
  file?.url ? (
    <figure className="player player--audio">
      <audio controls preload="none" src={absoluteUrl(file.url, apiBaseUrl())} aria-label={`Âm thanh: ${title}`} />
      <figcaption>
        <FileLink media={file} label="Tải tệp âm thanh" />
      </figcaption>
    </figure>
  ) : null

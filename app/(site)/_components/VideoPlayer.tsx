import type { Media } from '../_lib/apiTypes.ts'

import { absoluteUrl, imageSources } from '../_lib/imageSources.ts'
import { apiBaseUrl } from '../_lib/siteConfig.ts'
import { videoEmbed } from '../_lib/videoEmbed.ts'
import { FileLink } from './FileLink.tsx'

/**
 * A video post's player: the uploaded file in the browser's own player (nothing loads before the
 * reader presses play but its first frame), or the privacy-friendly player of YouTube, Vimeo or
 * Facebook for a link, with the link itself for browsers that show no frame.
 */
export const VideoPlayer = ({
  title,
  file,
  link,
  poster,
}: {
  title: string
  file: Media | null
  link: string | null | undefined
  poster: Media | null
}) => {
  const base = apiBaseUrl()
  if (file?.url) {
    return (
      <figure className="player">
        <video
          controls
          preload="metadata"
          poster={imageSources(poster, base)?.src}
          width={file.width ?? undefined}
          height={file.height ?? undefined}
          aria-label={`Video: ${title}`}
        >
          <source src={absoluteUrl(file.url, base)} type={file.mimeType ?? undefined} />
        </video>
        <figcaption>
          <FileLink media={file} label="Tải video về máy" />
        </figcaption>
      </figure>
    )
  }
  const embed = videoEmbed(link)
  if (embed) {
    return (
      <figure className="player">
        <div className="player__frame">
          <iframe
            src={embed.src}
            title={`Video: ${title} (${embed.provider})`}
            loading="lazy"
            allow="encrypted-media; picture-in-picture; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
          />
        </div>
        <figcaption>
          <a href={embed.watchUrl} rel="noopener noreferrer">
            Xem video trên {embed.provider}
          </a>
        </figcaption>
      </figure>
    )
  }
  return link ? (
    <p>
      <a href={link} rel="noopener noreferrer">
        Xem video
      </a>
    </p>
  ) : null
}

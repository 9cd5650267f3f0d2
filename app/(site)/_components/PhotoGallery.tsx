import type { Media, Related } from '../_lib/apiTypes.ts'

import { ResponsiveImage } from './ResponsiveImage.tsx'

/** A photo story's pictures, each with its caption and credit, one under the other on a phone. */
export const PhotoGallery = ({ items }: { items: Related<Media>[] | null | undefined }) => {
  const photos = (items ?? []).filter((item): item is Media => Boolean(item) && typeof item === 'object')
  if (photos.length === 0) return null
  return (
    <section className="gallery" aria-labelledby="gallery-heading">
      <h2 id="gallery-heading">Ảnh ({photos.length})</h2>
      <ol className="gallery__list">
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <figure>
              <ResponsiveImage media={photo} priority={index === 0} sizes="(min-width: 48rem) 44rem, 100vw" />
              <figcaption>
                <span className="gallery__number">
                  Ảnh {index + 1}/{photos.length}.
                </span>{' '}
                {photo.caption ?? photo.alt}
                {photo.credit ? <span className="gallery__credit"> — {photo.credit}</span> : null}
              </figcaption>
            </figure>
          </li>
        ))}
      </ol>
    </section>
  )
}

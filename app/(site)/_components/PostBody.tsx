import type { SerializedHeadingNode, SerializedLinkNode, SerializedUploadNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { type JSXConverter, type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import type { Media } from '../_lib/apiTypes.ts'

import { routes } from '../_lib/routes.ts'
import { FileLink } from './FileLink.tsx'
import { ResponsiveImage } from './ResponsiveImage.tsx'

/** Where an internal link goes: a post or a procedure the reader may see; nowhere otherwise. */
const internalHref = (doc: SerializedLinkNode['fields']['doc']): string | null => {
  const value = doc?.value
  if (!value || typeof value !== 'object') return null
  if (doc.relationTo === 'cchc-posts' && typeof value.slug === 'string') return routes.post(value.slug)
  if (doc.relationTo === 'procedures' && typeof value.code === 'string') return routes.procedure(value.code)
  return null
}

/*
 * Payload's own Lexical-to-JSX converters, with three changes for the page: the body's headings
 * start at h2 (the title is the page's only h1), pictures come in the WebP size the screen needs
 * with their caption, and an internal link to something the reader may not see is plain text.
 */
const heading: JSXConverter<SerializedHeadingNode> = ({ node, nodesToJSX }) => {
  const Tag = node.tag === 'h1' ? 'h2' : node.tag
  return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
}

const link: JSXConverter<SerializedLinkNode> = ({ node, nodesToJSX }) => {
  const children = nodesToJSX({ nodes: node.children })
  const href = node.fields.linkType === 'internal' ? internalHref(node.fields.doc) : node.fields.url
  if (!href) return <>{children}</>
  return node.fields.newTab ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (mở trang mới)</span>
    </a>
  ) : (
    <a href={href}>{children}</a>
  )
}

const upload: JSXConverter<SerializedUploadNode> = ({ node }) => {
  // An id alone: a file the public may not read (internal); nothing is shown.
  if (!node.value || typeof node.value !== 'object') return null
  const media = node.value as unknown as Media
  if (!media.mimeType?.startsWith('image/')) return <FileLink media={media} />
  return (
    <figure className="body-figure">
      <ResponsiveImage media={media} sizes="(min-width: 48rem) 44rem, 100vw" />
      {media.caption || media.credit ? <figcaption>{[media.caption, media.credit].filter(Boolean).join(' — ')}</figcaption> : null}
    </figure>
  )
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({ ...defaultConverters, heading, link, upload })

export const PostBody = ({ content }: { content: unknown }) => {
  const state = content as SerializedEditorState | null | undefined
  if (!state || typeof state !== 'object' || !('root' in state)) return null
  return <RichText className="post-body" data={state} converters={converters} disableIndent disableTextAlign />
}

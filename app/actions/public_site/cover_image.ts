import type Upload from '#models/upload'

/** A cover as the public pages show it: plain data, safe to cache. */
export type CoverImage = {
  src: string
  srcset: string | null
  thumbnail: string
  width: number | null
  height: number | null
  alt: string
}

// The responsive sizes the uploads pipeline makes, smallest first.
const RESPONSIVE_VARIANTS = ['w640', 'w1280']

/**
 * The cover of a content item for visitors: only a public image qualifies,
 * since a private one would answer them 403. The responsive sizes make the
 * srcset; without them (a small original) the metadata-free `full` copy
 * is shown, and while the copies are still being made, the original.
 */
export function coverImage(upload: Upload | null | undefined): CoverImage | null {
  if (!upload || upload.kind !== 'image' || upload.visibility !== 'public') return null
  const base = `/uploads/${upload.id}`
  const variants = upload.variantsStatus === 'ready' ? upload.variantList : []
  const named = (name: string) => variants.find((variant) => variant.name === name)
  const sized = RESPONSIVE_VARIANTS.flatMap((name) => named(name) ?? [])
  const shown = sized.at(-1) ?? named('full')
  const src = shown ? `${base}/${shown.name}` : base
  const thumbnail = named('thumb')
  return {
    src,
    srcset: sized.length > 0 ? sized.map((v) => `${base}/${v.name} ${v.width}w`).join(', ') : null,
    thumbnail: thumbnail ? `${base}/${thumbnail.name}` : src,
    width: shown?.width ?? upload.width,
    height: shown?.height ?? upload.height,
    alt: upload.altText ?? '',
  }
}

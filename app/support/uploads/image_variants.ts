import sharp, { type Sharp } from 'sharp'

/** A resized copy made of every image. */
type VariantSpec = { name: string; width?: number; height?: number }

/*
| `full` is the original's size with orientation applied and metadata
| (EXIF, GPS, camera details) stripped: it is what visitors get in place of
| the original. None of them is ever larger than the original.
*/
export const IMAGE_VARIANTS: VariantSpec[] = [
  { name: 'full' },
  { name: 'thumb', width: 320, height: 320 },
  { name: 'w640', width: 640 },
  { name: 'w1280', width: 1280 },
]

export const VARIANT_NAMES = IMAGE_VARIANTS.map((variant) => variant.name)

/** One rendered variant, ready to store. */
export type RenderedVariant = { name: string; bytes: Buffer; width: number; height: number }

/**
 * Renders one variant of an image in its own format (a GIF stays a GIF, so
 * an animation keeps moving). sharp drops metadata on output unless asked
 * to keep it; `rotate()` applies the EXIF orientation before it is gone.
 */
export async function renderVariant(
  source: Buffer,
  spec: VariantSpec,
  options: { mime: string; animated: boolean; maxPixels: number }
): Promise<RenderedVariant> {
  let image = sharp(source, { animated: options.animated, limitInputPixels: options.maxPixels })
  image = image.rotate()
  if (spec.width) {
    image = image.resize(spec.width, spec.height, {
      fit: spec.height ? 'cover' : 'inside',
      withoutEnlargement: true,
    })
  }
  const { data, info } = await encode(image, options.mime).toBuffer({ resolveWithObject: true })
  return { name: spec.name, bytes: data, width: info.width, height: info.pageHeight ?? info.height }
}

function encode(image: Sharp, mime: string): Sharp {
  switch (mime) {
    case 'image/png':
      return image.png()
    case 'image/gif':
      return image.gif()
    case 'image/webp':
      return image.webp({ quality: 82 })
    case 'image/avif':
      return image.avif({ quality: 55 })
    default:
      return image.jpeg({ quality: 82, mozjpeg: true })
  }
}

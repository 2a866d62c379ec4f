import sharp from 'sharp'

/** What an image's header says about it. */
export type ImageFacts = { width: number; height: number; frames: number; animated: boolean }

/**
 * Reads an image's header only, never its pixels: a decompression bomb (a
 * tiny file declaring a huge canvas) is seen here before anything decodes
 * it. Returns null when the header cannot be read as an image.
 */
export async function probeImage(path: string): Promise<ImageFacts | null> {
  try {
    // No pixel limit here: only the header is read, and the caller judges the size.
    const meta = await sharp(path, { animated: true, limitInputPixels: false }).metadata()
    if (!meta.width || !meta.height) return null
    const frames = meta.pages ?? 1
    const frameHeight = meta.pageHeight ?? meta.height
    return { width: meta.width, height: frameHeight, frames, animated: frames > 1 }
  } catch {
    return null
  }
}

/** Every pixel the image decodes to: all frames of an animation count. */
export function decodedPixels(facts: ImageFacts): number {
  return facts.width * facts.height * facts.frames
}

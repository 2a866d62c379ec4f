import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'

/*
| Files for upload tests, built in memory: real images made with sharp,
| hostile ones (a decompression bomb, a script in disguise) by hand, and
| documents that are only as real as type detection needs.
*/

type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif'

/** A plain image of the given size and format. */
export function makeImage(format: ImageFormat, width = 8, height = 6): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a7bd5' } })
    [format]()
    .toBuffer()
}

export function makePng(width = 8, height = 6) {
  return makeImage('png', width, height)
}

/**
 * A 2×1 JPEG whose EXIF says to rotate it (orientation 6 turns it into
 * 1×2) and, when asked, where it was taken.
 */
export function makeJpegWithExif(orientation = 6, gps = true): Promise<Buffer> {
  return sharp({ create: { width: 2, height: 1, channels: 3, background: '#d53a3a' } })
    .jpeg()
    .withMetadata({ orientation })
    .withExif({
      IFD0: { Make: 'Filamenta Camera' },
      ...(gps ? { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1' } } : {}),
    })
    .toBuffer()
}

/** An animated GIF of `frames` frames of `width`×`height`. */
export function makeAnimatedGif(frames = 3, width = 4, height = 4): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * frames * 4, 255)
  for (let frame = 0; frame < frames; frame++) {
    pixels.fill(frame * 70, frame * width * height * 4, (frame + 1) * width * height * 4 - 1)
  }
  return sharp(pixels, { raw: { width, height: height * frames, channels: 4, pageHeight: height } })
    .gif({ delay: Array(frames).fill(100), loop: 0 })
    .toBuffer()
}

function pngChunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG of a few dozen bytes whose header claims `width`×`height` pixels. */
export function makeBombPng(width = 100_000, height = 100_000): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(64))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A tiny PDF: the magic number is what type detection reads. */
export function makePdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
  )
}

/** A zip archive of the given entries, stored uncompressed. */
function makeZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text)
    const fileName = Buffer.from(name)
    const fields = (signature: number, size: number) => {
      const header = Buffer.alloc(size)
      header.writeUInt32LE(signature, 0)
      return header
    }
    const local = fields(0x04034b50, 30)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(fileName.length, 26)
    const central = fields(0x02014b50, 46)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(fileName.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, fileName, data)
    centrals.push(central, fileName)
    offset += local.length + fileName.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(centrals.length / 2, 8)
  end.writeUInt16LE(centrals.length / 2, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

function makeOfficeFile(mainType: string, part: string): Buffer {
  return makeZip({
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${part}" ContentType="${mainType}.main+xml"/></Types>`,
    [part]: '<?xml version="1.0"?><document/>',
  })
}

/** A Word document as far as type detection can tell. */
export function makeDocx(): Buffer {
  return makeOfficeFile(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'word/document.xml'
  )
}

/** An Excel workbook as far as type detection can tell. */
export function makeXlsx(): Buffer {
  return makeOfficeFile(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'xl/workbook.xml'
  )
}

/** A plain zip archive (not an office document). */
export function makeZipArchive(): Buffer {
  return makeZip({ 'readme.txt': 'hello' })
}

export const PHP_SCRIPT = Buffer.from('<?php system($_GET["cmd"]); ?>\n')

export const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>'
)

export const HTML_PAGE = Buffer.from(
  '<!doctype html><html><body><script>alert(1)</script></body></html>'
)

import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { gunzipSync, gzipSync } from 'node:zlib'
import { Header, Parser, type ReadEntry } from 'tar'

/** One tar member as these tests build it, links included. */
export type CraftedMember = {
  path: string
  body?: Buffer
  type?: 'File' | 'SymbolicLink' | 'Link' | 'Directory'
  linkpath?: string
}

/** The members of a plain `.tar.gz`, in order (small test archives only). */
export async function readMembers(file: string): Promise<CraftedMember[]> {
  const members: CraftedMember[] = []
  const parser = new Parser({
    onReadEntry: (entry: ReadEntry) => {
      const chunks: Buffer[] = []
      entry.on('data', (chunk: Buffer) => chunks.push(chunk))
      entry.on('end', () => members.push({ path: entry.path, body: Buffer.concat(chunks) }))
    },
  })
  const bytes = gunzipSync(await readFile(file))
  await new Promise<void>((resolve, reject) => {
    parser.on('end', resolve)
    parser.on('error', reject)
    parser.end(bytes)
  })
  return members
}

/**
 * Writes members as a `.tar.gz` byte by byte, so a test can build what
 * node-tar's own packer refuses to: `..` paths, absolute paths, links.
 */
export async function writeMembers(file: string, members: CraftedMember[]) {
  const blocks: Buffer[] = []
  for (const member of members) {
    const body = member.body ?? Buffer.alloc(0)
    const header = new Header({
      path: member.path,
      type: member.type ?? 'File',
      linkpath: member.linkpath,
      size: member.type && member.type !== 'File' ? 0 : body.length,
      mode: 0o600,
      mtime: new Date(0),
      uid: 0,
      gid: 0,
    })
    const block = Buffer.alloc(512)
    header.encode(block, 0)
    blocks.push(block)
    if (!member.type || member.type === 'File') {
      blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512))
    }
  }
  blocks.push(Buffer.alloc(1024))
  await writeFile(file, gzipSync(Buffer.concat(blocks)))
}

export function sha256(body: Buffer) {
  return createHash('sha256').update(body).digest('hex')
}

/** Rewrites the manifest member through `edit`, keeping every other member as it is. */
export function editManifest(members: CraftedMember[], edit: (manifest: any) => void) {
  return members.map((member) => {
    if (member.path !== 'manifest.json') return member
    const manifest = JSON.parse(member.body!.toString('utf8'))
    edit(manifest)
    return { ...member, body: Buffer.from(JSON.stringify(manifest)) }
  })
}

/** Replaces a member's content and records its new checksum in the manifest, as a forger would. */
export function forgeMember(members: CraftedMember[], path: string, body: Buffer) {
  const replaced = members.map((member) => (member.path === path ? { ...member, body } : member))
  return editManifest(replaced, (manifest) => {
    manifest.members[path] = { sha256: sha256(body), size: body.length }
  })
}

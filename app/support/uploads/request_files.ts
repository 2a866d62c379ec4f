import { rm } from 'node:fs/promises'
import type { HttpRequest } from '@adonisjs/core/http'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type { UploadedFile } from '#actions/uploads/check_uploaded_file'
import { UploadRejected } from '#actions/uploads/upload_rejected'

/** A multipart file as StoreUpload takes it, with the type the client declared. */
export function uploadedFile(file: MultipartFile | null): UploadedFile {
  if (!file?.tmpPath) throw new UploadRejected('missing')
  return {
    tmpPath: file.tmpPath,
    clientName: file.clientName,
    size: file.size,
    clientType: file.headers['content-type'] ?? null,
  }
}

/**
 * Removes every file the body parser wrote to the temporary folder for this
 * request, whatever the field: a refused or extra file must not linger.
 */
export async function discardRequestFiles(request: HttpRequest) {
  const files = Object.values(request.allFiles()).flat() as MultipartFile[]
  await Promise.all(
    files.map((file) => (file.tmpPath ? rm(file.tmpPath, { force: true }) : undefined))
  )
}

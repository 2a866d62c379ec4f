import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { defineConfig, services } from '@adonisjs/drive'
import { instancePath } from '#support/instance'

/*
| Uploads live in the instance folder (beside `.env`), never under build/,
| or in an S3-compatible bucket (AWS, MinIO, R2, …) when DRIVE_DISK=s3, so
| several app processes share them. Files are served by the app's own
| routes, which check permissions, so neither disk serves anything itself.
*/
const accessKeyId = env.get('DRIVE_S3_ACCESS_KEY_ID')
const secretAccessKey = env.get('DRIVE_S3_SECRET_ACCESS_KEY')

const driveConfig = defineConfig({
  default: env.get('DRIVE_DISK', 'fs'),
  // One folder per process, so test runs side by side never wipe each other's fakes.
  fakes: { location: app.tmpPath('drive-fakes', String(process.pid)) },
  services: {
    fs: services.fs({
      location: instancePath(env.get('DRIVE_ROOT', 'storage/uploads')),
      serveFiles: false,
      visibility: 'private',
    }),
    s3: services.s3({
      bucket: env.get('DRIVE_S3_BUCKET', ''),
      region: env.get('DRIVE_S3_REGION', 'us-east-1'),
      // MinIO and most self-hosted stores need their own endpoint and path-style URLs.
      endpoint: env.get('DRIVE_S3_ENDPOINT'),
      forcePathStyle: env.get('DRIVE_S3_FORCE_PATH_STYLE', false),
      // Without keys the SDK's usual chain applies (instance role, AWS_* variables…).
      credentials:
        accessKeyId && secretAccessKey
          ? { accessKeyId, secretAccessKey: secretAccessKey.release() }
          : undefined,
      visibility: 'private',
      // Objects are never public, so no ACL calls (buckets with ACLs disabled refuse them).
      supportsACL: false,
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}

import env from '#start/env'
import { defineConfig, services } from '@adonisjs/drive'
import { instancePath } from '#support/instance'

/*
| Uploads live in the instance folder (beside `.env`), never under build/.
| Files are served by the app's own routes, which check permissions, so the
| disk itself serves nothing.
*/
const driveConfig = defineConfig({
  default: env.get('DRIVE_DISK', 'fs'),
  services: {
    fs: services.fs({
      location: instancePath(env.get('DRIVE_ROOT', 'storage/uploads')),
      serveFiles: false,
      visibility: 'private',
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}

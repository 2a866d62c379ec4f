/*
|--------------------------------------------------------------------------
| Environment variables
|--------------------------------------------------------------------------
|
| Every variable the application reads is declared and validated here, so
| a bad value stops the boot with a message naming the variable.
|
*/
import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  HOST: Env.schema.string({ format: 'host' }),
  LOG_LEVEL: Env.schema.enum([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),
  APP_KEY: Env.schema.secret(),
  /*
  | Comma-separated keys retired by `key:rotate`: they only decrypt, so
  | sessions and cookies made before the rotation stay valid until
  | `key:rotate --finish` drops them.
  */
  APP_KEY_PREVIOUS: Env.schema.secret.optional(),
  APP_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  // Comma-separated proxies whose X-Forwarded-For is believed, e.g. loopback.
  TRUSTED_PROXIES: Env.schema.string.optional(),

  /*
  | Where `.env` lives when it is not beside the code (the production build
  | runs from build/ and keeps its data in the folder above).
  */
  ENV_PATH: Env.schema.string.optional(),
  /*
  | Tests point the installer at a scratch file so they never rewrite the
  | developer's own `.env`.
  */
  FILAMENTA_ENV_FILE: Env.schema.string.optional(),

  DB_CONNECTION: Env.schema.enum.optional(['sqlite', 'pg', 'mysql'] as const),
  DB_HOST: Env.schema.string.optional({ format: 'host' }),
  DB_PORT: Env.schema.number.optional(),
  DB_USER: Env.schema.string.optional(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string.optional(),

  SESSION_DRIVER: Env.schema.enum(['cookie', 'database', 'redis', 'memory'] as const),

  /*
  | Mail goes out by SMTP ("smtp"), or is written as .eml files under
  | MAIL_FILE_PATH ("file", for development). Unset: SMTP when SMTP_HOST is
  | set or in production, files otherwise. SMTP settings saved by an admin
  | take precedence over the SMTP_* variables below.
  */
  MAIL_MAILER: Env.schema.enum.optional(['smtp', 'file'] as const),
  MAIL_FILE_PATH: Env.schema.string.optional(),
  MAIL_FROM_NAME: Env.schema.string.optional(),
  MAIL_FROM_ADDRESS: Env.schema.string.optional({ format: 'email' }),
  SMTP_HOST: Env.schema.string.optional({ format: 'host' }),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_USER: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),
  SMTP_SECURE: Env.schema.boolean.optional(),

  /*
  | Redis is optional: set REDIS_HOST to share cache, sessions, rate limits
  | and the job queue between several app processes.
  */
  REDIS_HOST: Env.schema.string.optional({ format: 'host' }),
  REDIS_PORT: Env.schema.number.optional(),
  REDIS_PASSWORD: Env.schema.secret.optional(),

  /*
  | Where uploads are stored: the local disk ("fs", under DRIVE_ROOT in the
  | instance folder) or an S3-compatible bucket ("s3", DRIVE_S3_*; set
  | DRIVE_S3_ENDPOINT and DRIVE_S3_FORCE_PATH_STYLE=true for MinIO and the
  | like; without keys the AWS SDK finds credentials its usual way).
  */
  DRIVE_DISK: Env.schema.enum.optional(['fs', 's3'] as const),
  DRIVE_ROOT: Env.schema.string.optional(),
  DRIVE_S3_BUCKET: Env.schema.string.optional(),
  DRIVE_S3_REGION: Env.schema.string.optional(),
  DRIVE_S3_ENDPOINT: Env.schema.string.optional({ format: 'url', tld: false }),
  DRIVE_S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  DRIVE_S3_SECRET_ACCESS_KEY: Env.schema.secret.optional(),
  DRIVE_S3_FORCE_PATH_STYLE: Env.schema.boolean.optional(),

  // Where backup archives go (relative paths are inside the instance folder).
  BACKUP_DIR: Env.schema.string.optional(),
  BACKUP_PASSPHRASE: Env.schema.secret.optional(),

  LIMITER_STORE: Env.schema.enum.optional(['memory', 'database', 'redis'] as const),
})

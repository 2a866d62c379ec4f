import vine from '@vinejs/vine'
import { SUPPORTED_LOCALES } from '#support/locales'
import { strongPassword } from '#validators/rules/strong_password'

const HOSTNAME = /^[A-Za-z0-9]([A-Za-z0-9.-]{0,253})$|^\[[0-9A-Fa-f:.]+\]$|^[0-9A-Fa-f:.]+$/
const DATABASE_NAME = /^[A-Za-z0-9_$-]{1,64}$/

/*
| Field rules shared by the wizard's steps, the CLI and the install action,
| so each input is judged the same way wherever it comes from.
*/
export const siteFields = {
  siteName: vine.string().trim().minLength(1).maxLength(80),
  siteUrl: vine
    .string()
    .trim()
    .url({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
    .maxLength(255),
  locale: vine.enum(SUPPORTED_LOCALES),
  allowRegistration: vine.boolean().optional(),
}

export const adminFields = {
  email: vine.string().trim().maxLength(254).email().normalizeEmail({ all_lowercase: true }),
  username: vine
    .string()
    .trim()
    .minLength(3)
    .maxLength(32)
    .regex(/^[A-Za-z0-9_.-]+$/),
  password: vine.string().maxLength(128).use(strongPassword()),
}

const sqliteChoice = vine.object({
  engine: vine.literal('sqlite'),
  path: vine
    .string()
    .trim()
    .maxLength(500)
    .regex(/^[^\0]+$/)
    .optional(),
})

function serverChoice(engine: 'pg' | 'mysql') {
  return vine.object({
    engine: vine.literal(engine),
    host: vine.string().trim().maxLength(255).regex(HOSTNAME),
    port: vine.number().withoutDecimals().range([1, 65535]),
    user: vine.string().trim().minLength(1).maxLength(128),
    password: vine.string().maxLength(512).optional(),
    database: vine.string().trim().regex(DATABASE_NAME),
  })
}

const isEngine = (engine: string) => (value: unknown) =>
  vine.helpers.isObject(value) && (value as Record<string, unknown>).engine === engine

export const databaseChoice = vine
  .union([
    vine.union.if(isEngine('sqlite'), sqliteChoice),
    vine.union.if(isEngine('pg'), serverChoice('pg')),
    vine.union.if(isEngine('mysql'), serverChoice('mysql')),
  ])
  .otherwise((_, field) => {
    field.report('Choose a database: sqlite, pg or mysql', 'databaseEngine', field)
  })

export const mailFields = {
  host: vine.string().trim().maxLength(255).regex(HOSTNAME),
  port: vine.number().withoutDecimals().range([1, 65535]),
  secure: vine.boolean().optional(),
  user: vine.string().trim().maxLength(255).optional(),
  password: vine.string().maxLength(512).optional(),
  fromAddress: vine.string().trim().maxLength(254).email(),
  fromName: vine.string().trim().maxLength(80).optional(),
}

/** The whole installation request, as the install action accepts it. */
export const installValidator = vine.create({
  ...siteFields,
  database: databaseChoice,
  admin: vine.object(adminFields),
  mail: vine.object(mailFields).optional(),
  force: vine.boolean().optional(),
})

/* One validator per wizard step. */
export const siteStepValidator = vine.create(siteFields)
export const databaseStepValidator = vine.create({ database: databaseChoice })
export const adminStepValidator = vine.create({
  ...adminFields,
  password: vine
    .string()
    .maxLength(128)
    .use(strongPassword())
    .confirmed({ confirmationField: 'passwordConfirmation' }),
})
export const mailStepValidator = vine.create(mailFields)
export const languageStepValidator = vine.create({ locale: vine.enum(SUPPORTED_LOCALES) })

import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { SECRET_PURPOSE as TOTP_SECRET_PURPOSE } from '#support/second_factor'

/** A column whose values are encrypted with APP_KEY. */
export type EncryptedColumn = {
  table: string
  column: string
  /** Names each row in messages and updates. */
  primaryKey: string
  /** The purpose the values were encrypted for, when they were bound to one. */
  purpose?: string
  /** Only the rows matching these values are encrypted. */
  where?: Record<string, string | number | boolean>
}

/**
 * Every column that holds values encrypted with APP_KEY. A feature that
 * stores a secret adds its line here, and key rotation keeps it readable.
 */
export const ENCRYPTED_COLUMNS: EncryptedColumn[] = [
  { table: 'settings', column: 'value', primaryKey: 'key', where: { is_secret: true } },
  { table: 'users', column: 'two_factor_secret', primaryKey: 'id', purpose: TOTP_SECRET_PURPOSE },
]

/** One stored encrypted value and where it lives. */
export type EncryptedValue = { source: EncryptedColumn; rowId: string | number; value: string }

const BATCH_SIZE = 500

/**
 * Every stored encrypted value, read in batches so a big table is never
 * loaded whole; inside a transaction the rows read are locked.
 */
export async function* encryptedValues(client: QueryClientContract) {
  for (const source of ENCRYPTED_COLUMNS) {
    let after: string | number | undefined
    while (true) {
      const query = client
        .from(source.table)
        .select(source.primaryKey, source.column)
        .whereNotNull(source.column)
        .orderBy(source.primaryKey)
        .limit(BATCH_SIZE)
      if (source.where) query.where(source.where)
      // Locked until the rotation commits, so a secret saved meanwhile is not overwritten.
      if (client.isTransaction) query.forUpdate()
      if (after !== undefined) query.where(source.primaryKey, '>', after)
      const rows = await query
      for (const row of rows) {
        yield { source, rowId: row[source.primaryKey], value: row[source.column] } as EncryptedValue
      }
      if (rows.length < BATCH_SIZE) break
      after = rows[rows.length - 1][source.primaryKey]
    }
  }
}

/** Replaces one stored value with a new ciphertext. */
export async function storeEncryptedValue(
  client: QueryClientContract,
  item: EncryptedValue,
  ciphertext: string
) {
  await client
    .from(item.source.table)
    .where(item.source.primaryKey, item.rowId)
    .update({ [item.source.column]: ciphertext })
}

/** `table.column` of a registered column, as counts and messages name it. */
export function columnName(source: EncryptedColumn): string {
  return `${source.table}.${source.column}`
}

/** Names a stored value for an operator, e.g. `settings.value (key "mail.smtp.password")`. */
export function describeEncryptedValue(item: EncryptedValue): string {
  return `${columnName(item.source)} (${item.source.primaryKey} ${JSON.stringify(item.rowId)})`
}

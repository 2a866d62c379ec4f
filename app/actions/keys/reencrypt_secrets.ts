import type { Encryption } from '@adonisjs/core/encryption'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { UnreadableSecretsException } from '#actions/keys/key_errors'
import {
  columnName,
  describeEncryptedValue,
  ENCRYPTED_COLUMNS,
  encryptedValues,
  storeEncryptedValue,
} from '#support/encrypted_values'

/** How many values were re-encrypted, by `table.column`. */
export type ReencryptedCounts = Record<string, number>

type Encrypters = {
  reader: Encryption
  writer: Encryption
  /** Values this encrypter already reads are left as they are. */
  keepReadableBy?: Encryption
}

/**
 * Decrypts every registered value with `reader` and stores it again
 * encrypted by `writer`, inside the caller's transaction. Every value is
 * checked before the exception is thrown, so the operator sees the whole
 * list at once; the exception rolls the transaction back.
 */
export async function reencryptSecrets(
  trx: TransactionClientContract,
  { reader, writer, keepReadableBy }: Encrypters
): Promise<ReencryptedCounts> {
  const counts: ReencryptedCounts = {}
  for (const source of ENCRYPTED_COLUMNS) counts[columnName(source)] = 0
  const unreadable: string[] = []

  for await (const item of encryptedValues(trx)) {
    const purpose = item.source.purpose
    if (keepReadableBy && keepReadableBy.decrypt(item.value, purpose) !== null) continue
    const plain = reader.decrypt(item.value, purpose)
    if (plain === null) {
      unreadable.push(describeEncryptedValue(item))
      continue
    }
    await storeEncryptedValue(trx, item, writer.encrypt(plain, { purpose }))
    counts[columnName(item.source)] += 1
  }

  if (unreadable.length > 0) throw new UnreadableSecretsException(unreadable)
  return counts
}

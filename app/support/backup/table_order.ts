import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { foreignKeys } from '#support/backup/table_introspection'

/**
 * The tables ordered parents first (a table comes after every table its
 * foreign keys point to), names sorted within a level so the order is
 * stable. Cycles, which migrations do not create, fall back to name order.
 */
export async function tablesParentsFirst(
  client: QueryClientContract,
  tables: string[]
): Promise<string[]> {
  const known = new Set(tables)
  const parents = new Map(tables.map((table) => [table, new Set<string>()]))
  for (const { table, references } of await foreignKeys(client, tables)) {
    if (known.has(table) && known.has(references) && table !== references) {
      parents.get(table)!.add(references)
    }
  }

  const ordered: string[] = []
  const placed = new Set<string>()
  let remaining = [...tables].sort()
  while (remaining.length > 0) {
    const ready = remaining.filter((table) =>
      [...parents.get(table)!].every((parent) => placed.has(parent))
    )
    const next = ready.length > 0 ? ready : [remaining[0]]
    for (const table of next) {
      ordered.push(table)
      placed.add(table)
    }
    remaining = remaining.filter((table) => !placed.has(table))
  }
  return ordered
}

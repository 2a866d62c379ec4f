import { BaseSchema } from '@adonisjs/lucid/schema'

/** The three fields full-text search reads, in the order every engine indexes them. */
const FIELDS = ['title', 'excerpt', 'body_text']

/** PostgreSQL's indexed text: searches must spell it exactly so for the index to serve them. */
const POSTGRES_DOCUMENT = `to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(excerpt, '') || ' ' || body_text)`

/**
 * Full-text search over contents, in each engine's own way (see
 * app/support/content_search.ts for the queries that use it).
 *
 * SQLite: an FTS5 table that stores no text of its own (external content:
 * it reads `contents`), kept in step by triggers and filled once from the
 * existing rows. Diacritics are folded, so "cafe" also finds "café".
 *
 * PostgreSQL: a GIN index on the tsvector expression the search query
 * repeats word for word. An expression index, not a generated column:
 * backups insert every column they read, and a generated one refuses that.
 *
 * MySQL/MariaDB: a FULLTEXT index on the three columns.
 */
export default class extends BaseSchema {
  async up() {
    const dialect = this.db.dialect.name
    if (dialect === 'postgres') {
      this.schema.raw(
        `CREATE INDEX contents_search_index ON contents USING GIN (${POSTGRES_DOCUMENT})`
      )
    } else if (dialect === 'mysql') {
      this.schema.raw(
        `ALTER TABLE contents ADD FULLTEXT INDEX contents_search_index (${FIELDS.join(', ')})`
      )
    } else {
      this.schema.raw(
        `CREATE VIRTUAL TABLE contents_fts USING fts5(${FIELDS.join(', ')}, content='contents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`
      )
      for (const statement of sqliteTriggers()) this.schema.raw(statement)
      this.schema.raw(`INSERT INTO contents_fts(contents_fts) VALUES ('rebuild')`)
    }
  }

  async down() {
    const dialect = this.db.dialect.name
    if (dialect === 'postgres') {
      this.schema.raw('DROP INDEX IF EXISTS contents_search_index')
    } else if (dialect === 'mysql') {
      this.schema.raw('ALTER TABLE contents DROP INDEX contents_search_index')
    } else {
      for (const name of ['insert', 'update', 'delete']) {
        this.schema.raw(`DROP TRIGGER IF EXISTS contents_fts_after_${name}`)
      }
      this.schema.raw('DROP TABLE IF EXISTS contents_fts')
    }
  }
}

/**
 * An external-content FTS5 table removes a row by being told its old
 * values ('delete' command); updates that leave the text alone skip it.
 */
function sqliteTriggers() {
  const columns = FIELDS.join(', ')
  const newValues = FIELDS.map((field) => `new.${field}`).join(', ')
  const oldValues = FIELDS.map((field) => `old.${field}`).join(', ')
  const add = `INSERT INTO contents_fts(rowid, ${columns}) VALUES (new.id, ${newValues});`
  const remove = `INSERT INTO contents_fts(contents_fts, rowid, ${columns}) VALUES ('delete', old.id, ${oldValues});`
  return [
    `CREATE TRIGGER contents_fts_after_insert AFTER INSERT ON contents BEGIN ${add} END`,
    `CREATE TRIGGER contents_fts_after_delete AFTER DELETE ON contents BEGIN ${remove} END`,
    `CREATE TRIGGER contents_fts_after_update AFTER UPDATE OF ${columns} ON contents BEGIN ${remove} ${add} END`,
  ]
}

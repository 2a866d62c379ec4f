import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'

/*
| Full-text search over contents' title, excerpt and plain-text body, on the
| index each engine got from the content search migration. What a person
| types is reduced to its words before any engine sees it: quotes,
| operators and brackets only separate words, so no input can change the
| query's meaning or make it fail. Every word must match; the last one, if
| it has three letters or more, may be the start of a word, so results
| follow the typing (shorter beginnings match too much to be worth it).
*/

type Query = ModelQueryBuilderContract<LucidModel>

/** Enough for any real search; more words only cost the engine time. */
const MAX_WORDS = 8
const MAX_WORD_LENGTH = 64
const MAX_TERM_LENGTH = 1_000
const MIN_PREFIX_LENGTH = 3

/** PostgreSQL's indexed text, the migration's expression, so its GIN index serves the query. */
function postgresDocument(table: string) {
  return `to_tsvector('simple', coalesce("${table}".title, '') || ' ' || coalesce("${table}".excerpt, '') || ' ' || "${table}".body_text)`
}

/** MySQL's FULLTEXT index, by its columns. */
function mysqlColumns(table: string) {
  return ['title', 'excerpt', 'body_text'].map((column) => `\`${table}\`.${column}`).join(', ')
}

/**
 * The words of a search term, lower-cased and in composed Unicode form:
 * runs of letters, digits and combining marks holding at least one letter
 * or digit.
 */
export function searchWords(term: string): string[] {
  const runs = term
    .slice(0, MAX_TERM_LENGTH)
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}\p{M}]+/gu)
  return (runs ?? [])
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
}

/*
| InnoDB leaves out of its FULLTEXT indexes the words shorter than
| innodb_ft_min_token_size (3 by default) and those of its default stopword
| list, and a required word it never indexed matches nothing: such words
| are dropped from MySQL queries.
*/
const MYSQL_MIN_WORD = 3
const MYSQL_STOPWORDS = new Set(
  'a about an are as at be by com de en for from how i in is it la of on or that the this to was what when where who will with und www'.split(
    ' '
  )
)

/** Each word with whether it stands for any word it begins. */
function withPrefixes(words: string[]) {
  const last = words.length - 1
  return words.map((word, index) => ({
    word,
    prefix: index === last && word.length >= MIN_PREFIX_LENGTH,
  }))
}

/** The words in each engine's query syntax (only letters and digits reach it); empty when none is searchable. */
function engineQuery(dialect: string, words: string[]) {
  const terms = withPrefixes(words)
  if (dialect === 'postgres') {
    return terms.map(({ word, prefix }) => (prefix ? `${word}:*` : word)).join(' & ')
  }
  if (dialect === 'mysql') {
    return terms
      .filter(({ word }) => word.length >= MYSQL_MIN_WORD && !MYSQL_STOPWORDS.has(word))
      .map(({ word, prefix }) => (prefix ? `+${word}*` : `+${word}`))
      .join(' ')
  }
  return terms.map(({ word, prefix }) => (prefix ? `"${word}"*` : `"${word}"`)).join(' ')
}

/**
 * Narrows a contents query to the items matching every word of `term`;
 * a term without words leaves it as it is. On MySQL a term made only of
 * words InnoDB does not index ("the", "de") finds nothing.
 */
export function searchContents<Q extends Query>(query: Q, term: string): Q {
  const words = searchWords(term)
  if (words.length === 0) return query
  const dialect = query.client.dialect.name
  const match = engineQuery(dialect, words)
  const table = query.model.table
  const id = `${table}.id`
  if (match === '') {
    query.whereRaw('1 = 0')
  } else if (dialect === 'postgres') {
    query.whereRaw(`${postgresDocument(table)} @@ to_tsquery('simple', ?)`, [match])
  } else if (dialect === 'mysql') {
    query.whereRaw(`MATCH (${mysqlColumns(table)}) AGAINST (? IN BOOLEAN MODE)`, [match])
  } else {
    query.whereRaw(`?? IN (SELECT rowid FROM contents_fts WHERE contents_fts MATCH ?)`, [id, match])
  }
  return query
}

/**
 * Orders a contents query by relevance to `term`, best first (after any
 * order already set); a term without words leaves it as it is.
 */
export function rankContents<Q extends Query>(query: Q, term: string): Q {
  const words = searchWords(term)
  if (words.length === 0) return query
  const dialect = query.client.dialect.name
  const match = engineQuery(dialect, words)
  const table = query.model.table
  const id = `${table}.id`
  if (match === '') return query
  if (dialect === 'postgres') {
    query.orderByRaw(`ts_rank(${postgresDocument(table)}, to_tsquery('simple', ?)) DESC`, [match])
  } else if (dialect === 'mysql') {
    query.orderByRaw(`MATCH (${mysqlColumns(table)}) AGAINST (? IN BOOLEAN MODE) DESC`, [match])
  } else {
    // bm25() is lower for better matches.
    query.orderByRaw(
      `(SELECT bm25(contents_fts) FROM contents_fts WHERE contents_fts MATCH ? AND rowid = ??) ASC`,
      [match, id]
    )
  }
  return query
}

import env from '#start/env'
import { defineConfig } from '@adonisjs/lucid'
import { databaseConnectionConfig } from '#support/database_connection'

/**
 * One connection per supported engine; DB_CONNECTION picks the one in use.
 * The installer can switch engines at runtime through the same builder.
 */
const dbConfig = defineConfig({
  connection: env.get('DB_CONNECTION', 'sqlite'),
  connections: {
    sqlite: databaseConnectionConfig({
      engine: 'sqlite',
      path: env.get('DB_CONNECTION', 'sqlite') === 'sqlite' ? env.get('DB_DATABASE') : undefined,
    }),
    pg: databaseConnectionConfig({
      engine: 'pg',
      host: env.get('DB_HOST', '127.0.0.1'),
      port: env.get('DB_PORT', 5432),
      user: env.get('DB_USER', 'postgres'),
      password: env.get('DB_PASSWORD', ''),
      database: env.get('DB_DATABASE', 'filamenta'),
    }),
    mysql: databaseConnectionConfig({
      engine: 'mysql',
      host: env.get('DB_HOST', '127.0.0.1'),
      port: env.get('DB_PORT', 3306),
      user: env.get('DB_USER', 'root'),
      password: env.get('DB_PASSWORD', ''),
      database: env.get('DB_DATABASE', 'filamenta'),
    }),
  },
})

export default dbConfig

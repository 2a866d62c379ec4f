export type StatusState = 'pass' | 'warn' | 'fail'

/**
 * One line of the dashboard's system status. The page words it from `id`
 * and `message` (`dashboard.status.<id>.<message>`); `values` carry the
 * facts the sentence quotes.
 */
export type StatusItem = {
  id: 'database' | 'redis' | 'mail' | 'disk' | 'migrations' | 'backup'
  state: StatusState
  message: string
  values?: Record<string, string | number>
}

import { InstallationSchema } from '#database/schema'

/** The single row (id 1) that marks the site as installed. */
export default class Installation extends InstallationSchema {
  // Named explicitly: before boot the name would derive from the schema class.
  static table = 'installations'
  static selfAssignPrimaryKey = true
  static readonly MARKER_ID = 1
}

import { InstallationSchema } from '#database/schema'

/** The single row (id 1) that marks the site as installed. */
export default class Installation extends InstallationSchema {
  static selfAssignPrimaryKey = true
  static readonly MARKER_ID = 1
}

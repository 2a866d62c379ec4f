import type { ResourceDefinition } from '#panel/types'

/** Admin paths that are pages of their own, not resources. */
const RESERVED = new Set(['audit', 'settings', 'account-security'])

const resources = new Map<string, ResourceDefinition>()

/** Makes resources servable; called once from the routes file with the app's declarations. */
export function registerResources(definitions: ResourceDefinition[]) {
  for (const definition of definitions) {
    if (RESERVED.has(definition.name)) {
      throw new Error(`"/admin/${definition.name}" is taken by a built-in page`)
    }
    resources.set(definition.name, definition)
  }
}

export function findResource(name: string): ResourceDefinition | undefined {
  return resources.get(name)
}

export function registeredResources(): ResourceDefinition[] {
  return [...resources.values()]
}

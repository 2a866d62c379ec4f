import type { ApiResponse } from '@japa/api-client'

/*
| The session package's own assertions read a flash key ("errors") that v7
| no longer writes; validation errors now live under "inputErrorsBag".
*/
export function fieldErrors(response: ApiResponse): Record<string, string[]> {
  return (response.flashMessage('inputErrorsBag') ?? {}) as Record<string, string[]>
}

export function assertFieldError(response: ApiResponse, field: string, message?: string) {
  const errors = fieldErrors(response)
  response.assert!.isTrue(field in errors, `expected a validation error on "${field}"`)
  if (message) response.assert!.include(errors[field], message)
}

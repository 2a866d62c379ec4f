/*
|--------------------------------------------------------------------------
| Bouncer abilities
|--------------------------------------------------------------------------
|
| Abilities that are not about one model. Rules about a model live in its
| policy under app/policies, which Bouncer finds on its own.
|
*/
import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'

/** The admin-only pages: dashboard, audit trail, settings. */
export const accessAdmin = Bouncer.ability((user: User) => user.role === 'admin')

/**
 * The admin area itself, where staff who write reach the resources their
 * policies open to them (contents, media); members never enter.
 */
export const enterAdmin = Bouncer.ability((user: User) => user.isWriter)

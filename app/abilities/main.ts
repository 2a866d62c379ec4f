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

/** Only administrators reach the admin area. */
export const accessAdmin = Bouncer.ability((user: User) => user.role === 'admin')

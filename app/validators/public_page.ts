import vine from '@vinejs/vine'
import type { HttpRequest } from '@adonisjs/core/http'
import BadPageNumberException from '#exceptions/bad_page_number_exception'

/** `?page=`: a whole number from 1, written plainly (no sign, no leading zero, no exponent). */
const publicPageValidator = vine.create({
  page: vine
    .string()
    .regex(/^[1-9][0-9]{0,5}$/)
    .optional(),
})

/** The listing page a visitor asked for (1 when absent); a malformed one is a 400. */
export async function requestedPage(request: HttpRequest): Promise<number> {
  const [error, query] = await publicPageValidator.tryValidate(request.qs())
  if (error) throw new BadPageNumberException()
  return query.page ? Number(query.page) : 1
}

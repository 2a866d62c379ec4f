import type { HttpContext } from '@adonisjs/core/http'
import Upload from '#models/upload'
import UploadPolicy from '#policies/upload_policy'
import StoreUpload from '#actions/uploads/store_upload'
import DeleteUpload from '#actions/uploads/delete_upload'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import { UploadRejected } from '#actions/uploads/upload_rejected'
import { uploadOptionsValidator } from '#validators/upload'
import { uploadJson } from '#support/uploads/upload_json'
import { discardRequestFiles, uploadedFile } from '#support/uploads/request_files'
import { sendStoredFile, servedFile } from '#support/uploads/send_stored_file'
import { answerRefusedUpload, wantsJson } from '#support/uploads/upload_answers'

/** Uploading, serving and deleting files; the rules live in the actions and the policy. */
export default class UploadsController {
  async store(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    try {
      await ctx.bouncer.with(UploadPolicy).authorize('create')
      const options = await ctx.request.validateUsing(uploadOptionsValidator)
      const upload = await new StoreUpload().handle(
        uploadedFile(ctx.request.file('file')),
        { owner: user, ...options },
        RecordAuditEvent.actorOf(ctx)
      )
      if (wantsJson(ctx)) return ctx.response.created(uploadJson(upload))
      ctx.session.flash('success', ctx.i18n.t('uploads.stored', { name: upload.originalName }))
      return ctx.response.redirect().back()
    } catch (error) {
      if (error instanceof UploadRejected) return answerRefusedUpload(ctx, error)
      throw error
    } finally {
      await discardRequestFiles(ctx.request)
    }
  }

  async show(ctx: HttpContext) {
    const upload = await Upload.findOrFail(ctx.params.id)
    // Public files need no account, but a signed-in owner may see more.
    await ctx.auth.check()
    const policy = ctx.bouncer.with(UploadPolicy)
    await policy.authorize('view', upload)
    const file = servedFile(upload, ctx.params.variant, await policy.allows('manage', upload))
    if (!file) return ctx.response.notFound()
    return sendStoredFile(ctx, upload, file)
  }

  async destroy(ctx: HttpContext) {
    const upload = await Upload.findOrFail(ctx.params.id)
    await ctx.bouncer.with(UploadPolicy).authorize('delete', upload)
    await new DeleteUpload().handle(upload, RecordAuditEvent.actorOf(ctx))
    if (wantsJson(ctx)) return ctx.response.noContent()
    ctx.session.flash('success', ctx.i18n.t('uploads.deleted', { name: upload.originalName }))
    return ctx.response.redirect().back()
  }
}

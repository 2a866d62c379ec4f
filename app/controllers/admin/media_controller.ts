import type { HttpContext } from '@adonisjs/core/http'
import Upload from '#models/upload'
import MediaPolicy from '#policies/media_policy'
import { uploadDetailsValidator } from '#validators/media'
import RecordAuditEvent from '#actions/audit/record_audit_event'
import ListUploads, { readUploadFilters } from '#actions/uploads/list_uploads'
import UpdateUpload from '#actions/uploads/update_upload'
import DeleteUpload from '#actions/uploads/delete_upload'
import { galleryView } from '#support/media_gallery'
import { formatSize, libraryJson, mediaCard } from '#support/media_presenter'
import { uploadUrl } from '#support/uploads/upload_json'
import { siteLink } from '#mails/site_link'

/** The media library: gallery, the picker's JSON, a file's details, their edit and deletion. */
export default class MediaController {
  async index(ctx: HttpContext) {
    const viewer = await this.browser(ctx)
    const { filters, problems } = readUploadFilters(ctx.request.qs())
    const list = new ListUploads()
    const page = await list.handle(viewer, filters)
    const owners = await list.owners(viewer)
    const policy = ctx.bouncer.with(MediaPolicy)
    const abilities = new Map<number, { change: boolean; seePicture: boolean }>()
    for (const upload of page.all()) {
      abilities.set(upload.id, {
        change: await policy.allows('edit', upload),
        seePicture: await policy.allows('seePicture', upload),
      })
    }
    if (problems.length > 0) ctx.response.status(400)
    return ctx.view.render('pages/admin/media/index', {
      gallery: galleryView({
        ...{ i18n: ctx.i18n, filters, problems, page, owners },
        may: (upload) => abilities.get(upload.id)!,
      }),
    })
  }

  async library(ctx: HttpContext) {
    const viewer = await this.browser(ctx)
    const { filters, problems } = readUploadFilters(ctx.request.qs())
    if (problems.length > 0) {
      return ctx.response.badRequest({
        errors: problems.map((problem) => ({
          field: problem.parameter,
          message: ctx.i18n.t('media.list.ignored_parameter', problem),
        })),
      })
    }
    const page = await new ListUploads().handle(viewer, filters)
    return {
      data: page.all().map(libraryJson),
      meta: { page: filters.page, lastPage: Math.max(page.lastPage, 1), total: page.total },
    }
  }

  async show(ctx: HttpContext) {
    const upload = await this.upload(ctx, 'view')
    const policy = ctx.bouncer.with(MediaPolicy)
    const variants = upload.variantList
    const medium = variants.some((variant) => variant.name === 'w640')
    return ctx.view.render('pages/admin/media/show', {
      upload: mediaCard(ctx.i18n, upload, await policy.allows('seePicture', upload)),
      previewUrl: uploadUrl(upload, medium ? 'w640' : undefined),
      address: await siteLink(uploadUrl(upload)),
      variants: variants.map((variant) => ({
        ...variant,
        url: uploadUrl(upload, variant.name),
        size: formatSize(ctx.i18n, variant.sizeBytes),
      })),
      altText: upload.altText ?? '',
      canEdit: await policy.allows('edit', upload),
    })
  }

  async update(ctx: HttpContext) {
    const upload = await this.upload(ctx, 'edit')
    const input = await ctx.request.validateUsing(uploadDetailsValidator, {
      messagesProvider: ctx.i18n.createMessagesProvider('media.validator'),
    })
    const changed = await new UpdateUpload().handle(upload, input, this.actor(ctx))
    const notice = changed.length > 0 ? 'media.flash.updated' : 'media.flash.unchanged'
    ctx.session.flash('success', ctx.i18n.t(notice, { name: upload.originalName }))
    return ctx.response.redirect().toPath(`/admin/media/${upload.id}`)
  }

  async confirmDelete(ctx: HttpContext) {
    const upload = await this.upload(ctx, 'delete')
    const showsPicture = await ctx.bouncer.with(MediaPolicy).allows('seePicture', upload)
    return ctx.view.render('pages/admin/media/delete', {
      upload: mediaCard(ctx.i18n, upload, showsPicture),
    })
  }

  async destroy(ctx: HttpContext) {
    const upload = await this.upload(ctx, 'delete')
    await new DeleteUpload().handle(upload, this.actor(ctx))
    ctx.session.flash('success', ctx.i18n.t('media.flash.deleted', { name: upload.originalName }))
    return ctx.response.redirect().toPath('/admin/media')
  }

  /** The signed-in user, once they are known to reach the media pages. */
  private async browser(ctx: HttpContext) {
    await ctx.bouncer.with(MediaPolicy).authorize('browse')
    return ctx.auth.getUserOrFail()
  }

  private async upload(ctx: HttpContext, ability: 'view' | 'edit' | 'delete') {
    const upload = await Upload.query().where('id', ctx.params.id).preload('owner').firstOrFail()
    await ctx.bouncer.with(MediaPolicy).authorize(ability, upload)
    return upload
  }

  private actor(ctx: HttpContext) {
    return RecordAuditEvent.actorOf(ctx)
  }
}

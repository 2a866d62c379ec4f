import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'email_verification.show': { paramsTuple?: []; params?: {} }
    'email_verification.store': { paramsTuple?: []; params?: {} }
    'email_verification.verify': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'forgot_password.create': { paramsTuple?: []; params?: {} }
    'forgot_password.store': { paramsTuple?: []; params?: {} }
    'reset_password.create': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'reset_password.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'settings.show': { paramsTuple?: []; params?: {} }
    'settings.destroy': { paramsTuple?: []; params?: {} }
    'enrolment.show': { paramsTuple?: []; params?: {} }
    'enrolment.store': { paramsTuple?: []; params?: {} }
    'enrolment.destroy': { paramsTuple?: []; params?: {} }
    'confirmation.store': { paramsTuple?: []; params?: {} }
    'recovery_codes.show': { paramsTuple?: []; params?: {} }
    'recovery_codes.store': { paramsTuple?: []; params?: {} }
    'challenge.show': { paramsTuple?: []; params?: {} }
    'challenge.store': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'password.update': { paramsTuple?: []; params?: {} }
    'dashboard.show': { paramsTuple?: []; params?: {} }
    'audit.index': { paramsTuple?: []; params?: {} }
    'audit.export': { paramsTuple?: []; params?: {} }
    'admin.settings.show': { paramsTuple?: []; params?: {} }
    'admin.settings.test_email': { paramsTuple?: []; params?: {} }
    'admin.settings.update': { paramsTuple: [ParamValue]; params: {'group': ParamValue} }
    'site_logo.show': { paramsTuple?: []; params?: {} }
    'uploads.store': { paramsTuple?: []; params?: {} }
    'uploads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'uploads.variant': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'variant': ParamValue} }
    'uploads.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'uploads.delete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'media.index': { paramsTuple?: []; params?: {} }
    'media.library': { paramsTuple?: []; params?: {} }
    'media.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'media.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'media.confirm_delete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'media.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'contents.index': { paramsTuple?: []; params?: {} }
    'contents.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'categories.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'tags.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'feed.show': { paramsTuple?: []; params?: {} }
    'sitemap.show': { paramsTuple?: []; params?: {} }
    'content_editor.create': { paramsTuple?: []; params?: {} }
    'content_editor.store': { paramsTuple?: []; params?: {} }
    'content_editor.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'content_editor.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'content_status.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'content_revisions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'revisionId': ParamValue} }
    'content_revisions.restore': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'revisionId': ParamValue} }
    'resources.index': { paramsTuple: [ParamValue]; params: {'resource': ParamValue} }
    'resources.create': { paramsTuple: [ParamValue]; params: {'resource': ParamValue} }
    'resources.store': { paramsTuple: [ParamValue]; params: {'resource': ParamValue} }
    'resources.bulk': { paramsTuple: [ParamValue]; params: {'resource': ParamValue} }
    'resources.show': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.update': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.confirm_delete': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.confirm_action': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue,'action': ParamValue} }
    'resources.run_action': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue,'action': ParamValue} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple: [ParamValue]; params: {'locale': ParamValue} }
    'home.show': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'registration.create': { paramsTuple?: []; params?: {} }
    'registration.store': { paramsTuple?: []; params?: {} }
    'sessions.index': { paramsTuple?: []; params?: {} }
    'sessions.end_others': { paramsTuple?: []; params?: {} }
    'sessions.end': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'start': { paramsTuple?: []; params?: {} }
    'language.show': { paramsTuple?: []; params?: {} }
    'language.store': { paramsTuple?: []; params?: {} }
    'requirements.show': { paramsTuple?: []; params?: {} }
    'requirements.store': { paramsTuple?: []; params?: {} }
    'database.show': { paramsTuple?: []; params?: {} }
    'database.store': { paramsTuple?: []; params?: {} }
    'site.show': { paramsTuple?: []; params?: {} }
    'site.store': { paramsTuple?: []; params?: {} }
    'admin.show': { paramsTuple?: []; params?: {} }
    'admin.store': { paramsTuple?: []; params?: {} }
    'mail.show': { paramsTuple?: []; params?: {} }
    'mail.store': { paramsTuple?: []; params?: {} }
    'finish.show': { paramsTuple?: []; params?: {} }
    'finish.store': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'email_verification.show': { paramsTuple?: []; params?: {} }
    'email_verification.verify': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'forgot_password.create': { paramsTuple?: []; params?: {} }
    'reset_password.create': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'settings.show': { paramsTuple?: []; params?: {} }
    'enrolment.show': { paramsTuple?: []; params?: {} }
    'recovery_codes.show': { paramsTuple?: []; params?: {} }
    'challenge.show': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'dashboard.show': { paramsTuple?: []; params?: {} }
    'audit.index': { paramsTuple?: []; params?: {} }
    'audit.export': { paramsTuple?: []; params?: {} }
    'admin.settings.show': { paramsTuple?: []; params?: {} }
    'site_logo.show': { paramsTuple?: []; params?: {} }
    'uploads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'uploads.variant': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'variant': ParamValue} }
    'media.index': { paramsTuple?: []; params?: {} }
    'media.library': { paramsTuple?: []; params?: {} }
    'media.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'media.confirm_delete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'contents.index': { paramsTuple?: []; params?: {} }
    'contents.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'categories.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'tags.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'feed.show': { paramsTuple?: []; params?: {} }
    'sitemap.show': { paramsTuple?: []; params?: {} }
    'content_editor.create': { paramsTuple?: []; params?: {} }
    'content_editor.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'content_revisions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'revisionId': ParamValue} }
    'resources.index': { paramsTuple: [ParamValue]; params: {'resource': ParamValue} }
    'resources.create': { paramsTuple: [ParamValue]; params: {'resource': ParamValue} }
    'resources.show': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.confirm_delete': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.confirm_action': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue,'action': ParamValue} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple: [ParamValue]; params: {'locale': ParamValue} }
    'home.show': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'registration.create': { paramsTuple?: []; params?: {} }
    'sessions.index': { paramsTuple?: []; params?: {} }
    'start': { paramsTuple?: []; params?: {} }
    'language.show': { paramsTuple?: []; params?: {} }
    'requirements.show': { paramsTuple?: []; params?: {} }
    'database.show': { paramsTuple?: []; params?: {} }
    'site.show': { paramsTuple?: []; params?: {} }
    'admin.show': { paramsTuple?: []; params?: {} }
    'mail.show': { paramsTuple?: []; params?: {} }
    'finish.show': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'email_verification.show': { paramsTuple?: []; params?: {} }
    'email_verification.verify': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'forgot_password.create': { paramsTuple?: []; params?: {} }
    'reset_password.create': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'settings.show': { paramsTuple?: []; params?: {} }
    'enrolment.show': { paramsTuple?: []; params?: {} }
    'recovery_codes.show': { paramsTuple?: []; params?: {} }
    'challenge.show': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'dashboard.show': { paramsTuple?: []; params?: {} }
    'audit.index': { paramsTuple?: []; params?: {} }
    'audit.export': { paramsTuple?: []; params?: {} }
    'admin.settings.show': { paramsTuple?: []; params?: {} }
    'site_logo.show': { paramsTuple?: []; params?: {} }
    'uploads.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'uploads.variant': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'variant': ParamValue} }
    'media.index': { paramsTuple?: []; params?: {} }
    'media.library': { paramsTuple?: []; params?: {} }
    'media.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'media.confirm_delete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'contents.index': { paramsTuple?: []; params?: {} }
    'contents.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'categories.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'tags.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'feed.show': { paramsTuple?: []; params?: {} }
    'sitemap.show': { paramsTuple?: []; params?: {} }
    'content_editor.create': { paramsTuple?: []; params?: {} }
    'content_editor.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'content_revisions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'revisionId': ParamValue} }
    'resources.index': { paramsTuple: [ParamValue]; params: {'resource': ParamValue} }
    'resources.create': { paramsTuple: [ParamValue]; params: {'resource': ParamValue} }
    'resources.show': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.confirm_delete': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.confirm_action': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue,'action': ParamValue} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple: [ParamValue]; params: {'locale': ParamValue} }
    'home.show': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'registration.create': { paramsTuple?: []; params?: {} }
    'sessions.index': { paramsTuple?: []; params?: {} }
    'start': { paramsTuple?: []; params?: {} }
    'language.show': { paramsTuple?: []; params?: {} }
    'requirements.show': { paramsTuple?: []; params?: {} }
    'database.show': { paramsTuple?: []; params?: {} }
    'site.show': { paramsTuple?: []; params?: {} }
    'admin.show': { paramsTuple?: []; params?: {} }
    'mail.show': { paramsTuple?: []; params?: {} }
    'finish.show': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'email_verification.store': { paramsTuple?: []; params?: {} }
    'forgot_password.store': { paramsTuple?: []; params?: {} }
    'reset_password.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'settings.destroy': { paramsTuple?: []; params?: {} }
    'enrolment.store': { paramsTuple?: []; params?: {} }
    'enrolment.destroy': { paramsTuple?: []; params?: {} }
    'confirmation.store': { paramsTuple?: []; params?: {} }
    'recovery_codes.store': { paramsTuple?: []; params?: {} }
    'challenge.store': { paramsTuple?: []; params?: {} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'password.update': { paramsTuple?: []; params?: {} }
    'admin.settings.test_email': { paramsTuple?: []; params?: {} }
    'admin.settings.update': { paramsTuple: [ParamValue]; params: {'group': ParamValue} }
    'uploads.store': { paramsTuple?: []; params?: {} }
    'uploads.delete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'media.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'media.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'content_editor.store': { paramsTuple?: []; params?: {} }
    'content_editor.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'content_status.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'content_revisions.restore': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'revisionId': ParamValue} }
    'resources.store': { paramsTuple: [ParamValue]; params: {'resource': ParamValue} }
    'resources.bulk': { paramsTuple: [ParamValue]; params: {'resource': ParamValue} }
    'resources.update': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue} }
    'resources.run_action': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'resource': ParamValue,'id': ParamValue,'action': ParamValue} }
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'registration.store': { paramsTuple?: []; params?: {} }
    'sessions.end_others': { paramsTuple?: []; params?: {} }
    'sessions.end': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'language.store': { paramsTuple?: []; params?: {} }
    'requirements.store': { paramsTuple?: []; params?: {} }
    'database.store': { paramsTuple?: []; params?: {} }
    'site.store': { paramsTuple?: []; params?: {} }
    'admin.store': { paramsTuple?: []; params?: {} }
    'mail.store': { paramsTuple?: []; params?: {} }
    'finish.store': { paramsTuple?: []; params?: {} }
  }
  DELETE: {
    'uploads.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}
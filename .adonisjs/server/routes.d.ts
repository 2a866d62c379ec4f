import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple: [ParamValue]; params: {'locale': ParamValue} }
    'home.show': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
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
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple: [ParamValue]; params: {'locale': ParamValue} }
    'home.show': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
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
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple: [ParamValue]; params: {'locale': ParamValue} }
    'home.show': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
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
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'language.store': { paramsTuple?: []; params?: {} }
    'requirements.store': { paramsTuple?: []; params?: {} }
    'database.store': { paramsTuple?: []; params?: {} }
    'site.store': { paramsTuple?: []; params?: {} }
    'admin.store': { paramsTuple?: []; params?: {} }
    'mail.store': { paramsTuple?: []; params?: {} }
    'finish.store': { paramsTuple?: []; params?: {} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}
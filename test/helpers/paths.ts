import type { Actor } from './actors.ts'
import type { TestApp } from './boot.ts'

/** What a caller gets back, whichever way it asked. */
export type Outcome = { ok: boolean; status?: number; doc?: any; docs?: any[]; error?: string }

type GraphQLNames = { singular: string; plural: string }

/** The three ways a user reaches the data: REST, GraphQL, and the Local API with overrideAccess: false. */
export type Path = {
  name: 'rest' | 'graphql' | 'local'
  find: (collection: string, actor: Actor, where?: Record<string, unknown>) => Promise<Outcome>
  create: (collection: string, actor: Actor, data: Record<string, unknown>) => Promise<Outcome>
  update: (collection: string, actor: Actor, id: number | string, data: Record<string, unknown>) => Promise<Outcome>
  remove: (collection: string, actor: Actor, id: number | string) => Promise<Outcome>
}

const graphQLNames: Record<string, GraphQLNames> = {
  units: { singular: 'Unit', plural: 'Units' },
  users: { singular: 'User', plural: 'Users' },
  'cchc-topics': { singular: 'CchcTopic', plural: 'CchcTopics' },
  procedures: { singular: 'Procedure', plural: 'Procedures' },
  'procedure-announcements': { singular: 'ProcedureAnnouncement', plural: 'ProcedureAnnouncements' },
  'procedure-results': { singular: 'ProcedureResult', plural: 'ProcedureResults' },
  'cchc-reports': { singular: 'CchcReport', plural: 'CchcReports' },
  'cchc-posts': { singular: 'CchcPost', plural: 'CchcPosts' },
  'cchc-audit-log': { singular: 'CchcAuditLog', plural: 'CchcAuditLogs' },
  'broadcast-slots': { singular: 'BroadcastSlot', plural: 'BroadcastSlots' },
  'broadcast-schedules': { singular: 'BroadcastSchedule', plural: 'BroadcastSchedules' },
  'cchc-documents': { singular: 'CchcDocument', plural: 'CchcDocuments' },
  'cchc-document-issuers': { singular: 'CchcDocumentIssuer', plural: 'CchcDocumentIssuers' },
  'par-criteria-sets': { singular: 'ParCriteriaSet', plural: 'ParCriteriaSets' },
  'par-assessments': { singular: 'ParAssessment', plural: 'ParAssessments' },
  'par-scores': { singular: 'ParScore', plural: 'ParScores' },
  'procedure-lists': { singular: 'ProcedureList', plural: 'ProcedureLists' },
  'cchc-feedback': { singular: 'CchcFeedback', plural: 'CchcFeedbacks' },
  'cchc-notifications': { singular: 'CchcNotification', plural: 'CchcNotifications' },
  'payload-locked-documents': { singular: 'PayloadLockedDocument', plural: 'PayloadLockedDocuments' },
}

const restPath = (app: TestApp): Path => ({
  name: 'rest',
  find: async (collection, actor, where) => {
    const query = where ? `?where=${encodeURIComponent(JSON.stringify(where))}&limit=100` : '?limit=100'
    const reply = await app.rest('GET', `/${collection}${query}`, { token: actor.token })
    return { ok: reply.status === 200, status: reply.status, docs: reply.body?.docs }
  },
  create: async (collection, actor, data) => {
    const reply = await app.rest('POST', `/${collection}`, { token: actor.token, body: data })
    return { ok: reply.status === 201, status: reply.status, doc: reply.body?.doc, error: JSON.stringify(reply.body) }
  },
  update: async (collection, actor, id, data) => {
    const reply = await app.rest('PATCH', `/${collection}/${id}`, { token: actor.token, body: data })
    return { ok: reply.status === 200, status: reply.status, doc: reply.body?.doc, error: JSON.stringify(reply.body) }
  },
  remove: async (collection, actor, id) => {
    const reply = await app.rest('DELETE', `/${collection}/${id}`, { token: actor.token })
    return { ok: reply.status === 200, status: reply.status, error: JSON.stringify(reply.body) }
  },
})

const graphqlPath = (app: TestApp, fields: Record<string, string>): Path => {
  const run = async (query: string, variables: Record<string, unknown>, actor: Actor, key: string) => {
    const reply = await app.graphql(query, variables, actor.token)
    const errors = reply.body?.errors
    return {
      ok: !errors?.length && reply.body?.data?.[key] != null,
      status: reply.status,
      data: reply.body?.data?.[key],
      error: errors ? JSON.stringify(errors) : undefined,
    }
  }
  return {
    name: 'graphql',
    find: async (collection, actor, where) => {
      const { singular, plural } = graphQLNames[collection]!
      const result = await run(
        `query($where: ${singular}_where) { ${plural}(where: $where, limit: 100) { docs { ${fields[collection]} } } }`,
        { where },
        actor,
        plural,
      )
      return { ...result, docs: result.data?.docs }
    },
    create: async (collection, actor, data) => {
      const { singular } = graphQLNames[collection]!
      const result = await run(
        `mutation($data: mutation${singular}Input!) { create${singular}(data: $data) { ${fields[collection]} } }`,
        { data },
        actor,
        `create${singular}`,
      )
      return { ...result, doc: result.data }
    },
    update: async (collection, actor, id, data) => {
      const { singular } = graphQLNames[collection]!
      const result = await run(
        `mutation($id: Int!, $data: mutation${singular}UpdateInput!) { update${singular}(id: $id, data: $data) { ${fields[collection]} } }`,
        { id, data },
        actor,
        `update${singular}`,
      )
      return { ...result, doc: result.data }
    },
    remove: async (collection, actor, id) => {
      const { singular } = graphQLNames[collection]!
      return run(`mutation($id: Int!) { delete${singular}(id: $id) { id } }`, { id }, actor, `delete${singular}`)
    },
  }
}

const localPath = (app: TestApp): Path => {
  const attempt = async (work: () => Promise<any>): Promise<Outcome> => {
    try {
      const result = await work()
      return { ok: true, doc: result, docs: result?.docs }
    } catch (error) {
      return { ok: false, status: (error as { status?: number }).status, error: String(error) }
    }
  }
  return {
    name: 'local',
    find: (collection, actor, where) =>
      attempt(() =>
        app.payload.find({ collection: collection as 'units', where: where as any, user: actor.user, overrideAccess: false, limit: 100, depth: 0 }),
      ),
    create: (collection, actor, data) =>
      attempt(() => app.payload.create({ collection: collection as 'units', data: data as any, user: actor.user, overrideAccess: false })),
    update: (collection, actor, id, data) =>
      attempt(() =>
        app.payload.update({ collection: collection as 'units', id, data: data as any, user: actor.user, overrideAccess: false }),
      ),
    remove: (collection, actor, id) =>
      attempt(() => app.payload.delete({ collection: collection as 'units', id, user: actor.user, overrideAccess: false })),
  }
}

/** Every path, with the GraphQL selection to ask for per collection. */
export const allPaths = (app: TestApp, fields: Record<string, string>): Path[] => [
  restPath(app),
  graphqlPath(app, fields),
  localPath(app),
]

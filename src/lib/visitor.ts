import { createHmac } from 'node:crypto'

/**
 * User agents of robots, crawlers, link previews, monitors and scripting clients: their requests are
 * not a citizen's interest. Deliberately the obvious ones only; a browser-faking robot is counted
 * once per day like any visitor.
 */
const robotAgent =
  /bot\b|bot[/;-]|crawl|spider|slurp|scrap|fetch|preview|monitor|uptime|headless|phantom|selenium|puppeteer|playwright|lighthouse|pingdom|curl\/|wget\/|python-|httpclient|okhttp|java\/|go-http-client|axios\/|node-fetch|undici|libwww|facebookexternalhit|zalo.*crawler|^$/i

/** A request that says it is a robot, or says nothing at all. */
export const isRobot = (userAgent: null | string | undefined): boolean => robotAgent.test((userAgent ?? '').trim())

/**
 * The key of one day, derived from the app's secret and the date: computed when needed, never
 * stored, so yesterday's visitor hashes cannot be tied to an address without the secret.
 */
const dayKey = (secret: string, day: string): Buffer => createHmac('sha256', secret).update(`cchc-visitor-day\u0000${day}`).digest()

/**
 * Who a visitor is for one day's counting: a keyed hash of the client's address and user agent
 * under the day's key. The same visitor gets another hash the next day; the address and user
 * agent are never stored.
 */
export const visitorHash = (secret: string, day: string, clientAddress: string, userAgent: string): string =>
  createHmac('sha256', dayKey(secret, day)).update(`${clientAddress}\u0000${userAgent}`).digest('hex')

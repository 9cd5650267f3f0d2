import { isIP } from 'node:net'

/** What identifies a client whose address is not known (no header, or no trusted proxy). */
export const unidentifiedClient = 'unidentified'

/** One address as a rate-limit key: IPv4 as it is; IPv6 by its /64, the block one subscriber gets. */
export const clientKeyOf = (address: string): string => {
  let value = address.trim()
  // "[2001:db8::1]:443" and "203.0.113.7:51234" as some proxies write them
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed) value = bracketed[1]!
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'))
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value)
  if (mapped) value = mapped[1]!
  const version = isIP(value)
  if (version === 4) return value
  if (version !== 6) return unidentifiedClient
  const [head = '', tail = ''] = value.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = value.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((group) => group.padStart(4, '0'))
    .join(':')}::/64`
}

/**
 * The caller's address from X-Forwarded-For, as `trustedProxies` proxies in front of the app wrote
 * it: each proxy appends the address it was called from, so the client is that many entries from
 * the right; entries further left are whatever the caller sent and are never believed. With no
 * trusted proxy (or no header) the caller cannot be told apart: every such caller is one client.
 */
export const clientAddressOf = (forwardedFor: null | string | undefined, trustedProxies: number): string => {
  if (trustedProxies < 1 || !forwardedFor) return unidentifiedClient
  const entries = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return unidentifiedClient
  // Fewer entries than proxies: the first proxy had no header to append to; its entry is the client.
  return clientKeyOf(entries[Math.max(0, entries.length - trustedProxies)]!)
}

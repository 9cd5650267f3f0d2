/** Which address a client is counted as, from X-Forwarded-For and the number of trusted proxies. */
import { describe, expect, it } from 'vitest'

import { clientAddressOf, clientKeyOf, unidentifiedClient } from '../src/lib/clientAddress.ts'

describe('clientAddressOf', () => {
  it('takes the entry the last trusted proxy appended, never one the caller wrote', () => {
    expect(clientAddressOf('203.0.113.7', 1)).toBe('203.0.113.7')
    expect(clientAddressOf('10.9.9.9, 203.0.113.7', 1)).toBe('203.0.113.7')
    expect(clientAddressOf('10.9.9.9, 203.0.113.7, 198.51.100.2', 2)).toBe('203.0.113.7')
    // Fewer entries than proxies: the first proxy saw no header; its entry is the client.
    expect(clientAddressOf('203.0.113.7', 2)).toBe('203.0.113.7')
  })

  it('counts every caller as one client without a trusted proxy or a header, or with garbage', () => {
    expect(clientAddressOf('203.0.113.7', 0)).toBe(unidentifiedClient)
    expect(clientAddressOf(null, 1)).toBe(unidentifiedClient)
    expect(clientAddressOf(' , ', 1)).toBe(unidentifiedClient)
    expect(clientAddressOf('not-an-address', 1)).toBe(unidentifiedClient)
  })
})

describe('clientKeyOf', () => {
  it('drops ports and the IPv4-mapped prefix', () => {
    expect(clientKeyOf('203.0.113.7:51234')).toBe('203.0.113.7')
    expect(clientKeyOf('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(clientKeyOf('[2001:db8::1]:443')).toBe('2001:0db8:0000:0000::/64')
  })

  it('counts IPv6 by /64, the block one subscriber holds', () => {
    expect(clientKeyOf('2001:db8:1:2::17')).toBe(clientKeyOf('2001:db8:1:2:ffff:ffff:ffff:1'))
    expect(clientKeyOf('2001:db8:1:2::17')).not.toBe(clientKeyOf('2001:db8:1:3::17'))
    expect(clientKeyOf('::1')).toBe('0000:0000:0000:0000::/64')
  })
})

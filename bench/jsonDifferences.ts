/**
 * Where two JSON values differ, as paths with both values; key order counts too (the twin writes
 * the same bytes a client parses, not only the same data).
 */
export const jsonDifferences = (expected: unknown, actual: unknown, path = '$', found: string[] = [], max = 20): string[] => {
  if (found.length >= max) return found
  const show = (value: unknown) => {
    const text = JSON.stringify(value)
    return text === undefined ? 'undefined' : text.length > 120 ? `${text.slice(0, 117)}...` : text
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) found.push(`${path}: ${expected.length} items in the project, ${actual.length} in the twin`)
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) jsonDifferences(expected[i], actual[i], `${path}[${i}]`, found, max)
    return found
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object' && !Array.isArray(expected) && !Array.isArray(actual)) {
    const expectedKeys = Object.keys(expected)
    const actualKeys = Object.keys(actual)
    for (const key of expectedKeys) if (!(key in actual)) found.push(`${path}.${key}: missing in the twin (project: ${show((expected as any)[key])})`)
    for (const key of actualKeys) if (!(key in expected)) found.push(`${path}.${key}: only in the twin (${show((actual as any)[key])})`)
    const shared = expectedKeys.filter((key) => key in actual)
    const twinOrder = actualKeys.filter((key) => key in expected)
    if (shared.join() !== twinOrder.join()) found.push(`${path}: keys in another order (project: ${shared.join(', ')}; twin: ${twinOrder.join(', ')})`)
    for (const key of shared) jsonDifferences((expected as any)[key], (actual as any)[key], `${path}.${key}`, found, max)
    return found
  }
  if (!Object.is(expected, actual)) found.push(`${path}: project ${show(expected)}, twin ${show(actual)}`)
  return found
}

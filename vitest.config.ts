import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Node resolves `graphql` to its CommonJS entry, as Payload's packages and graphql-http get it;
  // Vite alone would pick the ES module, and two copies of graphql refuse each other's schema.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    // Each file boots Payload on its own database; two at a time fit two cores.
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: {
      NODE_ENV: 'test',
      PAYLOAD_SECRET: 'test-only-secret-not-used-anywhere-else',
    },
  },
})

/** Next.js runs this once when the server starts: a production server without a secret stops here. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { assertProductionSecret } = await import('./host/secret.ts')
    assertProductionSecret()
  }
}

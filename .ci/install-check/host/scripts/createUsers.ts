/**
 * `payload run scripts/createUsers.ts`: the accounts an app has before it adds the plugin.
 * Emails and passwords come from EXISTING_USERS (`email:password,email:password`).
 */
import config from '../payload.config.ts'
import { getPayload } from 'payload'

const payload = await getPayload({ config })
for (const entry of (process.env.EXISTING_USERS ?? '').split(',').filter(Boolean)) {
  const [email, password] = entry.split(':')
  await payload.create({ collection: 'users', data: { email: email!, password: password!, name: email!.split('@')[0] } })
  console.log(`created ${email}`)
}
process.exit(0)

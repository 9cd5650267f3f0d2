import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Plugin } from 'payload'
import { cchcPlugin } from 'payload-plugin-cchc'
import sharp from 'sharp'

import { Media } from './collections/Media.ts'
import { Users } from './collections/Users.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// The install check runs this app first without the plugin (an app that has users already), then with it.
const plugins: Plugin[] = process.env.CCHC_PLUGIN === 'off' ? [] : [cchcPlugin({ authCollection: Users.slug })]

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname) },
  },
  collections: [Users, Media],
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET ?? '',
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    // Migrations only, as in production: the schema is never pushed behind their back.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  // The plugin's admin speaks Vietnamese first.
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
  },
  // Runs the plugin's scheduled publication and hourly jobs.
  jobs: {
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
  },
  sharp,
  typescript: { autoGenerate: false },
  plugins,
})

'use client'
/** Client components of the plugin, referenced by path from the admin config (`payload-plugin-cchc/client`). */
export { AnnexImport } from '../components/AnnexImport.tsx'
export { AnnouncementItemLabel } from '../components/AnnouncementItemLabel.tsx'
export { WorkflowButtons } from '../components/WorkflowButtons.tsx'
export { NotificationBell } from '../components/NotificationBell.tsx'
export { RateCell, RateField } from '../components/Rate.tsx'

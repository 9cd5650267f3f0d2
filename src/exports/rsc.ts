/** Server components of the plugin, referenced by path from the admin config (`payload-plugin-cchc/rsc`). */
export { EditorialQueue } from '../components/EditorialQueue.tsx'
export { ReportsOverview } from '../components/ReportsOverview.tsx'
export { WorkflowActions } from '../components/WorkflowActions.tsx'
export { RadioWeek } from '../components/RadioWeek.tsx'
export { ParProgress } from '../components/ParProgress.tsx'
export { InterestPanel } from '../components/InterestPanel.tsx'
export { NotificationsPanel } from '../components/NotificationsPanel.tsx'
export { UnitReports } from '../components/UnitReports.tsx'

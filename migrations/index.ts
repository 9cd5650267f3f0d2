import * as migration_20261129_010133_initial from './20261129_010133_initial';
import * as migration_20261129_120000_procedure_search from './20261129_120000_procedure_search';
import * as migration_20261130_053117_safety from './20261130_053117_safety';
import * as migration_20261130_085957_campaign from './20261130_085957_campaign';
import * as migration_20261130_091744_channels_db_name from './20261130_091744_channels_db_name';
import * as migration_20261130_121321_notifications from './20261130_121321_notifications';
import * as migration_20261130_145919_notification_par_events from './20261130_145919_notification_par_events';

export const migrations = [
  {
    up: migration_20261129_010133_initial.up,
    down: migration_20261129_010133_initial.down,
    name: '20261129_010133_initial',
  },
  {
    up: migration_20261129_120000_procedure_search.up,
    down: migration_20261129_120000_procedure_search.down,
    name: '20261129_120000_procedure_search',
  },
  {
    up: migration_20261130_053117_safety.up,
    down: migration_20261130_053117_safety.down,
    name: '20261130_053117_safety',
  },
  {
    up: migration_20261130_085957_campaign.up,
    down: migration_20261130_085957_campaign.down,
    name: '20261130_085957_campaign',
  },
  {
    up: migration_20261130_091744_channels_db_name.up,
    down: migration_20261130_091744_channels_db_name.down,
    name: '20261130_091744_channels_db_name',
  },
  {
    up: migration_20261130_121321_notifications.up,
    down: migration_20261130_121321_notifications.down,
    name: '20261130_121321_notifications',
  },
  {
    up: migration_20261130_145919_notification_par_events.up,
    down: migration_20261130_145919_notification_par_events.down,
    name: '20261130_145919_notification_par_events'
  },
];

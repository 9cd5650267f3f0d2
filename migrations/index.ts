import * as migration_20261129_002901_initial from './20261129_002901_initial';

export const migrations = [
  {
    up: migration_20261129_002901_initial.up,
    down: migration_20261129_002901_initial.down,
    name: '20261129_002901_initial'
  },
];

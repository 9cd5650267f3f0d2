import * as migration_20261128_233641_initial from './20261128_233641_initial';

export const migrations = [
  {
    up: migration_20261128_233641_initial.up,
    down: migration_20261128_233641_initial.down,
    name: '20261128_233641_initial'
  },
];

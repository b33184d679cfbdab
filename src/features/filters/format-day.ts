/** Calendar days written for people, in the same form everywhere in the filter summary. */
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  // The day is a calendar date, not an instant: UTC keeps it from shifting with the reader's zone.
  timeZone: 'UTC',
});

/** "2024-07-09" → "9 Jul 2024"; anything unparseable is returned as given. */
export const formatDay = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : DAY_FORMAT.format(date);
};

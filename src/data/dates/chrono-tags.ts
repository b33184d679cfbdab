/** Tags the project's chrono parsers put on their results, read back by resolve.ts. */
export const TAG = {
  coming: 'summit/coming', // "in the coming days": the near future, approximate
  decadesAgo: 'summit/decades-ago', // "a decade ago": a calendar year
  relativeUnit: 'summit/relative-unit', // "earlier this month", "later this year": that whole unit
  bareYear: 'summit/year', // "in 2023": that year
  anniversary: 'summit/anniversary', // "the 75th anniversary of NATO": founding year + n
  relativeMonth: 'summit/relative-month', // "last July", "next June": that month, before/after now
  yearSpan: 'summit/year-span', // "from 1999 to 2003": those whole years
  monthSpan: 'summit/month-span', // "between March and May": those whole months
  weekOf: 'summit/week-of', // "the week of 8 July": Monday to Sunday of that week
  quarter: 'summit/quarter', // "Q3", "H1 2025": those calendar months
  ordinalDay: 'summit/ordinal-day', // "on the 20th": that day of the story's month
} as const;

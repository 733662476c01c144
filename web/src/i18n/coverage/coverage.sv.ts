/** Swedish strings of the coverage panel's time figures and the year selection's open end (merged into sv.ts). */
export const coverageSv = {
  "coverage.lastDone": "Senast genomförd",
  "coverage.nextPlanned": "Nästa planerade",
  "coverage.daysAgo_one": "för {count} dag sedan",
  "coverage.daysAgo_other": "för {count} dagar sedan",
  "coverage.inDays_one": "om {count} dag",
  "coverage.inDays_other": "om {count} dagar",
  "coverage.today": "i dag",
  "coverage.noneDone": "Ingen genomförd",
  "coverage.nonePlanned": "Inget planerat",
  "coverage.range": "Antalen gäller {years}. Senast genomförd och nästa planerade gäller all tid, med urvalets organisationer, typer och områden.",
  "coverage.rangeNone": "Inga år är valda.",
  "coverage.placeTimeline": "Senast genomförd: {last}. Nästa planerade: {next}.",

  "filters.onward": "{year} och framåt",
  "filters.thisYearOnward": "I år och planerat framåt",
};

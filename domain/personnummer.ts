/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer: day + 60) in free text, with or without century and separator.
 * A candidate counts only when its date is a real date and its check digit (Luhn) holds,
 * so ordinary numbers in notes are rarely mistaken for one.
 */
const CANDIDATE = /(?<![\d])(?:(19|20)?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{4}))(?![\d])/g;

/** Luhn check over the ten digits YYMMDDNNNC. */
function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** True when year/month/day (day possibly + 60) is a real date. */
function realDate(century: string | undefined, yy: string, mm: string, dd: string): boolean {
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1) return false;
  const year = century ? Number(century + yy) : 2000 + Number(yy);
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `text` holds something that is a valid personnummer or samordningsnummer. */
export function containsPersonalIdentityNumber(text: string | null | undefined): boolean {
  if (!text) return false;
  for (const match of text.matchAll(CANDIDATE)) {
    const [, century, yy, mm, dd, last4] = match;
    if (realDate(century, yy, mm, dd) && luhnValid(`${yy}${mm}${dd}${last4}`)) return true;
  }
  return false;
}

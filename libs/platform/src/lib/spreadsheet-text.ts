// A spreadsheet runs a text cell starting with one of these as a formula (CSV injection,
// OWASP "CSV Injection"): a region name or a source such as "=HYPERLINK(...)" must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;
// What `formulaSafe` wrote: the "'" it added before a formula-starting character.
const DEFUSED = /^'[=+\-@\t\r]/;

/** Text for a CSV cell: prefixed with "'" when a spreadsheet would run it as a formula. The one guard of every CSV export. */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell read back from a CSV that `formulaSafe` wrote: the "'" it added is dropped. */
export function formulaRestored(text: string): string {
  return DEFUSED.test(text) ? text.slice(1) : text;
}

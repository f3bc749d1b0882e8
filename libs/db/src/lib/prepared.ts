import { createHash } from 'node:crypto';

// Statement text → the name PostgreSQL keeps its parsed form (and, after five runs, its
// generic plan) under on each connection. Only statements whose text holds nothing but real
// parameters belong here: a parameter that switches a filter on or off (`$5 is null or …`)
// makes the generic plan slow, so such statements are built once per combination of filters.
const names = new Map<string, string>();

/**
 * Registers `text` as a named prepared statement and returns it unchanged: the tenant
 * transaction sends it with its name, so each connection parses and plans it once. The name
 * is derived from the text, so two modules registering the same text share one statement.
 */
export function prepared(text: string): string {
  if (!names.has(text)) names.set(text, `r_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`);
  return text;
}

/** The prepared-statement name of a registered text, or undefined for an ad-hoc statement. */
export function preparedName(text: string): string | undefined {
  return names.get(text);
}

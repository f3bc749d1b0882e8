// Matching region names as people type them in spreadsheets: accents, case, spacing, "Kab."
// and a missing "Kabupaten"/"Kota" do not matter for suggestions.

const KIND_PREFIX = /^(kabupaten|kota)\s+/;

/**
 * The comparison key of a region name: accents and case dropped, "Kab." written "Kabupaten",
 * punctuation and repeated spaces removed ("Kab.  Batanghéri" → "kabupaten batangheri").
 */
export function regionNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^kab\.?\s+/, 'kabupaten ')
    .replace(/^kab\.(?=\S)/, 'kabupaten ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The name without "Kabupaten"/"Kota" and without spaces: "Kota Pangkal Pinang" → "pangkalpinang". */
function bareKey(name: string): string {
  return regionNameKey(name).replace(KIND_PREFIX, '').replace(/\s/g, '');
}

/** Levenshtein distance (insertions, deletions, substitutions), two rows of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The names closest to a name that matched none (a near miss such as "Batanghéri" or
 * "Pangkalpinang"), best first: compared without accents, case, spaces and the "Kabupaten"/"Kota"
 * prefix, within an edit distance of a quarter of the name's length (at least 1, at most 3).
 * Ties keep the order of `names`. Empty when nothing is that close.
 *
 * @example closestNames("Batanghéri", ["Kabupaten Batanghari", "Kota Jambi"]) → ["Kabupaten Batanghari"]
 */
export function closestNames(query: string, names: readonly string[], limit = 3): string[] {
  const q = bareKey(query);
  if (!q) return [];
  const within = Math.min(3, Math.max(1, Math.floor(q.length / 4)));
  return names
    .map((name, i) => ({ name, i, d: editDistance(q, bareKey(name)) }))
    .filter((c) => c.d <= within)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, limit)
    .map((c) => c.name);
}

/** Folds text for accent- and case-insensitive search: "Hélène Lefèvre" → "helene lefevre". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchText(parts: ReadonlyArray<string | null | undefined>): string {
  return foldForSearch(parts.filter((p): p is string => !!p).join(' '));
}

/** Escapes LIKE wildcards so a user's "%" or "_" matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A lookup table keyed by words read from page text. It has no prototype: a page that says
 * "5 constructor died" or "toString" must find nothing, not Object's built-in methods (a plain
 * object literal once made "constructor" a casualty category).
 */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

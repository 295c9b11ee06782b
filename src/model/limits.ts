/** Size limits of the import format, each checked with a message that names the field. */
export const limits = {
  /** A name, title or locator. */
  shortText: 1_000,
  /** A quoted passage from a source document. */
  quote: 4_000,
  /** Any other free text (summaries, recommendations). */
  longText: 20_000,
  /** An id or local reference. */
  refLength: 300,
  /** One import file, in bytes. */
  fileBytes: 64 * 1024 * 1024,
  /** Items in one list property. */
  listItems: 1_000,
} as const;

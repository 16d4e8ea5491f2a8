/** What is known about a page beyond its claims: when it was published and which conflict(s) it covers. */
export { readPublished, readPublishedMetadata, publishedFromText, latestDateMentioned } from './published';
export { inferConflicts, paragraphConflicts, pageConflicts, conflictAt, type ParagraphConflict } from './infer';

/** Verification: build the lookup index once per dataset, then verify each claim against it. */
export { buildIndex, composeIndex, indexConflict, type ConflictIndex, type RecordIndex } from './record-index';
export { verify, type ClaimContext } from './verify';
export { inferDateWindow, type AnchorCandidate } from './date-window';
export type { Frame } from './time-window';

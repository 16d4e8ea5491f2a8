/** The hand-written fixture articles (tests/fixtures/articles): their ids and texts, for the tests that read them all. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(__dirname, '../fixtures/articles');

/** Every article's id (its file name without `.txt`), sorted. */
export function fixtureIds(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function fixtureText(id: string): string {
  return readFileSync(path.join(FIXTURE_DIR, `${id}.txt`), 'utf8');
}

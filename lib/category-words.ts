/**
 * What each category of figure is called, in one table: the tooltip, the popup, the options page
 * and the verifier's reasons all take their words from here, so `casualties` reads "killed and
 * wounded" everywhere (never "killed or wounded": the count is of both together, undifferentiated).
 */
import type { Category } from './claim';

export interface CategoryWords {
  /** After a number, in lists and reference lines: "1,200 killed and wounded". */
  counted: string;
  /** A figure's heading in the tooltip, with its own noun: "people killed". */
  people: string;
  /**
   * How a reference record of this category is named in reasons. The dataset's body records are
   * all handovers, hence "bodies returned"; the rest read as `counted`.
   */
  recorded: string;
  /** What the category takes in, for the options page's choice of what to mark. */
  help: string;
}

export const CATEGORY_WORDS: Record<Category, CategoryWords> = {
  killed: { counted: 'killed', people: 'people killed', recorded: 'killed', help: 'deaths' },
  wounded: { counted: 'wounded', people: 'people wounded', recorded: 'wounded', help: 'injured people' },
  casualties: {
    counted: 'killed and wounded',
    people: 'casualties (killed and wounded)',
    recorded: 'killed and wounded',
    help: 'killed and wounded together',
  },
  bodies: { counted: 'bodies', people: 'bodies', recorded: 'bodies returned', help: 'bodies recovered or returned' },
  missing: { counted: 'missing', people: 'people missing', recorded: 'missing', help: 'people missing' },
  captured: { counted: 'captured', people: 'people captured', recorded: 'captured', help: 'prisoners and captives' },
};

/**
 * A headline figure with no source of its own takes the source of the lead figure that restates
 * it (the same count, or the one it rounds), and only that one.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract';

function headline(text: string) {
  return extractClaims(text)[0];
}

describe('headline figures and the lead that gives their source', () => {
  it('takes the source of the rounded count under it', () => {
    const h = headline('Flood toll climbs to nearly 300 in the delta\n\nThe number of people killed by the floods reached 297 on Monday, the national disaster agency said.');
    expect(h.figure).toBe('nearly 300');
    expect(h.claimant).toBe('national disaster agency');
    expect(h.claimantType).toBe('official');
  });

  it('takes an independent monitor, so the figure is not left with no one behind it', () => {
    const h = headline(
      'Province death toll rises to 412\n\nAt least 412 people have been killed in the province since the clashes began, the Syrian Observatory for Human Rights said.',
    );
    expect(h.claimant).toMatch(/Observatory/);
    expect(h.claimantType).toBe('independent');
  });

  it('keeps no source when the lead gives another count', () => {
    // "Passes 2,800" is not "more than 3,000": the headline may be someone else's count.
    const h = headline('Quake toll passes 2,800\n\nThe government said more than 3,000 people had died in the quake.');
    expect(h.figure).toBe('2,800');
    expect(h.claimant).toBeNull();
  });

  it('keeps no source when the lead gives a range the headline only touches', () => {
    const h = headline('Up to 150 feared dead after village raid\n\nLocal leaders said between 80 and 150 villagers had been killed, and a rights group said at least 90.');
    expect(h.claimant).toBeNull();
  });

  it('keeps no source when the lead counts something else', () => {
    const h = headline('Ferry disaster: 40 dead\n\nRescuers pulled 40 survivors from the water, the coastguard said, and 12 people were injured.');
    expect(h.claimant).toBeNull();
  });

  it('leaves a figure in the body alone', () => {
    const claims = extractClaims('Officials met on Monday.\n\nSome 60 people were killed. The police said 60 bodies had been found.');
    expect(claims.find((c) => c.figure === 'Some 60')?.claimant ?? null).toBeNull();
  });

  it('takes the one source of the parts the total is made of', () => {
    const text =
      'Bodies of 130 soldiers brought home\n\nThe repatriation office said the bodies came from three fronts:\n\n- 100 from the eastern front;\n- 20 from the south;\n- 10 from the north.';
    const claims = extractClaims(text);
    expect(claims[0].figure).toBe('130');
    expect(claims.slice(1).every((c) => c.claimant === claims[1].claimant)).toBe(true);
    expect(claims[0].claimant).toBe(claims[1].claimant);
    expect(claims[0].claimant).not.toBeNull();
  });

  it('not when the parts do not add up to the total', () => {
    const text =
      'Bodies of 140 soldiers brought home\n\nThe repatriation office said the bodies came from three fronts:\n\n- 100 from the eastern front;\n- 20 from the south;\n- 10 from the north.';
    expect(extractClaims(text)[0].claimant).toBeNull();
  });

  it('counts a part once, not again through its own breakdown', () => {
    const text =
      '50 killed in clashes in two villages\n\nThe observatory said 40 people were killed in the first village, including 12 children. In the second village, 10 people were killed, the observatory said.';
    const claims = extractClaims(text);
    expect(claims.map((c) => c.figure)).toEqual(['50', '40', '12', '10']);
    expect(claims[0].claimant).toBe('observatory');
  });
});

import { describe, expect, it } from 'vitest';
import { timeScopeAt, timeScopeOf } from '../../../lib/extract/time-scope';

describe('timeScopeOf', () => {
  it.each([
    ['12,456 civilians have been killed since the full-scale invasion.', 'cumulative'],
    ['So far 300 people have died in the floods.', 'cumulative'],
    ['In total, 1,200 soldiers were captured.', 'cumulative'],
    ['The death toll has risen to 52.', 'cumulative'],
    ['Since October 2023, 40,000 people have been killed.', 'cumulative'],
    ['The mission says 12,900 civilians have been killed since 24 February 2022.', 'cumulative'],
    // Since whatever began the count: the war's own start, even when the month follows.
    ['The toll since the two armies began exchanging fire in October 2023 rose to 2,900.', 'cumulative'],
    ['Since the ceasefire began, 40 people have been killed.', 'period'],
    ['Three people were killed on Friday.', 'event'],
    ['Twelve died in the strike on the market.', 'event'],
    ['Russian drones killed two people overnight.', 'event'],
    ['A woman was killed when a shell hit her house.', 'event'],
    ['Thousands of soldiers have died.', null],
    // Period totals: a stated stretch that does not start with the war.
    ['At least 212 civilians were killed this month, the mission said.', 'period'],
    ['The monitors recorded 1,930 civilian deaths in 2023.', 'period'],
    ['In the first three months of the year, 880 people died in gang violence.', 'period'],
    ['Last week 64 aid seekers were shot dead near the sites.', 'period'],
    // When the figure was given is not the stretch it covers.
    ['Figures are hard to confirm, but last month an alliance official put the number of soldiers killed at 9,000.', null],
    ['Last week, the ministry said 3,100 soldiers had died since the invasion.', 'cumulative'],
    ['Nearly 600 people have been killed in the province since Sunday.', 'period'],
    ['Some 1,400 people have been killed since the fall of the government.', 'period'],
    ['Between January and March, 410 migrants drowned off the coast.', 'period'],
    ['In the past week the toll has risen to 316.', 'period'],
    ['During August, 77 civilians were killed and 301 injured.', 'period'],
    // The war's own start, or one day, are not periods.
    ['Since October 7, 9,500 people have been killed in the strip.', 'cumulative'],
    ['Since the full-scale invasion in 2022, 12,000 civilians have died.', 'cumulative'],
    ['In the past 24 hours, 51 bodies were brought to hospitals.', 'event'],
    ['On March 3 the army lost 25 men.', null],
    ['Since the start of the year, the governor has reported 19 civilian deaths.', 'period'],
    ["The toll from last week's floods has risen to 240, the government said.", 'cumulative'],
    ["The toll from Monday's earthquake in the south rose to 2,950 on Wednesday.", 'cumulative'],
    ["The toll from Tuesday's blasts had risen to 14, the minister said.", 'event'],
    ['In March, the president said 43,000 soldiers had been killed in the war.', null],
    ['The group says the army has killed 5,900 people since the 2021 coup.', 'cumulative'],
    ['Some 700 people have been killed near the sites since the end of May.', 'period'],
    ['Three men died at the scene.', 'event'],
  ])('%s → %s', (sentence, scope) => {
    expect(timeScopeOf(sentence)).toBe(scope);
  });
});

describe('timeScopeAt: each figure by its own clause', () => {
  const scopes = (sentence: string, ...figures: string[]) =>
    figures.map((f) => {
      const start = sentence.indexOf(f);
      return timeScopeAt(sentence, start, start + f.length);
    });

  it("tells a day's loss from the running total it brings the count to", () => {
    const s = 'The army said the enemy lost 1,240 troops in the past 24 hours, bringing its tally of losses to more than 650,000.';
    expect(scopes(s, '1,240', 'more than 650,000')).toEqual(['event', 'cumulative']);
  });

  it('falls back to the sentence when the clause says nothing', () => {
    const s = 'Since the war began, 9,000 civilians have been killed, the mission said.';
    expect(scopes(s, '9,000')).toEqual(['cumulative']);
  });

  it('does not break a clause at the comma inside a number', () => {
    const s = 'Officials said 1,500 people died in the earthquake on Monday.';
    expect(scopes(s, '1,500')).toEqual(['event']);
  });
});

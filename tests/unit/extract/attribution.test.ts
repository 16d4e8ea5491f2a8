import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract';

const claimants = (text: string) => extractClaims(text).map((c) => `${c.figure} ← ${c.claimant} (${c.claimantType})`);

describe('who a figure is attributed to', () => {
  it.each([
    ['Ukrainian officials claim that over 9,000 Russian soldiers have died in the fighting.', ['over 9,000 ← Ukrainian officials (belligerent)']],
    ['Over 9,000 Russian soldiers dead, Ukraine says', ['Over 9,000 ← Ukraine (belligerent)']],
    // A time of day inside the source's name.
    ["The agency's 8 a.m. bulletin said 27 people had died in the floods.", ["27 ← agency's bulletin (unknown)"]],
    // A time put before the subject is not part of the source's name.
    ['In March the interior ministry said 40 police officers had died.', ['40 ← interior ministry (official)']],
    ['Since 2023 the observatory has documented 3,100 deaths in the region.', ['3,100 ← observatory (independent)']],
    ['Cholera has killed more than 300 in the camps, WHO says', ['more than 300 ← WHO (un)']],
    ['According to the Syrian Observatory for Human Rights, 62 fighters died in the clashes.', ['62 ← Syrian Observatory for Human Rights (independent)']],
    ['The health ministry in Gaza said 112 people had died in the crush.', ['112 ← health ministry in Gaza (official)']],
    ['Ukrainian governor Oleh Syniehubov wrote on Telegram that two people were killed.', ['two ← Ukrainian governor Oleh Syniehubov (belligerent)']],
    ['Ukraine\'s defence ministry tweeted: "More than 1,500 corpses lie in the morgues of Dnipro."', ["More than 1,500 ← Ukraine's defence ministry (belligerent)"]],
    ['"Another 900 bodies were handed over today," Russian negotiator Ivan Petrov wrote on Telegram.', ['900 ← Russian negotiator Ivan Petrov (belligerent)']],
    ['Olena Kovalenko, a Ukrainian presidential aide, said on Friday that 3,000 bodies had been refused.', ['3,000 ← Olena Kovalenko (belligerent)']],
    ['At least 9 people died in the landslide, said Mohammed Adan, a spokesman for the Red Cross.', ['At least 9 ← Mohammed Adan (independent)']],
    ['The UN agency for refugees, UNHCR, said at least 40 displaced people were killed.', ['at least 40 ← UNHCR (un)']],
    ['A Nato source put the number of soldiers killed at between 7,000 and 15,000.', ['between 7,000 and 15,000 ← Nato source (intelligence)']],
    ['British defence intelligence estimates that 45,000 Russian soldiers have died.', ['45,000 ← British defence intelligence (intelligence)']],
    ['An AFP tally based on official figures shows 1,139 people were killed.', ['1,139 ← AFP tally based on official figures (media)']],
    ['Mediazona has confirmed the names of 86,000 Russian soldiers killed.', ['86,000 ← Mediazona (independent)']],
    ['Police said two men were shot dead outside the station.', ['two ← Police (official)']],
    ['Thirty people were killed in the strike.', ['Thirty ← null (unknown)']],
    ['More than 40 migrants drowned off the coast after their boat capsized, the coastguard said.', ['More than 40 ← coastguard (official)']],
    ['Eleven bodies have so far been recovered from the collapsed mine, local media reported.', ['Eleven ← local media (unknown)']],
    ['A spokesman for the regional administration told Reuters that 19 people had died.', ['19 ← spokesman for the regional administration (official)']],
    ['"Nine people have died," Dr Hassan Ali told the BBC.', ['Nine ← Dr Hassan Ali (unknown)']],
    ['The ministry, which is run by Hamas, said 34 people had been killed in the past 24 hours.', ['34 ← ministry (belligerent)']],
    ['Kenya Red Cross said 76 people had died in the floods so far.', ['76 ← Kenya Red Cross (independent)']],
    ['The attack killed 20 people, a local official told AFP on condition of anonymity.', ['20 ← local official (official)']],
    ['Russia\'s defence ministry claimed its forces had "eliminated" up to 1,400 Ukrainian servicemen.', ["up to 1,400 ← Russia's defence ministry (belligerent)"]],
    // A counting verb inside what someone reports: the reporter is the source, and whose count it
    // reports tells what kind of source it is.
    ['The army said soldiers had counted 12 bodies near the village.', ['12 ← army (belligerent)']],
    ['Officials said that rescue teams had registered 90 people as missing.', ['90 ← Officials (official)']],
    ['A port official said volunteers had registered 35 people as missing after the ferry sank.', ['35 ← port official (official)']],
    ["Maria Horvat, the parliament's human rights commissioner, said Kyiv had documented 150 killings of detainees.", ['150 ← Maria Horvat (belligerent)']],
    // The period of an initial or a title is part of the name.
    ['Three crew members were killed in the missile strike on the ship, according to the U.S. Navy.', ['Three ← U.S. Navy (unknown)']],
    ['Two soldiers died in the drone attack, U.S. Central Command said.', ['Two ← U.S. Central Command (unknown)']],
    ['At least 30 civilians were killed in the shelling, the U.N. human rights office said.', ['At least 30 ← U.N. human rights office (un)']],
    ['Eight patients were injured when the roof fell, according to Dr. Amal Haddad, who runs the clinic.', ['Eight ← Dr. Amal Haddad (unknown)']],
    // A relative clause about one figure does not close the sentence for the figure before it.
    ['A relatives group says 88 hostages are still held, including 30 whom the army has declared dead.', ['88 ← relatives group (unknown)', '30 ← army (belligerent)']],
    // A document that only repeats what someone counted names no source of its own.
    ['An earlier version of this story said the United Nations had put the toll at 4,200.', ['4,200 ← United Nations (un)']],
  ])('%s', (text, expected) => {
    expect(claimants(text)).toEqual(expected);
  });

  it('lets a sentence-closing ", X said" govern every figure before it', () => {
    const text = 'Kherson region has reported the most deaths, at least 40, Governor Roman Mrochko said.';
    expect(claimants(text)).toEqual(['at least 40 ← Governor Roman Mrochko (belligerent)']);
  });

  it('resolves "the charity" to the organisation named just before', () => {
    const text = 'According to Doctors of the Valley, the hospitals are overwhelmed. The charity said 45 patients had died of their wounds.';
    expect(claimants(text)).toEqual(['45 ← Doctors of the Valley (independent)']);
  });

  it('reads "no longer alive" as a death', () => {
    expect(extractClaims('Officials believe 80 hostages remain in the tunnels and that at least 20 of those are no longer alive.').map((c) => [c.figure, c.category])).toEqual([
      ['80', 'captured'],
      ['at least 20', 'killed'],
    ]);
  });

  it('resolves "He said" to the last named speaker', () => {
    const text = 'Ukrainian governor Vitaliy Kim spoke to reporters in Mykolaiv. He said four civilians had been killed.';
    expect(claimants(text)).toEqual(['four ← Ukrainian governor Vitaliy Kim (belligerent)']);
  });

  it('carries the claimant to the next unattributed figure in the same paragraph', () => {
    const text = 'The civil defence agency said 40 bodies had been recovered. Of those, 12 were children.\n\nIn 2010, floods killed 1,800 people.';
    expect(claimants(text)).toEqual(['40 ← civil defence agency (official)', '12 ← civil defence agency (official)', '1,800 ← null (unknown)']);
  });

  it('names the speaker of a quote given before its attribution', () => {
    const text = '"We have buried 60 people. Another 20 are still missing," said Amina Yusuf, a village elder.';
    expect(claimants(text)).toEqual(['60 ← Amina Yusuf (unknown)', '20 ← Amina Yusuf (unknown)']);
  });

  it('attributes a quoted paragraph to the speaker introduced on the line before', () => {
    const text = 'Regional governor Artem Lysohor on Telegram:\n"Five civilians were wounded in the shelling of Sievierodonetsk."';
    expect(claimants(text)).toEqual(['Five ← Regional governor Artem Lysohor (official)']);
  });
});

describe('agentless estimates go on with the passage’s source', () => {
  it('an "is estimated to have" figure takes the estimate named just before', () => {
    const text =
      'Western officials told the Gazette that one army had lost some 150,000 soldiers killed. \n\nThe other army is estimated to have suffered around 40,000 deaths in the same months.';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.figure, c.claimant])).toEqual([
      ['some 150,000', 'Western officials'],
      ['around 40,000', 'Western officials'],
    ]);
  });

  it('a count recorded by no one named takes the source quoted just before', () => {
    const text =
      '"From January to March, 940 people were killed by armed groups," a spokesman for the UN mission told reporters.\n\nIn the three months before, there were 812 killings recorded.';
    expect(extractClaims(text).map((c) => [c.figure, c.claimant])).toEqual([
      ['940', 'spokesman for the UN mission'],
      ['812', 'spokesman for the UN mission'],
    ]);
  });

  it('not when the writer says nobody keeps a count', () => {
    const text =
      'Commanders said 300 fighters were killed in the assault on Friday.\n\nOverall, the fighting is thought to have killed thousands of fighters, though no reliable figures exist.';
    expect(extractClaims(text).find((c) => c.figure === 'thousands')?.claimant).toBeNull();
  });

  it('not from a count of another kind (a handover is not an estimate of the war’s dead)', () => {
    const text = 'Officials said 212 bodies were handed back on Tuesday.\n\nAcross the front, the fighting is thought to have killed thousands of fighters.';
    expect(extractClaims(text).find((c) => c.figure === 'thousands')?.claimant).toBeNull();
  });
});

describe('acronyms spelled out earlier', () => {
  it('finds each body’s full name among several bracketed acronyms', () => {
    const text =
      'Two monitors, the Syrian Network for Human Rights (SNHR) and the Syrian Observatory for Human Rights (SOHR), keep counts.\n\nSOHR said 40 people were killed on Monday. SNHR said 35 people were killed.';
    expect(extractClaims(text).map((c) => c.claimant)).toEqual(['Syrian Observatory for Human Rights (SOHR)', 'Syrian Network for Human Rights (SNHR)']);
  });

  it('keeps an acronym the article never spells out', () => {
    expect(extractClaims('The ABCD said 12 people were killed.').map((c) => c.claimant)).toEqual(['ABCD']);
  });
});

describe('"the report" goes back to whoever published it, never to the page’s masthead', () => {
  it('names the body that published its report, not the outlet on the first line', () => {
    const text = [
      'Island Evening Report',
      '',
      'Gangs kill 30 in raid on port town',
      '',
      'The attack came after the UN mission, known as UNMIX, published its quarterly report. Between April and June, at least 940 people were killed across the country, the report said.',
    ].join('\n');
    const claims = extractClaims(text);
    expect(claims.find((c) => c.count === 940)?.claimant).toBe('UNMIX');
  });
});

describe('"according to figures …": numbers are nobody’s word, the document or body they come from is', () => {
  it('sends figures cited in a report back to the body that published it, and a later "It" to that body', () => {
    const text =
      'The UN monitoring office in Sudan published its quarterly update on Monday. Shelling hit 40 schools in the quarter, according to figures cited in the update. It recorded the deaths of 31 children in March and injuries to 95 more.';
    expect(claimants(text)).toEqual(['31 ← UN monitoring office in Sudan (un)', '95 ← UN monitoring office in Sudan (un)']);
  });

  it('gives no claimant for "according to figures" with no source named', () => {
    expect(claimants('At least 12 people died in the floods, according to figures.')).toEqual(['At least 12 ← null (unknown)']);
  });

  it('takes the source of "data published by …"', () => {
    expect(claimants('Some 2,300 people were killed in the region last year, according to data published by the Armed Conflict Location and Event Data project.')).toEqual([
      'Some 2,300 ← Armed Conflict Location and Event Data project (independent)',
    ]);
  });
});

describe('a report that goes on, and speakers set off by commas', () => {
  it('gives data lines after a ministry’s figures the ministry, but not "Read more:" links', () => {
    const text = [
      'Hospitals received 41 dead and 190 injured in the past day, the health ministry said in its daily report.',
      '',
      'Deaths from hunger: 3 in the past 24 hours. The total has risen to 190.',
      '',
      'Read more:',
      'Strike on a school kills 12',
    ].join('\n');
    expect(extractClaims(text).map((c) => [c.count, c.claimant])).toEqual([
      [41, 'health ministry'],
      [190, 'health ministry'],
      [3, 'health ministry'],
      [190, 'health ministry'],
      [12, null],
    ]);
  });

  it('reads ", for its part," as an aside, not as a possessive speaker', () => {
    expect(claimants('The defence ministry, for its part, claimed that the enemy had lost "up to 900 servicemen" in a day.')).toEqual([
      'up to 900 ← defence ministry (belligerent)',
    ]);
  });

  it('reads "claimed by" as naming the source, and the dash label as whose losses they are', () => {
    const claims = extractClaims('4. 700,000 — Russian losses (killed and wounded) claimed by Ukraine’s General Staff since 2022.');
    expect(claims.map((c) => [c.count, c.claimant, c.side, c.party])).toEqual([[700000, 'Ukraine’s General Staff', 'russia', 'Russian military']]);
  });
});

describe('no clause or noun phrase passed off as a source', () => {
  it('never takes a clause that ends in the generic word for the body ("Both were treated at the mission")', () => {
    const text =
      'The UN observer force (UNOF) said two peacekeepers were lightly hurt by a shell. Both were treated at the mission’s clinic and returned to duty. Six peacekeepers have been hurt since Monday, the mission said.';
    const claims = extractClaims(text);
    expect(claims.every((c) => c.claimant === null || !/\bBoth\b|treated/.test(c.claimant))).toBe(true);
  });

  it('sends "the mission said" to the UN mission the article named by its acronym', () => {
    const text =
      'The UN Interim Force in Lebanon (UNIFIL) said two peacekeepers were lightly hurt by a shell. Both were treated at the mission’s clinic. Six peacekeepers have been hurt since Monday, the mission said.';
    expect(extractClaims(text).map((c) => [c.count, c.claimant, c.claimantType])).toEqual([
      [2, 'UN Interim Force in Lebanon (UNIFIL)', 'un'],
      [6, 'UNIFIL', 'un'],
    ]);
  });

  it('reads "On almost every estimate" as a noun, not a speaker', () => {
    expect(claimants('Was it the deadliest war in Europe since 1945? On almost every estimate, yes. The Balkan wars killed an estimated 130,000 people.')).toEqual([
      'an estimated 130,000 ← null (unknown)',
    ]);
  });
});

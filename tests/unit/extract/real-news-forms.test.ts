/**
 * Forms of real news reports, as tables: each sentence (our own wording) with the figures it
 * must yield — count, category and, where the form sets one, subset or claimant — or none.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract';

const pick = (text: string) => extractClaims(text).map((c) => [c.count, c.category] as const);

describe('lexicon: verbs and nouns widened from real news', () => {
  it.each([
    ['Gunmen murdered 14 farmers in the village overnight.', [[14, 'killed']]],
    ['At least 60 passengers perished when the bus fell into the gorge.', [[60, 'killed']]],
    ['Militants abducted 27 schoolgirls from a dormitory.', [[27, 'captured']]],
    ['The group said 11 aid workers were still being held hostage.', [[11, 'captured']]],
    ['Nine soldiers gave their lives defending the bridge, the army said.', [[9, 'killed']]],
    // The figure quoted from a statement, its verb after the closing quote mark.
    ['The army said that "at least 23 Hamas and Islamic Jihad gunmen" had been eliminated in the raid.', [[23, 'killed']]],
    [
      'Of the 40 injured, 12 were deemed serious, doctors said.',
      [
        [40, 'wounded'],
        [12, 'wounded'],
      ],
    ],
    ['Some 82 servicemen returned from captivity on Friday.', [[82, 'captured']]],
    ['The rebels executed 19 prisoners after the town fell.', [[19, 'killed']]],
    ['Thirty-one villagers were slain in the raid.', [[31, 'killed']]],
    ['Three civilians were field-executed at a checkpoint, the monitor said.', [[3, 'killed']]],
    ['Police said 218 internally displaced people were killed in the shelters.', [[218, 'killed']]],
    ['Rescuers said four people aged 18 to 25 were killed in the blast.', [[4, 'killed']]],
    ['Six soldiers had been lost in the failed assault, the commander said.', [[6, 'casualties']]],
    ['The ministry recorded 52 kidnappings in the province this year.', [[52, 'captured']]],
    ['The group says 9,310 people were detained or forcibly disappeared under the old government.', [[9310, 'missing']]],
    [
      'A dozen were in a serious condition and a handful had died, a nurse said.',
      [
        [12, 'wounded'],
        [3, 'killed'],
      ],
    ],
    [
      'Eleven of the deaths were in the northern town, and four in the capital.',
      [
        [11, 'killed'],
        [4, 'killed'],
      ],
    ],
    [
      'The hospital said 40 people had died. The ministry put the number at 46.',
      [
        [40, 'killed'],
        [46, 'killed'],
      ],
    ],
  ] as [string, [number, string][]][])('%s', (text, want) => {
    expect(pick(text)).toEqual(want);
  });
});

describe('breakdowns: a lead governs the list after it', () => {
  it('reads a bracketed breakdown by sex and age, each item a subset', () => {
    const claims = extractClaims('In the quarter, 912 people (700 men, 170 women and 42 children) were killed, and another 388 (301 men, 70 women and 17 children) were injured.');
    expect(claims.map((c) => [c.count, c.category, c.subset])).toEqual([
      [912, 'killed', null],
      [700, 'killed', 'men'],
      [170, 'killed', 'women'],
      [42, 'killed', 'children'],
      [388, 'wounded', null],
      [301, 'wounded', 'men'],
      [70, 'wounded', 'women'],
      [17, 'wounded', 'children'],
    ]);
  });

  it('reads a per-region list after a colon as place subsets', () => {
    const claims = extractClaims('The monitor said 1,020 civilians were killed: 540 in Latakia, 300 in Tartus and 180 in Hama.');
    expect(claims.map((c) => [c.count, c.category, c.subset])).toEqual([
      [1020, 'killed', null],
      [540, 'killed', 'place-latakia'],
      [300, 'killed', 'place-tartus'],
      [180, 'killed', 'place-hama'],
    ]);
  });

  it('reads bracketed regional figures after a label', () => {
    const claims = extractClaims('The regions with the most named dead are Bashkortostan (4 120), Tatarstan (3 010) and Sverdlovsk (2 870).');
    expect(claims.map((c) => [c.count, c.category, c.subset])).toEqual([
      [4120, 'killed', 'place-bashkortostan'],
      [3010, 'killed', 'place-tatarstan'],
      [2870, 'killed', 'place-sverdlovsk'],
    ]);
  });

  it("reads bullet lines under a lead line that names the toll, with the lead paragraph's source", () => {
    const text =
      'The independent outlet Mediazona said on Friday it had named 98,000 dead soldiers.\n\nThe confirmed toll includes:\n\n* 20,100 volunteers\n* 13,400 recruited prisoners\n* 4,800 officers\n';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.count, c.category, c.subset])).toEqual([
      [98000, 'killed', null],
      [20100, 'killed', 'volunteers'],
      [13400, 'killed', 'recruited-prisoners'],
      [4800, 'killed', 'officers'],
    ]);
  });

  it('reads labelled list lines under a lead only when the label names a place or people', () => {
    const text = 'Deaths so far, by region:\n- Bashkortostan: 4 120\n- Civilians killed: 77\n- Aid trucks: 45\n* 12 buses\n';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.subset])).toEqual([
      [4120, 'killed', 'place-bashkortostan'],
      [77, 'killed', null],
    ]);
  });

  it('reads occupation groups after "Casualties included"', () => {
    const claims = extractClaims('Casualties included eight media workers, 19 employees of healthcare institutions, four humanitarian workers and 22 emergency service workers.');
    expect(claims.map((c) => [c.count, c.category, c.subset])).toEqual([
      [8, 'casualties', 'journalists'],
      [19, 'casualties', 'health-workers'],
      [4, 'casualties', 'aid-workers'],
      [22, 'casualties', 'emergency-workers'],
    ]);
  });

  it('reads "including N from …" and "with N … among them" as parts of the lead', () => {
    const claims = extractClaims(
      'The fatalities include 180 residents of the city, with 44 civilians among them. Additionally, 203 members of the security forces, including 12 from local tribes, were killed.',
    );
    expect(claims.map((c) => [c.count, c.category])).toEqual([
      [180, 'killed'],
      [44, 'killed'],
      [203, 'killed'],
      [12, 'killed'],
    ]);
  });
});

describe('"at least" over a coordination', () => {
  const qualifiers = (text: string) => extractClaims(text).map((c) => [c.count, c.qualifier]);
  it('bounds every figure of the clause', () => {
    expect(qualifiers('At least 31 villagers were killed and 57 wounded in the raid, the governor said.')).toEqual([
      [31, 'at_least'],
      [57, 'at_least'],
    ]);
    expect(qualifiers('The ministry said at least 12 soldiers and 9 civilians were killed.')).toEqual([
      [12, 'at_least'],
      [9, 'at_least'],
    ]);
  });

  it('leaves the parts of a breakdown, and figures after "as well as", as written', () => {
    expect(qualifiers('At least 31 people were killed, including 8 children.')).toEqual([
      [31, 'at_least'],
      [8, 'exact'],
    ]);
    expect(qualifiers('Clinics took in the bodies of at least 20 people, as well as 64 who were wounded.')).toEqual([
      [20, 'at_least'],
      [64, 'exact'],
    ]);
    expect(qualifiers('About 30 people were killed and 57 wounded.')).toEqual([
      [30, 'approx'],
      [57, 'exact'],
    ]);
  });
});

describe('a verbless line that splits the figure before it', () => {
  it('reads its figures as parts of that figure when they add up to it', () => {
    const claims = extractClaims('The ministry said 215 of its citizens had come home from captivity. 180 soldiers and 35 civilians.');
    expect(claims.map((c) => [c.count, c.category, c.claimant])).toEqual([
      [215, 'captured', 'ministry'],
      [180, 'captured', 'ministry'],
      [35, 'captured', 'ministry'],
    ]);
  });

  it("gives the parts the whole's side", () => {
    const claims = extractClaims('Moscow and Kyiv swapped prisoners again on Friday. In all, 215 Ukrainian prisoners came home. 180 soldiers and 35 civilians.');
    expect(claims.map((c) => [c.count, c.party, c.side])).toEqual([
      [215, 'Ukrainian prisoners', 'ukraine'],
      [180, 'Ukrainian soldiers', 'ukraine'],
      [35, 'Ukrainian civilians', 'ukraine'],
    ]);
  });

  it('leaves a short line alone when its numbers do not add up to the figure before', () => {
    expect(pick('At least 40 people died in the fire at the depot. Flights 220 and 310 were cancelled.')).toEqual([[40, 'killed']]);
    expect(pick('The ministry said 215 of its citizens had come home from captivity. 150 soldiers and 35 civilians.')).toEqual([[215, 'captured']]);
  });

  it('does not reach into the next paragraph', () => {
    expect(pick('The ministry said 215 of its citizens had come home from captivity.\n\n180 soldiers and 35 civilians.')).toEqual([[215, 'captured']]);
  });
});

describe('copulas, nominal forms and number forms', () => {
  it.each([
    ['The ministry said the toll since October 7 is 9,412.', 9412, 'killed', 'exact'],
    ['The number of dead Ukrainian soldiers — 27 000, the president said.', 27000, 'killed', 'exact'],
    ['No fewer than 118 soldiers have been lost in the offensive.', 118, 'casualties', 'at_least'],
    ['Losses could range from 150 000 to 210 000, the analysts wrote.', 150000, 'casualties', 'range'],
    ['Anywhere from 14 to 19 people remain missing, officials said.', 14, 'missing', 'range'],
    ['The death toll rose to more than 4,100 on Tuesday.', 4100, 'killed', 'more_than'],
    ['The agency said 1\u202f250 migrants drowned last year.', 1250, 'killed', 'exact'],
  ] as [string, number, string, string][])('%s', (text, count, category, qualifier) => {
    const [c] = extractClaims(text);
    expect([c?.count, c?.category, c?.qualifier]).toEqual([count, category, qualifier]);
  });

  it('reads an "N for N" exchange as one figure over the whole expression', () => {
    const text = 'The two sides completed a "500 for 500" prisoner swap on Sunday.';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.figure, c.count, c.category, c.timeScope])).toEqual([['500 for 500', 500, 'captured', 'event']]);
  });
});

describe('no false alarms', () => {
  it.each([
    'More than 140 pilot whales die after a mass stranding.',
    'Beloved singer dead at 69 after a long illness.',
    'Bodies of 24 sports federations sign a new charter.',
    'The two bodies that maintain the standard disagree on empty request bodies.',
    'Two stories of groups trapped in the mountains.',
    'Review: The Massacre of Two Families is a bleak film.',
    'Analysts warn that thousands could die if the clinics close.',
    'Officials said 200 others may have been exposed to the virus.',
    'We found 17 dead handlers in one repository.',
    'The maintainers said they had killed six background jobs.',
    'Officers rescued six of those abducted.',
    'The clinic treated 1,200 malnourished children last month.',
    'Doctors expect hundreds of people to die every day if nothing changes.',
    'Three men, aged 24, 31 and 45, were questioned.',
    'The company released 40 employees from their contracts before its shares returned to the stock exchange.',
  ])('%s', (text) => {
    expect(pick(text)).toEqual([]);
  });

  it('does not count equipment listed after soldiers', () => {
    expect(pick('Russia lost 1 230 soldiers and 37 artillery systems in a day')).toEqual([[1230, 'casualties']]);
  });
});

describe('claimants across sentences', () => {
  it("carries the paragraph's speaker to the next sentences until another is named", () => {
    const text = 'The Syrian Observatory for Human Rights said 310 people had been killed. Among the dead were 72 children. The interior ministry said 14 of its officers died.';
    expect(extractClaims(text).map((c) => c.claimant)).toEqual(['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', 'interior ministry']);
  });

  it('takes a source named after the figures ("The toll was given by …") and expands its acronym later', () => {
    const text = 'Fighting has claimed the lives of 402 people. The toll was given by the Syrian Observatory for Human Rights (SOHR).\n\nThe SOHR said 61 of them were executed.';
    expect(extractClaims(text).map((c) => c.claimant)).toEqual(['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights (SOHR)']);
  });

  it('never names the wire or the outlet, unless it compiled the tally', () => {
    const text =
      'BEIRUT (AFP) – Strikes killed four people, the health ministry said. The violence has killed at least 580 people, according to an AFP tally. Reuters reported that 12 people were wounded.';
    expect(extractClaims(text).map((c) => c.claimant)).toEqual(['health ministry', 'AFP tally', null]);
  });
});

describe('subsets: the part of a party a figure counts', () => {
  it.each([
    ['UNICEF said 31 children were killed in the strikes.', 'children'],
    ['At least 12 journalists have been killed this year, the press group said.', 'journalists'],
    ['A car bomb exploded near the market in Mogadishu on Friday, killing nine people.', 'place-mogadishu'],
    ['Nearly 420 people have been killed in Sweida province since Sunday, the monitor said.', 'place-sweida'],
    ['In Hatay province, the governor said 1,020 people had died.', 'place-hatay'],
    ['The ministry said 39,000 people have been killed in Gaza since the war began.', null],
    ['The floods killed 340 people in Pakistan, officials said.', null],
    ['Ukraine received 900 bodies under a deal agreed at talks in Istanbul.', null],
    ['The number of Palestinians killed passed 30,000 on a day when crowds surged toward a convoy in Gaza City.', null],
  ] as [string, string | null][])('%s → %s', (text, subset) => {
    expect(extractClaims(text)[0]?.subset ?? null).toBe(subset);
  });
});

describe('tolls worded around the figure', () => {
  it.each([
    [
      'The mission verified the deaths of 9 children in May and injuries to 41 more.',
      [
        [9, 'killed'],
        [41, 'wounded'],
      ],
    ],
    ['The monitor says the offensive claimed more than 2,300 civilian lives.', [[2300, 'killed']]],
    // "dead at" gives an age only for an age-sized number ("singer dead at 69").
    ['Western officials had put Russian dead at about 90,000 by the spring.', [[90000, 'killed']]],
    ['Veteran actor dead at 88 after a long illness.', []],
    // The words between a toll and its value may hold a date written day first.
    ['Russian personnel losses since 24 February 2022 have risen to about 901,000, Kyiv says.', [[901000, 'casualties']]],
    // "since May 27 to 922": a date, then the count, not a range from 27 to 922.
    ['That takes the number of martyrs among aid seekers since June 3 to 714, the ministry said.', [[714, 'killed']]],
    ['Of Friday’s martyrs, 19 were children, the ministry said.', [[19, 'killed']]],
    ['Most of the dead were fishermen, he said, including at least six teenagers.', [[6, 'killed']]],
    ['The militia said it had taken 31 soldiers prisoner near the river.', [[31, 'captured']]],
    ['The city recorded 52 homicides in the first half of the year.', [[52, 'killed']]],
    ['Fourteen women were taken into the forest as hostages, the village head said.', [[14, 'captured']]],
    [
      'Gunmen killed 30 villagers and 14 women were taken into the forest as hostages.',
      [
        [30, 'killed'],
        [14, 'captured'],
      ],
    ],
    ['The group said it could not yet locate the bodies of the other 11.', [[11, 'bodies']]],
    // A part's fate is its own verb's, not the whole's noun.
    [
      'Twelve of the 30 wounded later died in hospital, doctors said.',
      [
        [12, 'killed'],
        [30, 'wounded'],
      ],
    ],
    [
      'Four of the 15 hostages were killed in captivity, the army said.',
      [
        [4, 'killed'],
        [15, 'captured'],
      ],
    ],
    [
      'Two of the 40 injured are in critical condition.',
      [
        [2, 'wounded'],
        [40, 'wounded'],
      ],
    ],
    // Under rubble is not yet recovered: missing; a burial is of bodies.
    ['Hundreds remain buried under collapsed buildings, rescuers said.', [[200, 'missing']]],
    ['The 40 victims were buried in the village cemetery.', [[40, 'bodies']]],
    // A warning about the living is no count of the dead.
    ['Hundreds more face death within weeks unless aid arrives, the agency warned.', []],
    ['Nine people died on Monday; thousands face starvation.', [[9, 'killed']]],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });
});

describe('captives listed after a colon in the lead sentence', () => {
  it('reads the items of a list run into its lead, in a story about a prisoner swap', () => {
    const text =
      'Both sides handed over 175 prisoners of war on Friday. On its side, the coordination centre listed those freed: 120 members of the army, 41 marines and nine civilians held since 2022.';
    expect(pick(text)).toEqual([
      [175, 'captured'],
      [120, 'captured'],
      [41, 'captured'],
      [9, 'captured'],
    ]);
  });

  it('leaves a colon list alone when its lead names no casualties or captives', () => {
    expect(pick('The convoy carried supplies for the wounded. The agency listed what arrived: 120 tents, 41 generators and nine water tanks.')).toEqual([]);
  });

  it('reads a swap as a handover of captives', () => {
    expect(pick('Kyiv and Moscow swap 212 prisoners in a deal brokered by the Emirates')).toEqual([[212, 'captured']]);
  });
});

describe('shootings: who was shot, and who of them died', () => {
  it.each([
    // Shot, killed or not, is a count of casualties; "fatally" picks out the dead among them.
    [
      'Nine people were shot, three of them fatally, outside a nightclub early on Sunday, police said.',
      [
        [9, 'casualties'],
        [3, 'killed'],
      ],
    ],
    [
      'Cops: 7 shot, 2 fatally, on the east side',
      [
        [7, 'casualties'],
        [2, 'killed'],
      ],
    ],
    ['Gunmen shot dead 16 worshippers at a mosque, residents said.', [[16, 'killed']]],
    ['Two teenagers were fatally shot near the school.', [[2, 'killed']]],
    ['Four officers were shot and wounded during the raid.', [[4, 'wounded']]],
    // Fired at and missed, or aircraft brought down: nobody counted here was hit.
    ['Soldiers shot at 25 protesters but hit none, the ministry said.', []],
    ['Air defences shot down 31 drones over the region overnight.', []],
    // "before being shot by police": what later happened to someone else.
    ['The attacker wounded 8 at the market before being shot by police.', [[8, 'wounded']]],
    // A definition's threshold is no count.
    ['The archive counts an incident as a mass shooting when four or more people are shot.', []],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });
});

describe('a second subject joined to the first before the verb', () => {
  it.each([
    ['Two soldiers and a nurse died when the convoy was hit.', [[2, 'killed']]],
    ['Six children and their grandmother were killed in the strike, relatives said.', [[6, 'killed']]],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });
});

describe('breakdowns that point back to a figure', () => {
  it('a list under a lead line that refers to the figure before it ("It broke them down as follows:")', () => {
    const text = [
      'The monitor has recorded 2,410 deaths in the province since January. It broke them down as follows:',
      '- 1,630 civilians, including 205 children',
      '- 512 members of the security forces',
      '- 268 fighters from armed groups',
    ].join('\n');
    expect(extractClaims(text).map((c) => [c.count, c.category, c.claimant])).toEqual([
      [2410, 'killed', 'monitor'],
      [1630, 'killed', 'monitor'],
      [205, 'killed', 'monitor'],
      [512, 'killed', 'monitor'],
      [268, 'killed', 'monitor'],
    ]);
  });

  it('a breakdown a source "gave", with a line for the rest of the provinces', () => {
    const text = ['The agency gave the following breakdown of the dead by province:', '', '- Ancash: 41', '- Lima: 12', '- Junin and other provinces: 9'].join('\n');
    expect(extractClaims(text).map((c) => [c.count, c.category, c.claimant])).toEqual([
      [41, 'killed', 'agency'],
      [12, 'killed', 'agency'],
      [9, 'killed', 'agency'],
    ]);
  });

  it('a list under a lead line that neither names casualties nor points back is not read', () => {
    const text = ['Since January the monitor has recorded 2,410 deaths in the province. Aid deliveries this month:', '- 1,630 parcels', '- 512 tents'].join('\n');
    expect(extractClaims(text).map((c) => c.count)).toEqual([2410]);
  });

  it('a bracketed breakdown of "the dead", and the parts named after the bracket', () => {
    const text = 'The dead (30 civilians, 11 members of the National Guard and six gunmen) include four women and two children, the observatory said.';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.subset])).toEqual([
      [30, 'killed', null],
      [11, 'killed', null],
      [6, 'killed', null],
      [4, 'killed', 'women'],
      [2, 'killed', 'children'],
    ]);
  });
});

describe('figures with no noun of their own: a range of estimates, a rate', () => {
  it.each([
    // The estimates are of the toll the clause before them names.
    ['No one knows the real death toll; estimates range from 15,000 to 60,000.', [[15000, 'killed']]],
    ['Nobody has counted the dead since the siege began. Published estimates vary from 4,000 to 9,000.', [[4000, 'killed']]],
    // Estimates of something else are not casualty figures.
    ['Estimates of the damage range from 3,000 to 8,000 homes.', []],
    ['Millions have fled the fighting. Estimates range from 2,000 to 5,000 a week.', []],
    // A rate counts what its toll says.
    ['Analysts said losses had averaged about 700 a day over the winter.', [[700, 'casualties']]],
    ['Russian casualties were running at more than 1,100 a day, the ministry said.', [[1100, 'casualties']]],
    ['The artillery fired some 6,000 shells a day.', []],
  ] as const)('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });
});

describe('lists under a lead that names only figures, or whose last item ends the sentence', () => {
  it('reads a "The numbers are:" list after the sentence that says what they count, with its source', () => {
    const text = [
      'The civil protection agency has released its breakdown of the dead by district. The numbers, as of noon, are:',
      '',
      'Alto Valle: 812',
      '',
      'Riverside: 230',
    ].join('\n');
    expect(extractClaims(text).map((c) => [c.count, c.category, c.claimant])).toEqual([
      [812, 'killed', 'civil protection agency'],
      [230, 'killed', 'civil protection agency'],
    ]);
  });

  it('reads front directions as labels, and the last item that ends with a full stop', () => {
    const text = ['The bodies were handed over as follows:', '', 'Northern direction – 401;', '', 'Southern direction – 77;', '', 'Russian Federation – 12.'].join('\n');
    expect(pick(text)).toEqual([
      [401, 'bodies'],
      [77, 'bodies'],
      [12, 'bodies'],
    ]);
  });

  it('does not read a list of figures after a sentence about something else', () => {
    const text = ['The ministry has released its breakdown of aid deliveries by district. The numbers are:', '', 'Alto Valle: 812', '', 'Riverside: 230'].join('\n');
    expect(pick(text)).toEqual([]);
  });
});

describe('wire forms of this round: martyred, two plural subjects, comparisons, "whose bodies"', () => {
  it.each([
    [
      'Since the truce collapsed, 2,140 citizens have been martyred and 9,870 others injured.',
      [
        [2140, 'killed'],
        [9870, 'wounded'],
      ],
    ],
    ['The school said 14 pupils and teachers died when the roof fell in.', [[14, 'killed']]],
    ['The clinic said 9 students and residents were hurt in the blast.', [[9, 'wounded']]],
    // A comparison gives the same count at another time; against things it gives nothing.
    [
      'In May, 23 civilians were killed, compared with 57 in April.',
      [
        [23, 'killed'],
        [57, 'killed'],
      ],
    ],
    [
      'Road deaths fell to 14 this month, down from 31 in March.',
      [
        [14, 'killed'],
        [31, 'killed'],
      ],
    ],
    ['The unit lost 12 soldiers against 300 drones.', [[12, 'casualties']]],
    // "whose" names no one; the noun after it says what is counted.
    [
      'Hospitals received 61 dead, including five whose bodies were pulled from the rubble.',
      [
        [61, 'killed'],
        [5, 'bodies'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });

  it('gives "the same sources" the sources named fully before, and no place to "across the Strip"', () => {
    const text =
      'Medical sources in the enclave said on Monday that 40 people had been killed. Hospitals across the Strip received 12 more bodies overnight, according to the same sources.';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.count, c.claimant, c.subset])).toEqual([
      [40, 'Medical sources in the enclave', null],
      [12, 'Medical sources in the enclave', null],
    ]);
  });
});

describe('sentences that point back to the count just given', () => {
  it('reads "It includes …" and "… are on the list" as parts of the count, from its source', () => {
    const text = [
      'The most cautious figure comes from a joint project of Lenta Watch and the Volga Monitor, which check every name against obituaries. By May 1 they had confirmed the deaths of 98,400 soldiers by name.',
      '',
      'The tally is a floor, not an estimate. It includes about 16,200 volunteers who signed up after the invasion began, some 12,900 mobilised men and more than 14,000 recruited prisoners. At least 4,300 officers are on the list.',
    ].join('\n');
    expect(extractClaims(text).map((c) => [c.count, c.category, c.subset, c.claimant])).toEqual([
      [98400, 'killed', null, 'Lenta Watch and the Volga Monitor'],
      [16200, 'killed', 'volunteers', 'Lenta Watch and the Volga Monitor'],
      [12900, 'killed', 'mobilised', 'Lenta Watch and the Volga Monitor'],
      [14000, 'killed', 'recruited-prisoners', 'Lenta Watch and the Volga Monitor'],
      [4300, 'killed', 'officers', 'Lenta Watch and the Volga Monitor'],
    ]);
  });

  it('does not read a part that says its own fate as part of the count', () => {
    const text = 'The group said 4,100 people had been killed by the army since the coup. It includes 19,000 people still held as political detainees in its records.';
    expect(pick(text)).toEqual([[4100, 'killed']]);
  });

  it('reads "That running total passed …" as the count the sentence before names, on that side', () => {
    const text = "Kyiv's army publishes a daily figure for what it calls Russian personnel losses. That running total passed 900,000 in early May and stood at 903,120 on May 9.";
    expect(extractClaims(text).map((c) => [c.count, c.category, c.qualifier, c.side, c.claimant])).toEqual([
      [900000, 'casualties', 'more_than', 'russia', "Kyiv's army"],
      [903120, 'casualties', 'exact', 'russia', "Kyiv's army"],
    ]);
  });

  it('gives a toll its nearest toll word, and reads "was somewhere between"', () => {
    expect(pick('The survey put casualties at nearly 120,000, with deaths in the range of 20,000–35,000.')).toEqual([
      [120000, 'casualties'],
      [20000, 'killed'],
    ]);
    expect(pick('The true number of deaths by the end of 2023 was somewhere between 9,000 and 14,000, the study found.')).toEqual([[9000, 'killed']]);
  });

  it('sends "According to the statement" to whoever issued the statement the article mentioned', () => {
    const text = [
      '"The handover was carried out with the help of the Red Cross," the headquarters said in a statement.',
      '',
      'According to the statement, the remains were returned as follows:',
      '',
      'Northern direction – 301;',
      '',
      'Southern direction – 44.',
    ].join('\n');
    const earlier = 'The Coordination Headquarters for the Treatment of Prisoners of War said on Friday that 345 bodies had come home.\n\n';
    expect(extractClaims(earlier + text).map((c) => [c.count, c.claimant])).toEqual([
      [345, 'Coordination Headquarters for the Treatment of Prisoners of War'],
      [301, 'Coordination Headquarters for the Treatment of Prisoners of War'],
      [44, 'Coordination Headquarters for the Treatment of Prisoners of War'],
    ]);
  });
});

describe('breakdowns clause by clause, the dead brought to hospital, a long toll phrase', () => {
  it('reads each clause of "Of the dead, 14 were men, seven were women and two were children", with its group', () => {
    const text = 'Police said 23 people died in the crash. Of the dead, 14 were men, seven were women and two were children.';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.subset])).toEqual([
      [23, 'killed', null],
      [14, 'killed', null],
      [7, 'killed', 'women'],
      [2, 'killed', 'children'],
    ]);
  });

  it('gives "Of those, more than 18,000 were children" the children subset, never the whole toll', () => {
    const text = 'The ministry says 52,000 people have been killed. Of those, more than 15,000 were children.';
    expect(extractClaims(text).map((c) => [c.count, c.subset])).toEqual([
      [52000, null],
      [15000, 'children'],
    ]);
  });

  it('counts people brought to hospital dead as killed', () => {
    expect(pick('Medics said 38 people had been brought to hospitals dead since dawn, and that 140 others were wounded.')).toEqual([
      [38, 'killed'],
      [140, 'wounded'],
    ]);
    expect(pick('Medics said 38 people had been brought to hospital with burns.')).toEqual([[38, 'wounded']]);
  });

  it('reads a toll whose value comes after a long clause about the incident', () => {
    expect(
      pick(
        'The number of people killed when an overloaded ferry capsized and sank in heavy swell off the northern coast of the island late on Friday has risen to 41, officials said.',
      ),
    ).toEqual([[41, 'killed']]);
  });
});

describe('names and groups cleaned of what they are not', () => {
  it('gives "16 of them children" the party children, not "them children"', () => {
    const claims = extractClaims('The mayor said 140 people had been injured across the city, 16 of them children.');
    expect(claims.map((c) => [c.count, c.party, c.subset])).toEqual([
      [140, 'people', null],
      [16, 'children', 'children'],
    ]);
  });

  it('never runs an acronym’s spelled-out name over the headline above it', () => {
    const text = [
      'OCHA: 61 killed in the north between April and June',
      '',
      'The UN Office for the Coordination of Humanitarian Affairs (OCHA) said on Monday that 61 people were killed in the north between April and June. Of those, 12 were children, OCHA said.',
    ].join('\n');
    const claimants = new Set(extractClaims(text).map((c) => c.claimant));
    expect([...claimants].every((c) => c === null || c === 'OCHA' || c === 'UN Office for the Coordination of Humanitarian Affairs (OCHA)')).toBe(true);
  });
});

describe('things and ages that only sit near casualty words', () => {
  it.each([
    // Equipment after "as well as" is not more of the soldiers lost.
    ['The ministry said the enemy had lost up to 180 servicemen over the past day, as well as four armored combat vehicles and 11 motor vehicles.', [[180, 'casualties']]],
    ['Three refrigerated trucks carrying the remains crossed the border at dawn.', []],
    // A thing closes the counted phrase: the strikes are not the dead.
    ['Two Israeli strikes minutes apart on the hospital killed 19 people.', [[19, 'killed']]],
    ['Two tank crews were killed when the column was hit.', [[2, 'killed']]],
    // An age bound, not a count.
    ['She said people over 60 made up a large share of the dead.', []],
    ['Those over 65 were most of the victims, the report said.', []],
    ['Over 60 people were killed in the attack.', [[60, 'killed']]],
  ] as const)('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });

  it('names no source for "according to Islamic rites"', () => {
    const claims = extractClaims('“We buried 31 bodies this morning according to Islamic rites,” said Musa Bello, the district chairman.');
    expect(claims.map((c) => [c.count, c.claimant])).toEqual([[31, 'Musa Bello']]);
  });
});

describe('breakdowns after long clauses, the other end of a range, an inverted toll', () => {
  it.each([
    // A breakdown word right before the figure, after a clause with dates in it.
    [
      'Settlers and soldiers killed 88 Palestinians in the northern towns between February 3 and May 30 this year, among them 21 children, the office said.',
      [
        [88, 'killed'],
        [21, 'killed'],
      ],
    ],
    [
      'Officials named at least 25 officers killed in the raids, including the air force commander, as well as nine engineers.',
      [
        [25, 'killed'],
        [9, 'killed'],
      ],
    ],
    // "from around 150 to as many as 600": both ends of the estimates.
    [
      'The toll remains disputed, with estimates ranging from around 150 to as many as 600.',
      [
        [150, 'killed'],
        [600, 'killed'],
      ],
    ],
    // One breakdown, clause by clause, with a longer first clause.
    [
      'Relatives said dozens of the dead were farm workers, and at least 12 were women.',
      [
        [24, 'killed'],
        [12, 'killed'],
      ],
    ],
    // A long time phrase between the losses and their value.
    ['Kyiv said this brought total Russian personnel losses since the start of the full-scale invasion to about 990,000.', [[990000, 'casualties']]],
    // The toll after the figure says what it counts.
    ['The new deaths bring to 45 the number of people killed in the floods.', [[45, 'killed']]],
    ['Tuesday’s handover brings to 12 the number of dead hostages returned.', [[12, 'bodies']]],
    ['The deliveries bring to 45 the number of aid trucks that have crossed.', []],
  ] as const)('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });
});

describe('this round’s third batch: governing nouns, clause breaks, lists after a colon, ratios', () => {
  it.each([
    // The noun that governs the figure beats a verb of a later clause.
    [
      'Since January, shelling has claimed the lives of 97 civilians in the region, among them six children, and 540 people have been wounded.',
      [
        [97, 'killed'],
        [6, 'killed'],
        [540, 'wounded'],
      ],
    ],
    // "as" opens another clause with its own subject and verb.
    [
      'Strikes kill 14 in the south as three peacekeepers are hurt',
      [
        [14, 'killed'],
        [3, 'wounded'],
      ],
    ],
    // A breakdown led by the group it splits.
    [
      'Of the dead across the district, 120 were men, 41 were women and 19 were children, officials said.',
      [
        [120, 'killed'],
        [41, 'killed'],
        [19, 'killed'],
      ],
    ],
    ['Four members of one family lost their lives when the wall fell.', [[4, 'killed']]],
    ['In 2019 insurgents beheaded more than 40 villagers in the district.', [[40, 'killed']]],
    // "of them" after a figure of things is part of those things.
    ['Air defences destroyed 61 drones overnight, 25 of them over the border region.', []],
    [
      'The army says 700 soldiers have been killed since the attack of 7 October 2023, 300 of them in the ground offensive.',
      [
        [700, 'killed'],
        [300, 'killed'],
      ],
    ],
    // A ratio is no count.
    ['Historians assume that three or four soldiers are wounded for every one killed.', []],
  ] as const)('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });

  it('reads a list of places after a colon, each with its place', () => {
    const text = 'The authority said 240 people had died since Friday. It listed the district tolls as follows: Shangla 36, Swat 22 and Lower Dir 5.';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.subset])).toEqual([
      [240, 'killed', null],
      [36, 'killed', 'place-shangla'],
      [22, 'killed', 'place-swat'],
      [5, 'killed', 'place-lower-dir'],
    ]);
  });
});

describe('a breakdown by age that goes on over sentences', () => {
  it('reads each age group, in the sentence and the ones after it, as parts of the dead', () => {
    const text =
      'The coroner gave a breakdown of the dead by age. Of the 33 victims, 20 were aged 18 to 24 and seven were between 25 and 34. Four were teenagers aged 16 and 17. The other two were staff members.';
    expect(pick(text)).toEqual([
      [33, 'killed'],
      [20, 'killed'],
      [7, 'killed'],
      [4, 'killed'],
      [2, 'killed'],
    ]);
  });

  it('does not read the next sentence’s people arrested or freed as the dead', () => {
    expect(pick('Police said 12 people were killed in the raid. Two were arrested at the scene.')).toEqual([[12, 'killed']]);
    expect(pick('Police said 12 people were killed in the raid. Three were rescued from the river.')).toEqual([[12, 'killed']]);
  });

  it('still reads "aged 24, 31 and 45" as ages', () => {
    expect(pick('Three men, aged 24, 31 and 45, were killed.')).toEqual([[3, 'killed']]);
  });
});

describe('forms of the seventh round: named lists, comparisons with dates, owners of a count', () => {
  const rows = (text: string) => extractClaims(text).map((c) => [c.count, c.category, c.qualifier] as const);

  it('counts a list of the dead by its names, and the parts the next sentence gives', () => {
    const text = [
      'The Steppe Ledger and Radio Kama add a soldier only once an obituary or a relative confirms his death. By early May their list held 87,240 names.',
      'Among them are 14,100 former convicts recruited by the army, about 9,300 mobilised men and more than 3,800 officers, the two outlets said.',
    ].join(' ');
    expect(extractClaims(text).map((c) => [c.count, c.category, c.subset])).toEqual([
      [87240, 'killed', null],
      [14100, 'killed', 'recruited-prisoners'],
      [9300, 'killed', 'mobilised'],
      [3800, 'killed', 'officers'],
    ]);
  });

  it('reads "had listed more than N" by a project compiling the names of the fallen, and a mid-sentence "the list also includes"', () => {
    expect(rows('A volunteer project that compiles the names of fallen servicemen from public posts had listed more than 52,000 by the end of March.')).toEqual([
      [52000, 'killed', 'more_than'],
    ]);
    const text =
      'Their register of the dead passed 61,000 names this spring. Contract soldiers are the largest group, but the list also includes some 9,400 former prisoners and more than 7,000 men called up in 2022.';
    expect(rows(text).map(([count]) => count)).toEqual([61000, 9400, 7000]);
  });

  it('reads a comparison or a colon list after a figure even when dates stand between them', () => {
    expect(rows('The database counted 211 medics killed worldwide in 2023, up from 164 in 2022, its highest figure yet.')).toEqual([
      [211, 'killed', 'exact'],
      [164, 'killed', 'exact'],
    ]);
    const list = rows('Nine of its engineers have been killed since March 2022: five in Kharkiv, three in Sumy and one in Odesa.');
    expect(list).toEqual([
      [9, 'killed', 'exact'],
      [5, 'killed', 'exact'],
      [3, 'killed', 'exact'],
      [1, 'killed', 'exact'],
    ]);
    // The lead's group is not given the first item's place, and no item takes a sibling's.
    const parties = extractClaims('Nine of its engineers have been killed since March 2022: five in Kharkiv, three in Sumy and one in Odesa.').map((c) => c.party);
    expect(parties[0]).not.toMatch(/Kharkiv/);
    expect(parties[2]).not.toMatch(/Kharkiv/);
  });

  it('reads a long comparison clause after the source ("…, the office said in its note, up from 318 in May")', () => {
    expect(
      rows('At least 402 civilians were killed in June, the rights office said in its monthly note on Friday, up from 318 in May and the most in a single month this year.').map(
        ([n]) => n,
      ),
    ).toEqual([402, 318]);
  });

  it('reads the copula left out of a breakdown by sex, and a breakdown going on after "It said"', () => {
    const text = 'Of the dead, 30 were men and 19 women, the bulletin said. It said 22 were aged over 65 and six were under 16.';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.subset])).toEqual([
      [30, 'killed', null],
      [19, 'killed', 'women'],
      [22, 'killed', null],
      [6, 'killed', null],
    ]);
  });

  it('reads captives coming back from captivity, counted by nationality, and a list after them', () => {
    expect(rows('The talks ended hours after 52 Georgians came back from captivity in a separate swap.')).toEqual([[52, 'captured', 'exact']]);
    expect(rows('The prisoner exchange, brokered by Qatar, freed 46 Ukrainians: 20 civilians and 26 servicemen.')).toEqual([
      [46, 'captured', 'exact'],
      [20, 'captured', 'exact'],
      [26, 'captured', 'exact'],
    ]);
  });

  it('reads soldiers who surrendered as captured, people under the rubble as missing', () => {
    expect(rows('The ministry says more than 600 enemy soldiers have surrendered in the district since spring.')).toEqual([[600, 'captured', 'more_than']]);
    expect(rows('About 3,000 more people are believed to lie under the rubble of flattened homes, the rescue service said.')).toEqual([[3000, 'missing', 'approx']]);
  });

  it('reads counts made a certain way before their noun ("reported fatalities", "confirmed deaths")', () => {
    const [claim] = extractClaims('The monitor has recorded more than 12,000 reported fatalities since the fighting began.');
    expect([claim.count, claim.category, claim.party]).toEqual([12000, 'killed', null]);
    expect(rows('The city counted 410 confirmed deaths by Sunday.')).toEqual([[410, 'killed', 'exact']]);
  });

  it('reads a running total that a headline adds after the day’s figure, and "it stood at" after a named tally', () => {
    const headline = extractClaims('General Staff: enemy loses 960 troops in a day, total passes 640,000');
    expect(headline.map((c) => [c.count, c.qualifier, c.timeScope])).toEqual([
      [960, 'exact', 'event'],
      [640000, 'more_than', 'cumulative'],
    ]);
    const text =
      'Every morning the army’s press service posts a running count of what it calls enemy personnel losses. On Monday it stood at 712,400, including 880 over the previous day.';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.claimant])).toEqual([
      [712400, 'casualties', 'army’s press service'],
      [880, 'casualties', 'army’s press service'],
    ]);
  });

  it('reads a corrected figure and "up from" pointing back to the count before, within its paragraph only', () => {
    const text = 'The toll was revised after some victims were counted twice, the agency said. "The correct figure tonight is 23." Earlier the governor had given a toll of 25.';
    expect(rows(text)).toEqual([
      [23, 'killed', 'exact'],
      [25, 'killed', 'exact'],
    ]);
    expect(rows('The army said 640 troops were lost over the past day. The daily number was up from 590 on Tuesday.')).toEqual([
      [640, 'casualties', 'exact'],
      [590, 'casualties', 'exact'],
    ]);
  });

  it('reads "as high as" as an upper bound of a toll that "put … the number of dead" introduces', () => {
    expect(rows('Some estimates put the real number of dead as high as 90,000.')).toEqual([[90000, 'killed', 'up_to']]);
  });

  it('reads losses counted with no thing named as people when the passage is about personnel', () => {
    const text = 'The bulletin counts enemy personnel losses, killed and wounded together. In April alone it recorded 28,300 Russian losses, or about 940 a day.';
    expect(rows(text)).toEqual([
      [28300, 'casualties', 'exact'],
      [940, 'casualties', 'approx'],
    ]);
    expect(rows('The brigade destroyed 14 tanks and 30 armoured vehicles; the army counted 44 Russian losses in equipment.')).toEqual([]);
  });

  it('flags no rate, no count of events and no victims of abuse', () => {
    expect(rows('Planners assume about one dead for every four wounded in such fighting.')).toEqual([]);
    expect(rows('It has handed over the remains of 120 fighters, 12 for each soldier returned.').map(([n]) => n)).toEqual([120]);
    expect(rows('The office put the number of settler attacks that caused casualties at more than 900 last year.')).toEqual([]);
    expect(rows('The mission recorded 150 civilians injured, as well as 61 victims of conflict-related sexual violence.').map(([n]) => n)).toEqual([150]);
    expect(rows('Aid groups reported at least 25 deaths in Umm Kadada and two nearby hamlets.').map(([n]) => n)).toEqual([25]);
  });
});

describe('claimants of the seventh round', () => {
  const who = (text: string) => extractClaims(text).map((c) => c.claimant);

  it('gives the figure to the one who announces it, not to a speaker inside a relative clause about its noun', () => {
    expect(who('Kyiv took back 640 bodies that Moscow says are those of its soldiers, the repatriation office announced on Tuesday, a day after a swap.')).toEqual([
      'repatriation office',
    ]);
  });

  it('reads the owner of a count as its source when nobody in the sentence says it', () => {
    expect(who('Lebanon’s health ministry gave its daily update. With the new deaths, the ministry’s overall toll rose to 3,010 killed and 12,400 wounded.')).toEqual([
      'Lebanon’s health ministry',
      'Lebanon’s health ministry',
    ]);
    expect(who('OCHA’s latest figures show 301 people killed by settlers this year.')).toEqual(['OCHA']);
    // A speaker in the sentence wins over the owner of the data it quotes.
    expect(who('UNICEF said that more than 9,000 children had been killed, a figure drawn from the health ministry’s data.')).toEqual(['UNICEF']);
  });

  it('carries a list lead that only names whose breakdown it is back to the source named before', () => {
    const text = [
      'The health ministry said 40 people were killed on Monday.',
      '',
      'The ministry’s breakdown of its other figures:',
      '',
      '- Killed since March: 9,870',
      '- Injured since March: 40,210',
    ].join('\n');
    expect(who(text)).toEqual(['health ministry', 'health ministry', 'health ministry']);
  });

  it('reads a record kept, posted or broken down as reported by its keeper, without the time before the name', () => {
    expect(who('The Steppe Ledger and Radio Kama keep a list of soldiers whose deaths are confirmed. As of this week the list held 50,210 names.')).toEqual([
      'Steppe Ledger and Radio Kama',
    ]);
    expect(who('OCHA broke the deaths down by cause:\n\n• killed by air strikes: 210\n• killed by shelling: 95')).toEqual(['OCHA', 'OCHA']);
    expect(who('Fighting broke out at dawn and 12 people were killed.')).toEqual([null]);
    expect(who('Moscow does not publish its own losses. Its ministry said 300 enemy troops were killed.')).not.toContain('Moscow does not');
  });

  it('names an anonymous speaker described by a relative clause before the verb', () => {
    expect(who('A European diplomat who spoke on condition of anonymity put the toll at more than 3,000 soldiers killed.')).toEqual(['European diplomat']);
    expect(who('The market was hit at noon. One doctor, who asked not to be named, said 26 people were killed.')).toEqual(['doctor']);
  });

  it('gives a count that the next paragraph points back to the source that paragraph names, not the figure before it', () => {
    const text = [
      'A Western official put Russian casualties at about 600,000.',
      '',
      'Kyiv’s General Staff publishes a daily count of Russian personnel losses. That running total passed 700,000 in May.',
    ].join('\n');
    expect(who(text)).toEqual(['Western official', 'Kyiv’s General Staff']);
  });

  it('gives "an earlier statement" to the last speaker named, and a table row to its source column', () => {
    expect(who('Two people were killed in the port, the regional administration said. An earlier statement had put the number of injured at three.')).toEqual([
      'regional administration',
      'regional administration',
    ]);
    const table = ['| Side | Source | Killed |', '|---|---|---|', '| North | Relief Watch, May 2025 | 4,100 |', '| South | Health office | 2,900 |'].join('\n');
    expect(who(table)).toEqual(['Relief Watch', 'Health office']);
    // A table whose rows are read by their labels ("Enemy killed and wounded") names its source column too.
    const labelled = ['| Source | Measure | Figure |', '|---|---|---|', '| Border Monitor | Enemy killed and wounded | about 82,000 |'].join('\n');
    expect(who(labelled)).toEqual(['Border Monitor']);
  });

  it('gives a document named alone to whoever issued it earlier, however far back', () => {
    const text = [
      'At least 410 civilians were killed in the east in May, the Lakeside Rights Office said in its monthly note.',
      '',
      'The office also counted 96 abductions. Government troops were blamed for some of them. Rebel groups denied any role. Aid convoys were stopped twice.',
      '',
      'Deaths by district, according to the note:',
      '',
      '- Upper Valley: 230',
      '- Lower Valley: 180',
      '',
      'Police officers were responsible for at least 31 killings, the note said.',
    ].join('\n');
    // The abductions, both districts and the police killings: all the office's.
    expect(who(text)).toEqual(Array(5).fill('Lakeside Rights Office'));
    // A note nobody was said to have issued stays the note's.
    expect(who('At least 31 people were killed, the note said.')).toEqual(['note']);
  });

  it('reads a project described by a relative clause, and "by the X’s own tally", as the source', () => {
    expect(who('The Fallen Names project, which gathers obituaries from regional papers and family posts, had listed more than 52,000 soldiers killed by July.')).toEqual([
      'Fallen Names project',
    ]);
    expect(
      who('The Harbour Aid Network said it would keep reporting. By the Network’s own tally of public reports, at least 140 medics have been killed since the war began.'),
    ).toEqual(['Harbour Aid Network']);
    expect(who('By a Northern Post tally, 61 people died in the floods.')).toEqual(['Northern Post tally']);
  });
});

describe('forms of the eighth round: captives who died', () => {
  it('counts captives whose death or wounds the sentence reports as dead or wounded, not as held', () => {
    expect(pick('Officials believe at least 37 hostages were killed in captivity.')).toEqual([[37, 'killed']]);
    expect(pick('Six prisoners of war were killed when the camp was shelled.')).toEqual([[6, 'killed']]);
    expect(pick('Two captives were wounded during the transfer.')).toEqual([[2, 'wounded']]);
    // Captives freed or returned stay captives.
    expect(pick('Nine hostages were released on Sunday.')).toEqual([[9, 'captured']]);
    expect(pick('The army returned 150 prisoners of war.')).toEqual([[150, 'captured']]);
  });

  it('keeps the whole of a part as captives, and reads the bodies of part of them as bodies', () => {
    // "Three of the 12 hostages were killed": the three died; the 12 were held.
    expect(pick('Three of the 12 hostages were killed.')).toEqual([
      [3, 'killed'],
      [12, 'captured'],
    ]);
    // A relative clause says it of the whole: the 24 were dead, the nine are bodies returned.
    expect(pick('The bodies of nine of the 24 hostages who were believed to be dead have been returned.')).toEqual([
      [9, 'bodies'],
      [24, 'killed'],
    ]);
  });

  it('counts hostages believed alive as still held, and people found alive as nobody’s loss', () => {
    expect(pick('When the truce began, 51 hostages were still in Gaza: 22 believed alive and 29 believed dead.')).toEqual([
      [51, 'captured'],
      [22, 'captured'],
      [29, 'killed'],
    ]);
    expect(pick('Of the 30 people kidnapped from the village, 11 were found alive.')).toEqual([[30, 'captured']]);
    expect(pick('Divers found four miners alive on Tuesday.')).toEqual([]);
  });

  it('counts people treated for heatstroke or hypothermia as injured, and the merely sick as no casualties', () => {
    expect(pick('Hospitals in the city have treated more than 1,400 people for heatstroke and dehydration since Friday.')).toEqual([[1400, 'wounded']]);
    expect(pick('Rescue teams treated 38 people for hypothermia after the storm.')).toEqual([[38, 'wounded']]);
    expect(pick('Clinics treated 250 children for dehydration and fever.')).toEqual([]);
  });
});

describe('forms of the eighth round: press releases, rows of measures, besieged people', () => {
  const who = (text: string) => extractClaims(text).map((c) => c.claimant);
  const release = (body: string[]) =>
    ['PRESS RELEASE', '', 'Riverside Medical Aid', '', 'For immediate release | Nairobi, 3 May 2025', '', 'Clinics overwhelmed as fighting spreads', '', ...body].join('\n');

  it('gives the figures a release states in its own first person to its publisher', () => {
    const text = release([
      'Between 1 and 20 April, our clinic in Kadugli received 85 wounded, 9 of whom died.',
      '',
      'Of the wounded, 31 were children.',
      '',
      'Our staff have not been spared. Two nurses were killed on 14 April.',
      '',
      '“We buried four patients in one day,” said Dr Lena Okafor, our coordinator.',
      '',
      'The local health office said 140 people had been killed across the state.',
    ]);
    expect(who(text)).toEqual(['Riverside Medical Aid', 'Riverside Medical Aid', 'Riverside Medical Aid', 'Riverside Medical Aid', 'Dr Lena Okafor', 'local health office']);
    // The notes to editors name the publisher too.
    expect(who('Our teams treated 60 wounded people this week.\n\nNotes to editors: Harbour Health Network runs three clinics in the region.')).toEqual(['Harbour Health Network']);
  });

  it('leaves an unquoted "we" in a news article to nobody', () => {
    expect(who('Our reporters saw 12 bodies at the morgue on Tuesday.')).toEqual([null]);
  });

  it('reads each cell of a row of labelled measures by its own label', () => {
    expect(pick('Killed: 12 | Injured: 40 | Rescued: 9')).toEqual([
      [12, 'killed'],
      [40, 'wounded'],
    ]);
    expect(pick('Deaths: 14 | Surgeries: 63 | Malnutrition admissions: 410')).toEqual([[14, 'killed']]);
  });

  it('counts no people trapped in a besieged city, and people trapped under rubble as missing', () => {
    expect(pick('Some 180,000 people remain trapped inside the city with little food or clean water.')).toEqual([]);
    expect(pick('At least 40 people are trapped in the collapsed building.')).toEqual([[40, 'missing']]);
  });

  it('reads a quake toll past its magnitude, a toll revised from a figure, and people still under the rubble', () => {
    expect(pick('The death toll from Sunday’s magnitude 6.9 earthquake rose to 1,420 on Tuesday.')).toEqual([[1420, 'killed']]);
    expect(pick('The tally was later revised down from 1,433 given at a briefing.')).toEqual([[1433, 'killed']]);
    expect(pick('The number of missing was revised down from 210.')).toEqual([[210, 'missing']]);
    expect(pick('Rescuers said 40 workers were still believed to be under the rubble.')).toEqual([[40, 'missing']]);
    expect(pick('Six cars were under the rubble.')).toEqual([]);
  });

  it('gives "the broadcaster" the station named before it', () => {
    expect(who('At least 88 people were killed, the state-run Kaya Radio station reported. The broadcaster said the toll had stood at 60 on Sunday.')).toEqual([
      'state-run Kaya Radio station',
      'state-run Kaya Radio station',
    ]);
  });

  it('counts executions and lynchings as killings, and gives a report published by a body to that body', () => {
    expect(pick('The office also documented 31 alleged summary executions by soldiers.')).toEqual([[31, 'killed']]);
    expect(pick('Residents carried out 40 lynchings of suspected thieves.')).toEqual([[40, 'killed']]);
    expect(who('At least 950 people were killed in the quarter, according to a report published on Tuesday by the Coastal Rights Office.')).toEqual(['Coastal Rights Office']);
    // "Of all those killed" points back to the figure before.
    expect(who('The Coastal Rights Office said 950 people were killed.\n\nOf all those killed, at least 80 were children.')).toEqual([
      'Coastal Rights Office',
      'Coastal Rights Office',
    ]);
  });

  it('reads "in all of 2024" as a period total', () => {
    expect(extractClaims('In all of 2024, the office counted 4,310 people killed.').map((c) => c.timeScope)).toEqual(['period']);
  });

  it('reads the dead recovered from the rubble as bodies, and people pulled out alive as no casualties', () => {
    expect(pick('Hospitals received 54 dead, including seven recovered from under rubble, and 210 injured.')).toEqual([
      [54, 'killed'],
      [7, 'bodies'],
      [210, 'wounded'],
    ]);
    expect(pick('Civil defence said 9 people were killed and three were pulled from the rubble alive.')).toEqual([[9, 'killed']]);
  });

  it('never takes a country as a place subset, and looks past it for the district', () => {
    const subsets = (t: string) => extractClaims(t).map((c) => c.subset);
    expect(subsets('At least 540 civilians were killed in the Democratic Republic of the Congo in June, the UN office said.')).toEqual([null]);
    expect(subsets('Rescuers in western Nepal searched for some 40 people believed to be trapped after a landslide in Jajarkot district.')).toEqual(['place-jajarkot']);
  });

  it('reads a list by place run into its lead ("in X, four; in Y, two"), and a ministry giving the day’s dead', () => {
    const text = 'The ministry gave the day’s dead by district: in Hasbaya, four; in Saida, two; in Jezzine, six.';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.subset, c.claimant])).toEqual([
      [4, 'killed', 'place-hasbaya', 'ministry'],
      [2, 'killed', 'place-saida', 'ministry'],
      [6, 'killed', 'place-jezzine', 'ministry'],
    ]);
    // A name and an age after a colon are no place and figure.
    expect(pick('Two others are presumed dead: Dana Levi, 24; and Omer Katz, 31.')).toEqual([[2, 'killed']]);
  });

  it('reads groupings of forces under a losses lead, and a breakdown "By nationality" of the count before', () => {
    const groupings = [
      'The enemy lost up to 900 servicemen, the ministry said. Its losses by grouping of forces:',
      '',
      'North group: up to 300 servicemen',
      'West group: more than 600 servicemen',
    ].join('\n');
    expect(pick(groupings)).toEqual([
      [900, 'casualties'],
      [300, 'casualties'],
      [600, 'casualties'],
    ]);
    const nations = ['Nine peacekeepers were killed in the fighting, and at least 20 were wounded. By nationality:', '', 'Ghana – 5', 'Nepal – 4'].join('\n');
    expect(pick(nations)).toEqual([
      [9, 'killed'],
      [20, 'wounded'],
      [5, 'killed'],
      [4, 'killed'],
    ]);
  });

  it('reads mourned fighters as dead, surrender by laying down arms as capture, and medical assistance as wounds', () => {
    expect(pick('The group mourned 4 fighters on Tuesday.')).toEqual([[4, 'killed']]);
    expect(pick('Over the week 21 soldiers had laid down their arms and surrendered.')).toEqual([[21, 'captured']]);
    expect(pick('Six adults received medical assistance at the scene.')).toEqual([[6, 'wounded']]);
    expect(pick('Thousands of mourners gathered in the square.')).toEqual([]);
  });

  it('reads a noun followed by a participle phrase ("serving with", "sheltering in") up to its verb', () => {
    expect(pick('At least 11 soldiers serving with the regional force were killed.')).toEqual([[11, 'killed']]);
    expect(pick('Twelve people sheltering in the school died.')).toEqual([[12, 'killed']]);
    expect(who('Flood toll: UN counts 410 bodies in morgues.')).toEqual(['United Nations']);
  });

  it('gives "the ministry" the ministry named before, and a headline’s described source the lead’s name', () => {
    expect(who('Strikes killed 14 people, the Lebanese health ministry said. The ministry gave the dead by district: in Tyre, eight; in Saida, six.')).toEqual([
      'Lebanese health ministry',
      'Lebanese health ministry',
      'Lebanese health ministry',
    ]);
    const text = [
      'Rights group counts more than 4,100 killed since the coup',
      '',
      'The Mountain Rights Watch (MRW), a rights group that tracks killings by the army, said on Monday that soldiers had killed 4,130 people since the coup.',
    ].join('\n');
    expect(who(text)).toEqual(['Mountain Rights Watch', 'Mountain Rights Watch']);
    expect(who('Since January, 23 civilians have been killed, according to figures the regional headquarters published in March.')).toEqual(['regional headquarters']);
  });

  it('reads "(estimated)" as no speaker, "Hon." as no sentence end, lost souls as dead and burials as bodies', () => {
    const row = 'The agency gave the following figures:\n\nOn board (estimated): 80 | Rescued alive: 41 | Bodies recovered: 22 | Still missing: 17';
    expect(extractClaims(row).map((c) => [c.count, c.category, c.claimant])).toEqual([
      [22, 'bodies', 'agency'],
      [17, 'missing', 'agency'],
    ]);
    expect(who('But the council chairman, Hon. Musa Danjuma, gave a higher toll of 31 dead.')).toEqual(['Hon. Musa Danjuma']);
    expect(pick('“By my count we have lost more than 50 souls,” he said.')).toEqual([[50, 'killed']]);
    expect(pick('“We have buried 14 of them already,” the imam said.')).toEqual([[14, 'bodies']]);
  });

  it('reads a suspect shot dead, patients a hospital received, and the part of those taken to hospital who died', () => {
    expect(pick('Officers shot and killed one suspect at the scene.')).toEqual([[1, 'killed']]);
    expect(pick('The county hospital received nine patients, three of whom were treated and released.')).toEqual([
      [9, 'wounded'],
      [3, 'wounded'],
    ]);
    expect(pick('Four soldiers taken to the clinic later died.')).toEqual([[4, 'killed']]);
    expect(pick('Seven others were taken to hospitals, including a boy.')).toEqual([[7, 'wounded']]);
    expect(pick('The camp received 3,000 refugees.')).toEqual([]);
    // How many victims were named is no toll.
    expect(pick('The coroner released the names of three of the four victims.')).toEqual([[4, 'killed']]);
  });

  it('reads the parts an owner’s count includes, the dead named by nationality, and crew who lost their lives', () => {
    const text = 'The Coastal Monitor put the toll at 940. The monitor’s count includes 610 civilians as well as 170 members of the security forces.';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.claimant])).toEqual([
      [940, 'killed', 'Coastal Monitor'],
      [610, 'killed', 'Coastal Monitor'],
      [170, 'killed', 'Coastal Monitor'],
    ]);
    expect(pick('The passengers who died were 120 Kenyans, 12 Britons and one Canadian, according to the airline.')).toEqual([
      [120, 'killed'],
      [12, 'killed'],
      [1, 'killed'],
    ]);
    expect(pick('We confirm that 88 of our passengers and crew lost their lives.')).toEqual([[88, 'killed']]);
  });

  it('reads history recalled as one past incident with no source, a toll past "as", and an initial count compared', () => {
    const text = 'The toll rose to 44 on Monday, the ministry said. It is the deadliest fire since 2003, when 61 people died in a blaze at a hostel.';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.claimant, c.timeScope])).toEqual([
      [44, 'killed', 'ministry', 'cumulative'],
      [61, 'killed', null, 'event'],
    ]);
    // A count given at a past time is still the running count it was.
    expect(extractClaims('The ministry last gave a figure in 2022, when it said 5,900 servicemen had died.').map((c) => c.timeScope)).not.toEqual(['event']);
    expect(pick('Club fire toll rises to 31 as injured teenager dies')).toEqual([[31, 'killed']]);
    expect(pick('The ministry put the toll at 40 on Sunday, up from an initial count of 33 given at dawn.')).toEqual([
      [40, 'killed'],
      [33, 'killed'],
    ]);
    expect(who('The migrants’ boat sank, the International Organization for Migration said. At least 300 died on the route last year, the UN agency said.')).toEqual([
      'International Organization for Migration',
    ]);
    expect(pick('Officials say more than 6,000 soldiers are still held in Russian captivity.')).toEqual([[6000, 'captured']]);
  });

  it('gives a statement its lower-case issuer, and reads who rushed to a scene or was flown to hospital', () => {
    const text = [
      'Radar data showed the aircraft climbed only 600 feet.',
      '',
      'In a statement on Friday, the airline said 180 of those on board had died. “We confirm that 180 of our passengers and crew lost their lives,” the statement said.',
    ].join('\n');
    expect(who(text)).toEqual(['airline', 'airline']);
    expect(pick('Among the dead were four paramedics who had rushed to the scene after the first strike.')).toEqual([[4, 'killed']]);
    expect(pick('Nine patients have been flown to hospitals abroad, the ministry said.')).toEqual([[9, 'wounded']]);
    expect(who('Attacks on shipping have killed at least six seafarers, according to maritime security firms.')).toEqual(['maritime security firms']);
  });

  it('gives figures officials were cited as estimating to the officials, and "the same reports" to them too', () => {
    const text =
      'In May, Western officials were cited by several newspapers as estimating that the war had caused about 700,000 killed and wounded. The same reports put one side’s deaths at about 60,000.';
    expect(who(text)).toEqual(['Western officials', 'Western officials']);
  });

  it('reads captives returned or still held, the missing "considered" so, bodies identified and a quoted toll', () => {
    expect(pick('The ministry said 72 servicemen had been returned from territory controlled by the enemy.')).toEqual([[72, 'captured']]);
    expect(pick('Officials estimate that about 6,500 soldiers and civilians are still held in Russia.')).toEqual([[6500, 'captured']]);
    expect(pick('Of the sailors captured in the port, more than 80 are still considered missing.')).toEqual([[80, 'missing']]);
    expect(pick('Of the nearly 4,000 bodies handed over in May, only around 900 had been identified.')).toEqual([
      [4000, 'bodies'],
      [900, 'bodies'],
    ]);
    expect(pick('The verified toll stood at “at least 310” by Sunday evening.')).toEqual([[310, 'killed']]);
  });

  it('counts no one in a sector’s number, a row of aid trucks, motorbikes, or "one side’s" deaths', () => {
    expect(pick('A drone strike at the water point in Sector 6 killed 12 people.')).toEqual([[12, 'killed']]);
    expect(pick('Killed: 30 | Injured (24h): 210 | Aid trucks admitted: 48')).toEqual([
      [30, 'killed'],
      [210, 'wounded'],
    ]);
    expect(pick('Troops killed 15 attackers and seized about 30 motorbikes.')).toEqual([[15, 'killed']]);
    expect(pick('The reports put one side’s deaths at about 60,000.')).toEqual([[60000, 'killed']]);
  });

  it('names a speaker whose name holds "their", a register that lists, an ampersand name, and who put the number higher', () => {
    expect(who('Of the sailors captured, more than 60 are still considered missing, an association representing their families said.')).toEqual([
      'association representing their families',
    ]);
    expect(who('The national police register lists more than 40,000 people as missing.')).toEqual(['national police register']);
    expect(who('Last year the Conflict Location & Event Monitor recorded more than 2,900 deaths.')).toEqual(['Conflict Location & Event Monitor']);
    const text =
      'The Camp Response Room, a network of volunteers that has run kitchens in the camp since 2023, put the number of dead far higher. In a statement on Monday, the group said between 300 and 400 people had been killed.';
    expect(who(text)).toEqual(['Camp Response Room']);
  });

  it('reads "two or three people" as one range, and "five or more" as a lower bound', () => {
    expect(extractClaims('Two or three people were killed in the crash.').map((c) => [c.count, c.countHigh, c.qualifier])).toEqual([[2, 3, 'range']]);
    expect(extractClaims('Five or more people died.').map((c) => [c.count, c.countHigh, c.qualifier])).toEqual([[5, null, 'at_least']]);
  });

  it('gives "a spokesperson for the office" to the office named before, found past its article', () => {
    const text =
      'The UN rights office (OHCHR) said it had recorded at least 640 people killed near aid sites. Of those, 500 were killed near the sites, a spokesperson for the office told reporters.';
    expect(who(text)).toEqual(['UN rights office (OHCHR)', 'UN rights office']);
  });

  it('reads a second object of a casualty verb ("killed the chief and four members of his family")', () => {
    expect(pick('Gunmen killed the village chief and four members of his family.')).toEqual([[4, 'killed']]);
    expect(pick('Police arrested the driver and two passengers.')).toEqual([]);
  });

  it('reads "Among them were the chief and four members …" and a long appositive before the verb', () => {
    expect(pick('Gunmen killed at least 25 people. Among them were the imam and three of his sons.')).toEqual([
      [25, 'killed'],
      [3, 'killed'],
    ]);
    expect(pick('The group claimed that more than 120 fighters from the Northern Front, a coalition of former rebel groups allied with the army, had been killed.')).toEqual([
      [120, 'killed'],
    ]);
  });

  it('reads past an appositive or relative clause that opens with an article or "who"', () => {
    expect(pick('Two railway staff, the guard of the goods train and a cook, were also killed.')).toEqual([[2, 'killed']]);
    expect(pick('Five soldiers, who had been sent to the front only a week earlier in a new unit, were killed.')).toEqual([[5, 'killed']]);
    expect(pick('Three men, the brothers of the victim, were arrested.')).toEqual([]);
  });

  it('gives an at-a-glance line the source it names in brackets at its end', () => {
    const text = 'At a glance:\n\n- Boat off the coast: 140 on board, 44 bodies recovered (IOM)\n- Port strikes: 21 killed, 60 wounded (Houthi-run health ministry)';
    expect(who(text)).toEqual(['IOM', 'Houthi-run health ministry', 'Houthi-run health ministry']);
    // A bracketed note or a credit is no source.
    expect(who('- Market fire: 9 dead (photo: City Herald)')).toEqual([null]);
  });

  it('gives the figures after "X\'s cumulative figures tell …" to X, the owner of the count', () => {
    const text =
      "Monitors say the raids have grown deadlier.\n\nThe Valley Rights Network's cumulative figures tell the story. Since the truce collapsed, 412 villagers have been killed in the valley.";
    expect(who(text)).toEqual(['the Valley Rights Network']);
    // An adjective the list does not hold is still no owner of a figure given in another sentence.
    expect(who("The network's grim figures tell the story. Since then, 412 villagers have been killed.")).toEqual([null]);
  });

  it("gives a press release's own figures to the publisher its contact line names, first person or not", () => {
    const release = [
      'News release: families of the disappeared still wait',
      '',
      'Lakeside, 3 March 2026 — The Northern Relief Council calls on all parties to share what they know.',
      '',
      'Key facts',
      '',
      '- More than 2 300 people reported missing since the fighting began',
      '- 410 of them are children',
      '',
      'Volunteers have buried some 600 bodies found in the old town, the district governor said.',
      '',
      'For further information, please contact the Northern Relief Council press office, +1 555 0100.',
    ].join('\n');
    expect(who(release)).toEqual(['Northern Relief Council', 'Northern Relief Council', 'district governor']);
    // A news article that mentions a press office is still the writer's.
    expect(who('At least 40 people were killed in the raid. Reporters were told to contact the Regional Police press office.')).toEqual([null]);
  });

  it('reads detainees "held in connection with the conflict" as captives, and suspects held over an attack as none', () => {
    expect(pick('The Red Cross has registered about 2 100 detainees held in connection with the armed conflict.')).toEqual([[2100, 'captured']]);
    expect(pick('Police said 5 people were held in connection with the attack.')).toEqual([]);
  });

  it('reads "bringing the total since … to N" after a day\'s losses as the running total of the same count', () => {
    const text = 'The staff said the enemy lost 960 troops killed or wounded in the past day, bringing the total since the invasion in March 2023 to about 402,300.';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.timeScope])).toEqual([
      [960, 'casualties', 'event'],
      [402300, 'casualties', 'cumulative'],
    ]);
    // A total of something else is no casualty figure.
    expect(pick('The army lost 960 troops, bringing the total number of assaults to 500.')).toEqual([[960, 'casualties']]);
  });

  it('reads the other side of a swap ("said it had received 60 of its servicemen") as captives returned', () => {
    const text = 'The two countries carried out a prisoner exchange on Friday. The northern army said it had received 60 of its servicemen in return.';
    expect(pick(text)).toEqual([[60, 'captured']]);
  });

  it('does not give a figure to a speaker named after a semicolon in a headline', () => {
    expect(who('Shelling of river port kills six; UN says May was the worst month this year')).toEqual([null]);
    // A closing speaker still speaks for the whole line.
    expect(who('Shelling kills six; nine hurt, officials said.')).toEqual(['officials', 'officials']);
  });

  it('reads past a dateline with a spaced hyphen to the speaker', () => {
    expect(who('PORT LINDEN - Police in Port Linden said on Monday that 38 people had died in the blaze.')).toEqual(['Police in Port Linden']);
  });

  it('reads a speaker who "gave a higher total", named in an appositive after its description', () => {
    const text = 'Afterwards, its press wing, the Joint Information Bureau, gave a higher total: 52 civilians killed and 140 wounded.';
    expect(who(text)).toEqual(['Joint Information Bureau', 'Joint Information Bureau']);
  });

  it('reads a description with commas of its own between a source and its verb', () => {
    const text = 'The Border Casualty Project, a research group that cross-checks funerals, morgue records and local reports, said it had confirmed at least 64 civilian deaths.';
    expect(who(text)).toEqual(['Border Casualty Project']);
  });

  it('gives no claimant to a past incident\'s toll recalled as "since the 2011 bombing, in which 80 died"', () => {
    const text = 'Nine people were killed, police said. It was the deadliest attack in the city since the 2011 market bombing, in which 80 people died.';
    expect(who(text)).toEqual(['police', null]);
  });

  it('gives "according to our staff" in a release to the publisher, and reads a population trapped by a siege as no casualties', () => {
    const release = [
      'Clinic hit in shelling',
      '',
      'A shell struck a clinic we support in the old quarter, killing four patients, according to our staff at the site. In the old quarter, where some 90,000 people remain trapped after months of siege, few clinics still work.',
      '',
      'Notes to editors',
      '',
      'Hillside Medical Aid (fictional) is an independent medical charity.',
    ].join('\n');
    expect(who(release)).toEqual(['Hillside Medical Aid']);
    expect(pick('Five miners remain trapped after the collapse.')).toEqual([[5, 'missing']]);
  });

  it('reads "a figure that was later revised to N" as the same count, and "X at first said" as X', () => {
    const text = 'The governor at first said more than 300 people had died, a figure that was later revised to roughly 260.';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.claimant])).toEqual([
      [300, 'killed', 'governor'],
      [260, 'killed', 'governor'],
    ]);
  });

  it('reads "That is up from N" and "Of those N, she said, …" a few sentences after the count they name', () => {
    const text =
      'The latest count from the island is 34 people confirmed dead. That is up from 21 on Friday. The minister spoke at a briefing. Of those 34, she said, at least 11 were in the north.';
    expect(pick(text)).toEqual([
      [34, 'killed'],
      [21, 'killed'],
      [34, 'killed'],
      [11, 'killed'],
    ]);
    expect(pick('Fuel prices rose 12 percent. That is up from 9 percent last year.')).toEqual([]);
  });

  it('reads a second clause that leaves out the verb ("and more than 900 on all fronts", "three more in the south")', () => {
    expect(pick('The army says 212 soldiers have been killed in the northern offensive, and more than 700 on all fronts.')).toEqual([
      [212, 'killed'],
      [700, 'killed'],
    ]);
    expect(pick('Two people died on the island during the evacuation, three more in the south, and one at sea.')).toEqual([
      [2, 'killed'],
      [3, 'killed'],
      [1, 'killed'],
    ]);
    expect(pick('Five people were killed in the strike on Monday, 40 drones in the air.')).toEqual([[5, 'killed']]);
  });

  it('reads captives a modifier calls dead ("28 deceased hostages") as dead, and a swap ratio as no count', () => {
    expect(pick('The group still holds 28 deceased hostages.')).toEqual([[28, 'killed']]);
    expect(pick('The army has been sending back 15 bodies for every deceased hostage returned.')).toEqual([]);
  });

  it('reads crews named in full before an appositive as the speaker', () => {
    expect(who('Civil defence crews, working mostly by hand, estimate that around 4,000 people are still buried under the debris.')).toEqual(['Civil defence crews']);
  });

  it('gives each sentence of a situation report bullet the source in square brackets that closes it', () => {
    const text = [
      'PROTECTION',
      '',
      '- Monitors documented killings at checkpoints on the eastern road. Of the at least 640 civilians killed in the period, at least 410 died near the town [OHCHR]',
      '- The UN verified 31 children killed and 44 maimed between July and September [Country Task Force]',
      '- Six Sudanese Red Crescent volunteers were killed in the market [IFRC]',
      '- 210 patients and companions reported killed at the maternity hospital [WHO]',
    ].join('\n');
    expect(extractClaims(text).map((c) => [c.count, c.category, c.claimant])).toEqual([
      [640, 'killed', 'OHCHR'],
      [410, 'killed', 'OHCHR'],
      [31, 'killed', 'United Nations'],
      [44, 'wounded', 'United Nations'],
      [6, 'killed', 'IFRC'],
      [210, 'killed', 'WHO'],
    ]);
    // A bracketed note that names no source is none.
    expect(who('- 12 killed in the market [updated]')).toEqual([null]);
  });

  it('reads a table of lines with cells between dashes under an "Estimate - Source - Date" header', () => {
    const text = [
      'Figure - Source - Date',
      'About 61,000 soldiers killed, range 52,000 to 70,000 - Northfield Casualty Project - mid-2025',
      '402,300 personnel losses - the Joint Staff - 3 March 2026',
    ].join('\n');
    expect(extractClaims(text).map((c) => [c.count, c.countHigh, c.category, c.claimant])).toEqual([
      [61000, null, 'killed', 'Northfield Casualty Project'],
      [52000, 70000, 'killed', 'Northfield Casualty Project'],
      [402300, null, 'casualties', 'the Joint Staff'],
    ]);
    // Losses with no word for people before them may be of tanks or money.
    expect(pick('The firm reported 300 losses.')).toEqual([]);
  });

  it('reads a part "among the 79 people taken to hospital", patients by condition with the verb left out, and the other side of a handover', () => {
    expect(pick('Rescuers paid a price too. Nine of their members were among the 64 people taken to hospital with burns.')).toEqual([
      [9, 'wounded'],
      [64, 'wounded'],
    ]);
    expect(pick('Three tourists were among the 200 people evacuated.')).toEqual([]);
    expect(pick('Of those hurt, eight were listed as critical and 13 as serious on Tuesday.')).toEqual([
      [8, 'wounded'],
      [13, 'wounded'],
    ]);
    expect(pick('In May the north handed over more than 900 bodies it said were of southern soldiers, while the South returned 41.')).toEqual([
      [900, 'bodies'],
      [41, 'bodies'],
    ]);
  });

  it('reads a tally of "personnel losses" as killed and wounded, and "it said" as the body the sentence opens with', () => {
    expect(extractClaims('The staff publishes a daily tally of enemy "personnel losses", which passed 402,000 this month.').map((c) => [c.count, c.category])).toEqual([
      [402000, 'casualties'],
    ]);
    const text =
      'The eastern command said the other side lost 900 troops. The northern defence ministry has not updated its own count since 2023, when it said 4,100 of its soldiers had died.';
    expect(who(text)).toEqual(['eastern command', 'northern defence ministry']);
  });

  it('reads patients "we received" in an outbreak as the sick, and patients a hospital received as the hurt', () => {
    expect(pick('Cholera is spreading in the camps. "In one night we received 300 new patients," the coordinator said.')).toEqual([]);
    expect(pick('The district hospital received 40 patients after the blast.')).toEqual([[40, 'wounded']]);
  });

  it('gives a figure with no source the speaker who "added" the next sentence of its paragraph', () => {
    const text =
      'The regional health office said 412 people had died since May. In the past day, clinics received six people killed by gunfire. Two more bodies were brought in from a collapsed house, it added.';
    expect(who(text)).toEqual(['regional health office', 'regional health office', 'regional health office']);
    // A speaker who only "said" the next sentence does not reach back.
    expect(who('Six people were killed in the blast. Rescuers were still searching, the governor said.')).toEqual([null]);
  });

  it('gives a transcript turn with no source of its own to the speaker its label names', () => {
    const text = [
      'Briefing after the plant explosion',
      '',
      'Fire Commissioner Adaeze Nwosu opened the briefing at noon.',
      '',
      'Q: How many were hurt?',
      '',
      'COMMISSIONER NWOSU: Our crews pulled out 14 injured workers. Three of them are critical.',
      '',
      'DR. TOMAS IBARRA, MEDICAL DIRECTOR, LAKESIDE GENERAL: We received nine of the injured, and two of them remain serious.',
    ].join('\n');
    expect(extractClaims(text).map((c) => [c.count, c.category, c.claimant])).toEqual([
      [14, 'wounded', 'Fire Commissioner Adaeze Nwosu'],
      [3, 'wounded', 'Fire Commissioner Adaeze Nwosu'],
      [9, 'wounded', 'Dr. Tomas Ibarra'],
      [2, 'wounded', 'Dr. Tomas Ibarra'],
    ]);
    // A fact-check's verdict line is no speaker, and without a reporter's turn no page is a transcript.
    expect(who('VERDICT: False. The claim of 250,000 dead has no source.')).toEqual([null]);
  });

  it('gives "she said" to the person the passage introduced by title, when no one named spoke since', () => {
    const text = 'Police Chief Imani Duarte stood at the lectern and began by correcting her department. Three people were killed, not four, she said.';
    expect(who(text)).toEqual(['Police Chief Imani Duarte']);
    expect(who('Asha Verma, a 52-year-old teacher, watched the water rise. "We lost 11 neighbours," she said.')).toEqual(['Asha Verma']);
  });

  it('reads gunshot patients as wounded', () => {
    expect(pick('Lakeside General received 11 gunshot patients overnight.')).toEqual([[11, 'wounded']]);
    expect(pick('Seven people with machete and gunshot wounds were taken to the district hospital.')).toEqual([[7, 'wounded']]);
  });

  it('reads hospital conditions ("in fair condition", "still listed as critical") and "the other eight" as the rest of a count', () => {
    const text = "We took in 11 of the injured. As of 10 o'clock, three of them are critical and four are in fair condition. The city hospital took the other eight.";
    expect(pick(text)).toEqual([
      [11, 'wounded'],
      [3, 'wounded'],
      [4, 'wounded'],
      [8, 'wounded'],
    ]);
    expect(who('The four patients still listed as critical are in the burns unit.')).toEqual([null]);
    expect(pick('Three ministers are critical of the plan.')).toEqual([]);
    expect(pick('The army fired 40 rockets. The other 12 fell short.')).toEqual([]);
  });

  it('reads a shipwreck\'s counts: "seven more" bodies, missing "as high as 80", people "never found" or "swept away", survivors treated for injuries', () => {
    expect(pick('By noon 21 bodies had been recovered. Fishermen brought in five more overnight.')).toEqual([
      [21, 'bodies'],
      [5, 'bodies'],
    ]);
    expect(pick('The agency warned that the number of missing could be as high as 60.')).toEqual([[60, 'missing']]);
    expect(pick('Twelve bodies were recovered and nine people were never found.')).toEqual([
      [12, 'bodies'],
      [9, 'missing'],
    ]);
    expect(pick('Witnesses said at least four children had been swept away by the current.')).toEqual([[4, 'missing']]);
    expect(pick('Six survivors were treated for injuries at the port clinic.')).toEqual([[6, 'wounded']]);
    expect(pick('Six survivors were taken to a reception centre.')).toEqual([]);
  });

  it("gives a table's rows the source its title line names, and reads animals counted by the head as none", () => {
    const text = [
      'PDMA daily situation report (cumulative, as of 6am)',
      'District | Deaths | Injured | Houses damaged',
      'Upper Vale | 14 | 30 | 120',
      'Lower Vale | 3 | 8 | 41',
    ].join('\n');
    expect(extractClaims(text).map((c) => [c.count, c.category, c.claimant, c.claimantType])).toEqual([
      [14, 'killed', 'PDMA', 'official'],
      [30, 'wounded', 'PDMA', 'official'],
      [3, 'killed', 'PDMA', 'official'],
      [8, 'wounded', 'PDMA', 'official'],
    ]);
    expect(pick('The authority also recorded 212 head of livestock killed.')).toEqual([]);
  });

  it('reads a ministry\'s losses by grouping: "those facing the East group more than 220", "accounted for up to 3,120 of them"', () => {
    const text =
      'Enemy losses in the zone of the Yug (South) group reached up to 140 servicemen, those facing the Vostok (East) group more than 90, and those opposite the river group up to 35, the bulletin said.';
    expect(pick(text)).toEqual([
      [140, 'casualties'],
      [90, 'casualties'],
      [35, 'casualties'],
    ]);
    const week =
      "The enemy lost more than 6,100 servicemen over the week. Losses facing the Centre group accounted for up to 2,400 of them, and the West group's zone for more than 900, the summary said.";
    expect(pick(week)).toEqual([
      [6100, 'casualties'],
      [2400, 'casualties'],
      [900, 'casualties'],
    ]);
    expect(pick('The charity bought food for 12 of them.')).toEqual([]);
  });

  it('reads a list by place after "were:" ("in Donetsk region, 112; in Kyiv city, 34") and a monthly update as its issuer\'s', () => {
    const text =
      'At least 190 civilians were killed in May, according to the latest monthly update from the Valley Monitoring Mission. By region, the deaths verified by the mission were: in Northern region, 70; in Port city, 41; and in Hill district, 12.';
    expect(extractClaims(text).map((c) => [c.count, c.category, c.claimant])).toEqual([
      [190, 'killed', 'Valley Monitoring Mission'],
      [70, 'killed', 'Valley Monitoring Mission'],
      [41, 'killed', 'Valley Monitoring Mission'],
      [12, 'killed', 'Valley Monitoring Mission'],
    ]);
  });

  it('keeps a speaker after a figure when a participle clause after it names another by "by"', () => {
    const text = 'The clashes killed 812 people, the monitor said on Tuesday, issuing a count far higher than any figure released by the authorities in the capital.';
    expect(who(text)).toEqual(['monitor']);
    expect(who('Strikes killed more than 600 people, including 100 civilians, according to a tally by the news agency AFP.')).toEqual(['news agency AFP', 'news agency AFP']);
  });

  it('reads "the ministry\'s own count" as the ministry named in full before, and wounded people who died as dead', () => {
    const text = [
      'Strikes overnight killed four people, the Lakeland health ministry said.',
      'The ministry said two of the dead were children.',
      'The deaths bring to more than 200 the number killed since the truce, according to an AFP tally.',
      "The ministry's own count lists 187 people killed since the truce.",
    ].join(' ');
    expect(who(text)).toEqual(['Lakeland health ministry', 'Lakeland health ministry', 'AFP tally', 'Lakeland health ministry']);
    expect(pick('School strike toll climbs to 24 as two wounded pupils die')).toEqual([
      [24, 'killed'],
      [2, 'killed'],
    ]);
    expect(pick('Three wounded soldiers were evacuated.')).toEqual([[3, 'wounded']]);
  });

  it("gives a report summary's unattributed figures to the UN body its lead names, until another source is named", () => {
    const text = [
      'UN: 240 civilians killed in May',
      '',
      'At least 240 civilians were killed in May, according to the latest monthly update from the UN Valley Monitoring Mission.',
      '',
      'Glide bombs killed 61 civilians and injured 190 in May.',
      '',
      'Separately, the regional governor said a strike on Tuesday killed seven people. Shelling killed two more on Wednesday.',
    ].join('\n');
    expect(who(text)).toEqual(['UN', 'UN Valley Monitoring Mission', 'UN Valley Monitoring Mission', 'UN Valley Monitoring Mission', 'regional governor', 'regional governor']);
    // A party's report is not read this way.
    const party = 'The army said in its weekly report that 40 rebels were killed.\n\nAirstrikes killed 12 more in the hills.';
    expect(who(party)[1]).not.toBe('army');
  });

  it('never takes the outlet named under the headline for "the report"', () => {
    const text = [
      'UN counts 900 killed in the quarter',
      '',
      'Lakeland Report Online (fictional)',
      '',
      'At least 900 people were killed in the quarter, the UN office in Lakeland said in its latest quarterly report.',
      'Gunmen killed dozens of residents in one town, according to the report.',
    ].join('\n');
    expect(who(text)).not.toContain('Lakeland Report Online');
  });

  it('reads the International Organization for Migration as the UN and a coastguard as an official source', () => {
    const text = 'At least 45 bodies were recovered, the International Organization for Migration said. The coastguard said 32 people survived and 9 were injured.';
    expect(extractClaims(text).map((c) => [c.count, c.claimantType])).toEqual([
      [45, 'un'],
      [9, 'official'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract';

describe('numbers beside war words that are not casualty figures', () => {
  it.each([
    ['Some 12,000 North Korean soldiers are being drilled at bases in Russia.', 'troop strength'],
    ['About 2,600 soldiers are preparing to reinforce the front near Kursk.', 'troop strength'],
    ['Russia launched 64 drones and 12 missiles overnight, killing nobody.', 'drones and missiles'],
    ['Air defences shot down 41 of them.', 'intercepts'],
    ['Hundreds of self-exploding attack drones have hit the city.', 'drones'],
    ['Artillery fired 3,000 shells a day at the killed-zone.', 'shells'],
    ['Trump set a 50-day deadline for a ceasefire after the killings.', 'deadline'],
    ['Sanctions will follow if there is no deal in 50 days, he said of the deaths.', 'duration'],
    ['The attack on 7 October 2023 was the deadliest day; the war has killed many.', 'date'],
    ['The strike hit at 14:17 and killed civilians.', 'time'],
    ['The victims, two brothers and a neighbour, were 41, 44 and 63, police said of the dead.', 'ages'],
    ['Girl, 9, critically injured in shooting', 'age apposition'],
    ['A 12-year-old boy was killed in the blast.', 'age compound'],
    ['The town lies 200 kilometres from where the soldiers died.', 'distance'],
    ['Delegates voted 93 to 24 over the killings.', 'vote'],
    ['The UN appealed for $160 million for the wounded.', 'money'],
    ['Roughly 70% of the dead were women and children.', 'percentage'],
    ['The 37th brigade lost soldiers near Bakhmut.', 'unit name'],
    ['Seven weeks into the war, many troops were killed.', 'duration'],
    ['It could be a big war, like nothing seen in hundreds of years, with many dead.', 'duration'],
    ['He told one thing to the families of the dead.', 'one thing'],
    ['In 2022 many soldiers were killed.', 'year'],
    ['A 5.9 quake killed people in the province.', 'magnitude'],
    ['Roughly one in ten residents was killed.', 'proportion'],
    ['37 people were rescued alive from the rubble where others died.', 'survivors'],
    ['About 2,000 residents fled the attack that killed villagers.', 'displaced'],
    ['The agency donated 15 000 body bags.', 'body bags'],
    ['Nearly 1 million livestock dead after the floods.', 'animals'],
    ['The 2022 invasion has killed many.', 'year as modifier'],
    ['Soldiers under the age of 25 were exchanged.', 'age limit'],
    ['The two sides also exchanged a further group of prisoners of war.', 'two sides'],
    ['Relatives of 9/11 victims marched through the city.', 'date with a slash'],
    ['Photo 3 of 12: soldiers killed in the attack', 'photo counter'],
    ['No one was killed at the site, the foundation said.', 'no one'],
    ['Farm officials put storm losses at 4.1 billion rupees after the floods killed livestock.', 'money, losses of things'],
    ['Economic losses reached 900 after the deadly quake, the chamber said.', 'losses of things'],
  ])('%s (%s)', (text) => {
    expect(extractClaims(text).map((c) => c.figure)).toEqual([]);
  });
});

describe('numbers that sit beside a casualty figure without being one', () => {
  it.each([
    ['A warehouse blaze in 1998 killed 40 workers in the port, the union recalled.', ['40'], 'a year after "in"'],
    ['Since 2014 killings by the militia have fallen, but 12 villagers died on Sunday.', ['12'], 'a year after "since"'],
    ['Thirty-one of the 44 passengers on the bus were killed, police said.', ['Thirty-one'], 'everyone on board, of whom some died'],
    ['Nine of the 120 residents of the block died in the fire.', ['Nine'], 'the residents, of whom some died'],
    ['Twelve of the 30 wounded later died in hospital, doctors said.', ['Twelve', '30'], 'the wounded are casualties themselves'],
    ['Four of the 15 hostages were killed in captivity, the army said.', ['Four', '15'], 'the hostages too'],
  ])('%s (%s)', (text, figures) => {
    expect(extractClaims(text).map((c) => c.figure)).toEqual(figures);
  });
});

describe('words that are names of Object built-ins', () => {
  // The word tables once were plain objects, so "constructor" found Object's constructor.
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])('"%s" is no casualty word, side or place', (word) => {
    for (const text of [`He said 5 ${word} died.`, `Officials said 12 ${word} were killed in ${word}.`, `The ${word} army lost 40 soldiers.`]) {
      for (const claim of extractClaims(text)) {
        expect(typeof claim.category, text).toBe('string');
        expect(
          [claim.party, claim.side, claim.subset, claim.claimantSide].every((v) => v === null || typeof v === 'string'),
          text,
        ).toBe(true);
      }
    }
    // Read like any unknown noun: five of them died ("__proto__" is no word token at all).
    if (word !== '__proto__') expect(extractClaims(`He said 5 ${word} died.`).map((c) => c.category)).toEqual(['killed']);
  });
});

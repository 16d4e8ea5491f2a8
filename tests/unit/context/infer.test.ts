import { describe, expect, it } from 'vitest';
import { conflictAt, inferConflicts, paragraphConflicts } from '../../../lib/context';

describe('inferConflicts', () => {
  it.each<[string, string, string[]]>([
    ['Ukraine', 'Shelling hit Kharkiv overnight, Kyiv said. Zelensky urged allies to send air defence as fighting raged near Donetsk.', ['russia-ukraine']],
    ['Gaza', 'Israeli strikes on Rafah and Khan Younis killed dozens, the Hamas-run health ministry in Gaza said. The IDF said it targeted militants.', ['israel-gaza']],
    ['Lebanon', 'Hezbollah fired rockets after a strike on Beirut’s southern suburbs; Lebanon’s health ministry reported deaths.', ['israel-lebanon']],
    ['Sudan', 'The RSF shelled El Fasher again, and aid groups warned of famine across Darfur as the army held Khartoum.', ['sudan']],
    ['Myanmar', 'The Tatmadaw bombed villages in Sagaing and Rakhine, while the junta claimed resistance fighters were killed.', ['myanmar']],
    ['Yemen', 'Houthi forces in Sanaa said US strikes on Hodeidah killed port workers.', ['yemen']],
    ['Tigray', 'Fighting between the TPLF and federal troops in Tigray left Mekelle without power.', ['ethiopia-tigray']],
    ['Syria', 'Assad’s forces retreated from Idlib as HTS fighters advanced on Aleppo.', ['syria']],
    ['a flood is no conflict', 'Floods swept through villages after monsoon rains; the floodwaters killed 40 people, officials said.', []],
    ['an earthquake in a country at war is no conflict', 'A magnitude 7.7 earthquake struck near Mandalay; the junta said 1,000 people died in the quake and aftershocks.', []],
    ['a shooting is no conflict', 'A gunman killed five people at a shopping centre, police said.', []],
  ])('%s', (_name, text, expected) => {
    expect(inferConflicts(text)).toEqual(expected);
  });

  it('ranks a second story after the main one', () => {
    const text = 'Kyiv said Russian drones hit Kharkiv. Zelensky met allies. Donetsk saw heavy fighting. Kherson was shelled.\nIn other news, Hamas said talks on Gaza stalled.';
    expect(inferConflicts(text)).toEqual(['russia-ukraine', 'israel-gaza']);
  });
});

describe('paragraphConflicts', () => {
  const text = [
    'Live: the wars today, with Kyiv, Zelensky, Donetsk and Kharkiv in the news again.',
    'Gaza: Israeli strikes on Rafah killed 12 people, the Hamas-run ministry said.',
    'Officials said 30 people were killed in total.',
    'Separately, an earthquake killed 9 people in the mountains.',
  ].join('\n');
  const paragraphs = paragraphConflicts(text);
  const at = (phrase: string) => conflictAt(paragraphs, text.indexOf(phrase));

  it.each<[string, string | null]>([
    ['Kyiv', 'russia-ukraine'],
    ['12 people', 'israel-gaza'],
    ['30 people', 'russia-ukraine'],
    ['9 people', null],
  ])('a figure near "%s" belongs to %s', (phrase, conflict) => {
    expect(at(phrase)).toBe(conflict);
  });
});

describe('a page as much about a disaster as about a war', () => {
  it('leaves paragraphs that name neither without a conflict', () => {
    const text = [
      'Earthquake in Myanmar: the quake and its aftershocks flattened buildings; floods followed.',
      'The junta’s Tatmadaw kept bombing Sagaing despite the disaster, residents said.',
      'The toll passed 1,700 as rescuers searched the rubble.',
    ].join('\n');
    const paragraphs = paragraphConflicts(text);
    expect(conflictAt(paragraphs, text.indexOf('Sagaing'))).toBe('myanmar');
    expect(conflictAt(paragraphs, text.indexOf('1,700'))).toBeNull();
  });

  it('leaves a paragraph that names only places of the war, and none of its acts, to the disaster', () => {
    const text = [
      'Earthquake in Myanmar: the quake and its aftershocks flattened buildings across the region.',
      'In Mandalay and the capital Naypyitaw, where housing blocks collapsed, at least 96 people were killed, the junta said.',
      'The junta’s Tatmadaw kept bombing Sagaing despite the disaster, residents said.',
    ].join('\n');
    const paragraphs = paragraphConflicts(text);
    expect(conflictAt(paragraphs, text.indexOf('96'))).toBeNull();
    expect(conflictAt(paragraphs, text.indexOf('bombing'))).toBe('myanmar');
  });

  it('reads a shipwreck on a route from a country at war as a disaster, not a death of the war', () => {
    const text = [
      'Migrant boat capsizes off the Horn: 40 bodies recovered after the shipwreck.',
      'The boat had left the Yemeni coast near Aden with about 150 people on board.',
      'Fishermen recovered 12 more bodies on Thursday.',
    ].join('\n');
    const paragraphs = paragraphConflicts(text);
    expect(conflictAt(paragraphs, text.indexOf('12 more'))).toBeNull();
  });
});

/**
 * Evidence that a text is about a conflict: places, armed forces, leaders. Weights: 3 = names only
 * this conflict (Hamas, Tatmadaw), 2 = strongly tied to it (Kyiv, Darfur), 1 = suggestive (Putin,
 * Israel), since a Russian or Israeli name also turns up in other wars' stories.
 */

export interface Term {
  pattern: RegExp;
  weight: number;
}

const terms = (weight: number, words: string, caseSensitive = false): Term => ({
  pattern: new RegExp(`\\b(?:${words})\\b`, caseSensitive ? 'g' : 'gi'),
  weight,
});

export const CONFLICT_TERMS: Record<string, Term[]> = {
  'russia-ukraine': [
    terms(3, 'Zelensk(?:y|yy|iy|i)|Donetsk|Luhansk|Donbas+|Zaporizhzhia|Kherson|Bakhmut|Avdiivka|Mariupol|Bucha|Pokrovsk|Kupiansk'),
    terms(2, 'Ukrain\\w*|Kyiv|Kiev|Kharkiv|Dnipro\\w*|Odesa|Odessa|Crimea\\w*|Wagner|Belgorod|Kursk|Lviv|Medinsky'),
    terms(1, 'Kremlin|Putin|Moscow|Russia\\w*|Shoigu|Peskov'),
  ],
  'israel-gaza': [
    terms(3, 'Gaza\\w*|Hamas|Rafah|Khan Y[ou]nis|Jabalia|Deir al-Balah|Nuseirat|Beit Lahia|Beit Hanoun|al-Shifa|Sinwar'),
    terms(2, 'IDF|UNRWA|Qassam|Islamic Jihad', true),
    terms(1, 'Israel\\w*|Netanyahu|Palestin\\w*'),
  ],
  'israel-west-bank': [terms(3, 'West Bank|Jenin|Nablus|Tulkarem|Tulkarm|Ramallah|Hebron|Qalqilya'), terms(2, 'settlers?')],
  'israel-lebanon': [terms(3, 'Hezbollah|Hizbollah|Nasrallah|Litani|Nabatieh'), terms(2, 'Lebanon|Lebanese|Beirut|Dahiyeh')],
  sudan: [
    terms(3, 'Rapid Support Forces|El[- ]Fasher|al-Fashir|Darfur\\w*|Omdurman|Hemedti|Kordofan|Zamzam|Wad Madani|Geneina'),
    terms(3, 'RSF', true),
    terms(2, 'Sudan\\w*|Khartoum|Burhan'),
  ],
  myanmar: [
    terms(3, 'Tatmadaw|Rakhine|Arakan Army|Sagaing|Naypyidaw|Naypyitaw|Min Aung Hlaing|Kachin|Rohingya'),
    terms(2, 'Myanmar|Burm(?:a|ese)|People’?s Defen[cs]e Forces?'),
    terms(1, 'junta|Mandalay|Yangon'),
  ],
  syria: [terms(3, 'Assad|Idlib|Hayat Tahrir al-Sham|Aleppo|Latakia|Deir ez-Zor|Tartus'), terms(3, 'HTS|SDF', true), terms(2, 'Syria\\w*|Damascus|Homs|Hama')],
  yemen: [terms(3, "Houthis?|Huthis?|Ansar Allah|Sanaa|Sana’a|Sana'a|Hodeidah|Hudaydah|Marib"), terms(2, 'Yemen\\w*|Aden|Taiz')],
  haiti: [terms(3, 'Port-au-Prince|Viv Ansanm|BINUH|Cité Soleil|Cite Soleil|Jimmy Ch[ée]rizier|Martissant|Croix-des-Bouquets'), terms(2, 'Haiti\\w*|Artibonite')],
  'dr-congo': [terms(3, 'M23|MONUSCO|FARDC|Goma|Bukavu|North Kivu|South Kivu|Ituri', true), terms(2, 'Congo\\w*|DRC|Kinshasa|Kivu|Tshisekedi'), terms(1, 'Rwanda\\w*|Kagame')],
  'ethiopia-tigray': [terms(3, 'Tigray\\w*|Mekelle|Axum'), terms(3, 'TPLF|ENDF', true), terms(2, 'Eritrea\\w*|Amhara|Abiy'), terms(1, 'Ethiopia\\w*')],
};

/**
 * Disasters, natural or at sea: deaths in them belong to no conflict, even in a country at war or on
 * a route from one (a migrant boat that capsized off Djibouti is no death of Yemen's war).
 */
export const DISASTER_TERMS: Term[] = [
  terms(
    3,
    'earthquakes?|quakes?|aftershocks?|tsunami|cyclone|hurricane|typhoon|tornado(?:es)?|landslides?|mudslides?|wildfires?|volcan\\w*|eruption|avalanche|shipwrecks?|capsiz\\w*',
  ),
  terms(2, 'flood\\w*|floodwaters|monsoon|magnitude|storm|heatwave|drought|boat sank|vessel sank|sinking'),
];

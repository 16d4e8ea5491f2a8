/** The bundled dataset's header: what it is, where its figures come from and under which terms. */
import type { DatasetHeader } from '../schema';

export const BUNDLED_HEADER: DatasetHeader = {
  format: 1,
  name: 'TollCheck reference dataset',
  version: '2026.11.22',
  published: '2026-11-22',
  licence: 'Figures cited from their publishers, see sources: UCDP CC BY 4.0; Tech For Palestine public domain; General Staff series via a dataset MIT-licensed, (c) 2022 Petro Ivaniuk',
  description:
    'Sourced casualty figures for checking news copy: the UN (OHCHR/HRMMU) civilian series for Ukraine, body repatriations between Russia and Ukraine, party claims (Ukraine General Staff, Russian MoD), intelligence and independent estimates, the Gaza Ministry of Health, OCHA West Bank and Lebanon Ministry of Public Health daily series, and UCDP battle-related deaths per conflict-year. Each record names its claimant, the kind of figure and its source.',
  sources: [
    { name: 'UN OHCHR / Human Rights Monitoring Mission in Ukraine (HRMMU) updates, as reported', url: 'https://ukraine.ohchr.org/en/reports' },
    { name: 'General Staff of the Armed Forces of Ukraine daily losses, collected by PetroIvaniuk/2022-Ukraine-Russia-War-Dataset (MIT, (c) 2022 Petro Ivaniuk)', url: 'https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset' },
    { name: 'Tech For Palestine datasets: Gaza Ministry of Health, OCHA West Bank, Lebanon Ministry of Public Health (public domain)', url: 'https://data.techforpalestine.org/docs/datasets/' },
    { name: 'UCDP Battle-Related Deaths Dataset v24.1 (CC BY 4.0); Davies, Engström, Pettersson & Öberg (2024), Journal of Peace Research 61(4)', url: 'https://ucdp.uu.se/downloads/' },
    { name: 'Our World in Data, deaths in armed conflicts by where they occurred (CC BY 4.0)', url: 'https://ourworldindata.org/grapher/deaths-in-armed-conflicts-based-on-where-they-occurred' },
  ],
};

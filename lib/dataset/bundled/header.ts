/** The bundled dataset's header: what it is, where its figures come from and under which terms. */
import type { DatasetHeader } from '../schema';

export const BUNDLED_HEADER: DatasetHeader = {
  format: 1,
  name: 'TollCheck reference dataset',
  version: '2026.12.1',
  published: '2026-12-01',
  licence: 'Figures cited from their publishers, see sources: UCDP CC BY 4.0; Tech For Palestine public domain; General Staff series via a dataset MIT-licensed, (c) 2022 Petro Ivaniuk',
  description:
    'Sourced casualty figures for checking news copy: the UN (OHCHR/HRMMU) civilian series for Ukraine with children, body repatriations and prisoner exchanges between Russia and Ukraine, BBC Russian + Mediazona and UALosses named dead, UK, US and NATO estimates, party claims on both sides (Ukraine General Staff, Russian MoD, Zelensky, IDF), hostages, UN BINUH for Haiti, UN for DR Congo, WHO, UN and ACLED for Sudan, SOHR and SNHR for Syria, AAPP for Myanmar, the Gaza Ministry of Health, OCHA West Bank and Lebanon Ministry of Public Health daily series, and UCDP battle-related deaths per conflict-year. Each record names its claimant, the kind of figure and its source; parts of a side (children, officers, one place) carry a subset.',
  sources: [
    { name: 'UN OHCHR / Human Rights Monitoring Mission in Ukraine (HRMMU) updates, as reported', url: 'https://ukraine.ohchr.org/en/reports' },
    { name: 'General Staff of the Armed Forces of Ukraine daily losses, collected by PetroIvaniuk/2022-Ukraine-Russia-War-Dataset (MIT, (c) 2022 Petro Ivaniuk)', url: 'https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset' },
    { name: 'Tech For Palestine datasets: Gaza Ministry of Health, OCHA West Bank, Lebanon Ministry of Public Health (public domain)', url: 'https://data.techforpalestine.org/docs/datasets/' },
    { name: 'UCDP Battle-Related Deaths Dataset v24.1 (CC BY 4.0); Davies, Engström, Pettersson & Öberg (2024), Journal of Peace Research 61(4)', url: 'https://ucdp.uu.se/downloads/' },
    { name: 'BBC News Russian and Mediazona, named Russian military dead', url: 'https://en.zona.media/article/2022/05/20/casualties_eng' },
    { name: 'UN Integrated Office in Haiti (BINUH) quarterly human rights reports, as reported', url: 'https://binuh.unmissions.org/en' },
    { name: 'Syrian Observatory for Human Rights (SOHR) tallies, as reported', url: 'https://www.syriahr.com/en/' },
    { name: 'Assistance Association for Political Prisoners (Burma) daily briefings, as reported', url: 'https://aappb.org/' },
    { name: 'Our World in Data, deaths in armed conflicts by where they occurred (CC BY 4.0)', url: 'https://ourworldindata.org/grapher/deaths-in-armed-conflicts-based-on-where-they-occurred' },
  ],
};

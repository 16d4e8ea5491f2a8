import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract';

const brief = (text: string) => extractClaims(text).map((c) => `${c.figure}|${c.count}${c.countHigh ? '-' + c.countHigh : ''}|${c.qualifier}|${c.category}`);

describe('casualty figures across conflicts and disasters', () => {
  it.each([
    // wars
    ['An Israeli strike on a school in Gaza City killed at least 22 people, most of them women and children.', ['at least 22|22|at_least|killed']],
    ['Hospital officials said 14 Palestinians were killed and 40 wounded in the overnight raids.', ['14|14|exact|killed', '40|40|exact|wounded']],
    ['Paramilitary fighters stormed the camp, killing more than 200 civilians, according to medics.', ['more than 200|200|more_than|killed']],
    ['Shelling of a market in Omdurman left 31 dead and scores injured.', ['31|31|exact|killed', 'scores|40|at_least|wounded']],
    ['The junta air strike on the village killed between 50 and 60 people, residents said.', ['between 50 and 60|50-60|range|killed']],
    ['Dozens of people were killed in the barrel-bomb attack on Idlib.', ['Dozens|24|at_least|killed']],
    ['Two soldiers died and three others were seriously wounded when their vehicle hit a mine.', ['Two|2|exact|killed', 'three|3|exact|wounded']],
    ['Kyiv said 4,300 Russian soldiers had been taken prisoner since the start of the year.', ['4,300|4300|exact|captured']],
    ['Around 1,300 people remain missing after the fighting in the city.', ['Around 1,300|1300|approx|missing']],
    ['Ukraine received the bodies of 757 fallen defenders on Friday.', ['757|757|exact|bodies']],
    ['Kyiv brings home 212 fallen soldiers in the latest handover', ['212|212|exact|bodies']],
    ['Hamas still holds 59 hostages, about 24 of whom are believed to be alive.', ['59|59|exact|captured']],
    ['The raid left 7,000-9,000 casualties among the defenders.', ['7,000-9,000|7000-9000|range|casualties']],
    ['Russia had lost 1,200 soldiers killed or wounded in the past day.', ['1,200|1200|exact|casualties']],
    ['A pundit insisted that no more than 4,000 civilians had died in the whole war.', ['no more than 4,000|4000|up_to|killed']],
    // disasters
    ['The earthquake killed more than 2,000 people and injured 4,500 across three provinces.', ['more than 2,000|2000|more_than|killed', '4,500|4500|exact|wounded']],
    ['The death toll from the floods has risen to 312, the disaster agency said.', ['312|312|exact|killed']],
    ['Flood death toll tops 1,000 in Pakistan', ['1,000|1000|more_than|killed']],
    ['At least 45 people were feared trapped under the rubble of the hotel.', ['At least 45|45|at_least|missing']],
    ['Rescuers pulled 19 bodies from the mud on Tuesday.', ['19|19|exact|bodies']],
    ['Hundreds of villagers are still unaccounted for after the landslide.', ['Hundreds|200|at_least|missing']],
    ['The ferry capsized with 80 passengers on board; 52 drowned and 11 were rescued.', ['52|52|exact|killed']],
    ['Forty-one miners were hurt in the blast, nine of them critically.', ['Forty-one|41|exact|wounded', 'nine|9|exact|wounded']],
    ['Emergency services reported 23 fatalities and 112 hospitalisations after the heatwave.', ['23|23|exact|killed', '112|112|exact|wounded']],
    ['Of the 61 passengers, 58 died and three survived.', ['58|58|exact|killed']],
    ['More than 1,000 homes were destroyed and 3,400 people displaced by the floods, which killed 14.', ['14|14|exact|killed']],
    ['At least 5 people died and 30 were injured in a 7.8 magnitude earthquake that struck at 4:17 am.', ['At least 5|5|at_least|killed', '30|30|at_least|wounded']],
    ['Two police officers and a civilian were among those killed.', ['Two|2|exact|killed']],
    ['Villagers said 13 members of one family died when the roof fell.', ['13|13|exact|killed']],
    // shootings and crime
    ['A gunman opened fire at the festival, killing six people and injuring 23 others before he was shot dead.', ['six|6|exact|killed', '23|23|exact|wounded']],
    ['Four people were shot dead and a fifth was wounded outside the bar.', ['Four|4|exact|killed']],
    ['Police said 12 victims had been taken to hospital.', ['12|12|exact|wounded']],
    // tables, labels and headlines
    ['Killed: 12,456', ['12,456|12456|exact|killed']],
    ['| Children injured | 1,747 |', ['1,747|1747|exact|wounded']],
    ['3. 46,000 — Ukrainian soldiers killed', ['46,000|46000|exact|killed']],
    ['Quake kills 2,100 in western Afghanistan', ['2,100|2100|exact|killed']],
    ['Storm death toll climbs to 57 as rivers keep rising', ['57|57|exact|killed']],
    // nominal forms
    ['The monitors recorded 406 deaths and 801 injuries among civilians.', ['406|406|exact|killed', '801|801|exact|wounded']],
    ['Kyiv offered to return the corpses of 3,000 soldiers.', ['3,000|3000|exact|bodies']],
    ['Moscow returned 500 dead soldiers to Ukraine.', ['500|500|exact|bodies']],
    ['The army put the number of militants killed at 1,700.', ['1,700|1700|exact|killed']],
    ['The strike killed 30 fighters and 12 civilians.', ['30|30|exact|killed', '12|12|exact|killed']],
    ['Some 4,500 soldiers have been wounded, including 900 seriously.', ['Some 4,500|4500|approx|wounded', '900|900|exact|wounded']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

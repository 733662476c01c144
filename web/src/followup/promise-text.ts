import type { Lang } from "../i18n/i18n";

/**
 * English wordings of the promises' titles and the targets' labels, keyed by the Swedish text
 * they translate (the seeded promises, seed/promises.ts, and the API's default labels). The
 * Swedish wording is the key on purpose: when an administrator rewords a promise, the old
 * translation no longer applies, and the new Swedish text is shown (marked as Swedish) instead
 * of a stale English one.
 */
const ENGLISH: Readonly<Record<string, string>> = {
  // Medborgarlöfte 2023–2025
  "Förebygga våld, hat och hot, i synnerhet våld i nära relationer": "Prevent violence, hate and threats, above all violence in close relationships",
  "Tillsammans mot narkotika och droger, särskilt bland unga": "Together against narcotics and drugs, above all among young people",
  "Underrättelsebaserade riktade insatser mot narkotika": "Intelligence-led targeted operations against drugs",
  "Information om narkotika på högstadiet och gymnasiet, minst en gång per år": "Information about drugs at the lower and upper secondary schools, at least once a year",
  "Narkotikasök med hund på gymnasieskolan, minst en gång per år": "Drug search with a dog at the upper secondary school, at least once a year",
  "Kontinuerliga trafikkontroller i hela kommunen": "Continuous traffic checks in the whole municipality",
  "Gemensam utåtriktad kommunikation vid särskilda tillfällen": "Joint communication to the public on special occasions",
  "Aktiviteter mot våld, hat och hot per år": "Activities against violence, hate and threats per year",
  "Aktiviteter mot alkohol och droger per år": "Activities against alcohol and drugs per year",
  "Riktade insatser per år": "Targeted operations per year",
  "Information på högstadiet (minst 1 per år)": "Information at the lower secondary school (at least 1 a year)",
  "Information på gymnasiet (minst 1 per år)": "Information at the upper secondary school (at least 1 a year)",
  "Narkotikasök med hund på gymnasiet (minst 1 per år)": "Drug search with a dog at the upper secondary school (at least 1 a year)",
  "Månader med trafikkontroll (12 av 12)": "Months with a traffic check (12 of 12)",
  "Andel trafikkontroller utanför tätorten (minst 40 %)": "Share of traffic checks outside the town (at least 40%)",
  "Gemensam kommunikation per år": "Joint communication per year",
  "Varje by besökt minst två gånger per år": "Every village visited at least twice a year",
  // The API's label for a village cadence without a label of its own (follow-up.labels.ts)
  "Byar som nått sin besöksrytm": "Villages that met their visit cadence",
  // Medborgarlöfte 2020–2022
  "Synlig polis i tätorten och byarna": "Visible police in the town and the villages",
  "Fotpatruller och ronderingar per år": "Foot patrols and residential patrols per year",
  "Trafikkontroller i hela kommunen": "Traffic checks in the whole municipality",
  "Trafikkontroller per år": "Traffic checks per year",
  "Besök i byarna": "Visits to the villages",
  "Besök i byarna per år": "Village visits per year",
  "Besök i skolorna": "Visits to the schools",
  "Skolbesök per år": "School visits per year",
  "Krogbesök och närvaro där ungdomar vistas": "Pub visits and presence where young people gather",
  "Krogbesök och besök där ungdomar vistas per år": "Pub visits and visits where young people gather per year",
  // The API's label for a promise without targets (follow-up-result.ts)
  "Aktiviteter utifrån problembilder per år": "Activities on current problems per year",
  "Aktiviteter för trafiksäkerheten per år": "Activities for traffic safety per year",
};

/** A promise's or target's text in `lang`, with the language it is actually in (for `lang=`). */
export function promiseText(swedish: string, lang: Lang): { text: string; lang: Lang } {
  const english = lang === "en" ? ENGLISH[swedish] : undefined;
  return english ? { text: english, lang: "en" } : { text: swedish, lang: "sv" };
}

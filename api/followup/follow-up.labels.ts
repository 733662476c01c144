import { ActivityKind, ActivityStatus, Organisation, PlaceKind, PriorityArea, SchoolLevel, Zone } from "../common/enums";
import { PromiseMeasure } from "../promises/promise-target.entity";
import { PromiseStatus } from "./follow-up.types";

/** Swedish names of the enums, as the web shows them (web/src/i18n/sv.ts), for exports. */
export const KIND_LABEL: Record<ActivityKind, string> = {
  [ActivityKind.FOOT_PATROL]: "Fotpatrull",
  [ActivityKind.TRAFFIC_CHECK]: "Trafikkontroll",
  [ActivityKind.VILLAGE_VISIT]: "Besök i byarna",
  [ActivityKind.SCHOOL_VISIT]: "Skolbesök",
  [ActivityKind.SCHOOL_INFORMATION]: "Information på skola",
  [ActivityKind.DRUG_DOG_SEARCH]: "Narkotikasök med hund",
  [ActivityKind.PUB_VISIT]: "Krogbesök",
  [ActivityKind.YOUTH_VISIT]: "Besök där ungdomar vistas",
  [ActivityKind.RESIDENTIAL_PATROL]: "Rondering av villakvarter",
  [ActivityKind.TARGETED_OPERATION]: "Riktad insats",
  [ActivityKind.JOINT_COMMUNICATION]: "Gemensam utåtriktad kommunikation",
  [ActivityKind.CITIZEN_DIALOGUE]: "Medborgardialog",
};

/** Swedish names of the organisations. */
export const ORGANISATION_LABEL: Record<Organisation, string> = {
  [Organisation.POLICE]: "Polisen",
  [Organisation.MUNICIPALITY]: "Kommunen",
  [Organisation.JOINT]: "Gemensamt",
};

/** Swedish names of the statuses. */
export const STATUS_LABEL: Record<ActivityStatus, string> = {
  [ActivityStatus.PLANNED]: "Planerad",
  [ActivityStatus.DONE]: "Genomförd",
  [ActivityStatus.CANCELLED]: "Inställd",
};

/** Swedish names of the zones. */
export const ZONE_LABEL: Record<Zone, string> = {
  [Zone.TOWN]: "Tätorten",
  [Zone.VILLAGE]: "Byarna",
  [Zone.RURAL]: "Övrigt (vägar, skog, fjäll)",
};

/** Swedish names of the priority areas. */
export const AREA_LABEL: Record<PriorityArea, string> = {
  [PriorityArea.VIOLENCE]: "Våld, hat och hot",
  [PriorityArea.ALCOHOL_DRUGS]: "Alkohol och droger",
  [PriorityArea.TRAFFIC]: "Trafiksäkerhet",
  [PriorityArea.FLEXIBLE]: "Flexibelt utifrån problembilder",
};

/** Swedish names of the measures. */
export const MEASURE_LABEL: Record<PromiseMeasure, string> = {
  [PromiseMeasure.COUNT_PER_YEAR]: "Antal per år",
  [PromiseMeasure.MONTHS_COVERED]: "Månader med aktivitet",
  [PromiseMeasure.SHARE_OUTSIDE_TOWN]: "Andel utanför tätorten",
  [PromiseMeasure.VILLAGE_CADENCE]: "Byar som nått sin besöksrytm",
};

/** Swedish names of the follow-up statuses. */
export const PROMISE_STATUS_LABEL: Record<PromiseStatus, string> = {
  [PromiseStatus.MET]: "Uppfyllt",
  [PromiseStatus.NOT_MET]: "Ej uppfyllt",
  [PromiseStatus.NO_TARGET]: "Inget mål",
  [PromiseStatus.IN_PROGRESS]: "Pågår",
  [PromiseStatus.ON_TRACK]: "I fas",
  [PromiseStatus.AT_RISK]: "I riskzonen",
};

/** How a kind reads in a sentence: singular, plural and definite plural ("trafikkontrollerna"). */
export const KIND_NOUN: Record<ActivityKind, { one: string; many: string; the: string }> = {
  [ActivityKind.FOOT_PATROL]: { one: "fotpatrull", many: "fotpatruller", the: "fotpatrullerna" },
  [ActivityKind.TRAFFIC_CHECK]: { one: "trafikkontroll", many: "trafikkontroller", the: "trafikkontrollerna" },
  [ActivityKind.VILLAGE_VISIT]: { one: "besök i byarna", many: "besök i byarna", the: "besöken i byarna" },
  [ActivityKind.SCHOOL_VISIT]: { one: "skolbesök", many: "skolbesök", the: "skolbesöken" },
  [ActivityKind.SCHOOL_INFORMATION]: { one: "informationstillfälle", many: "informationstillfällen", the: "informationstillfällena" },
  [ActivityKind.DRUG_DOG_SEARCH]: { one: "narkotikasök med hund", many: "narkotikasök med hund", the: "narkotikasöken med hund" },
  [ActivityKind.PUB_VISIT]: { one: "krogbesök", many: "krogbesök", the: "krogbesöken" },
  [ActivityKind.YOUTH_VISIT]: { one: "besök där ungdomar vistas", many: "besök där ungdomar vistas", the: "besöken där ungdomar vistas" },
  [ActivityKind.RESIDENTIAL_PATROL]: { one: "rondering av villakvarter", many: "ronderingar av villakvarter", the: "ronderingarna av villakvarter" },
  [ActivityKind.TARGETED_OPERATION]: { one: "riktad insats", many: "riktade insatser", the: "de riktade insatserna" },
  [ActivityKind.JOINT_COMMUNICATION]: { one: "gemensam kommunikationsinsats", many: "gemensamma kommunikationsinsatser", the: "de gemensamma kommunikationsinsatserna" },
  [ActivityKind.CITIZEN_DIALOGUE]: { one: "medborgardialog", many: "medborgardialoger", the: "medborgardialogerna" },
};

/** What an activity in an area is for, in a sentence ("aktiviteter mot alkohol och droger"). */
export const AREA_PHRASE: Record<PriorityArea, string> = {
  [PriorityArea.VIOLENCE]: "mot våld, hat och hot",
  [PriorityArea.ALCOHOL_DRUGS]: "mot alkohol och droger",
  [PriorityArea.TRAFFIC]: "för trafiksäkerheten",
  [PriorityArea.FLEXIBLE]: "utifrån problembilder",
};

/** Where a target's place condition points, in a sentence ("på gymnasiet"). */
export const SCHOOL_LEVEL_PHRASE: Record<SchoolLevel, string> = {
  [SchoolLevel.PRIMARY]: "på låg- och mellanstadiet",
  [SchoolLevel.LOWER_SECONDARY]: "på högstadiet",
  [SchoolLevel.UPPER_SECONDARY]: "på gymnasiet",
  [SchoolLevel.ADULT]: "inom vuxenutbildningen",
};

/** A place kind in a sentence ("i byarna"). */
export const PLACE_KIND_PHRASE: Record<PlaceKind, string> = {
  [PlaceKind.TOWN]: "i tätorten",
  [PlaceKind.VILLAGE]: "i byarna",
  [PlaceKind.SCHOOL]: "på skolorna",
  [PlaceKind.VENUE]: "på lokaler och mötesplatser",
};

/** How a kind reads in an English sentence: singular, plural and definite plural. */
export const KIND_NOUN_EN: Record<ActivityKind, { one: string; many: string; the: string }> = {
  [ActivityKind.FOOT_PATROL]: { one: "foot patrol", many: "foot patrols", the: "the foot patrols" },
  [ActivityKind.TRAFFIC_CHECK]: { one: "traffic check", many: "traffic checks", the: "the traffic checks" },
  [ActivityKind.VILLAGE_VISIT]: { one: "village visit", many: "village visits", the: "the village visits" },
  [ActivityKind.SCHOOL_VISIT]: { one: "school visit", many: "school visits", the: "the school visits" },
  [ActivityKind.SCHOOL_INFORMATION]: { one: "information session", many: "information sessions", the: "the information sessions" },
  [ActivityKind.DRUG_DOG_SEARCH]: { one: "drug search with a dog", many: "drug searches with a dog", the: "the drug searches with a dog" },
  [ActivityKind.PUB_VISIT]: { one: "pub visit", many: "pub visits", the: "the pub visits" },
  [ActivityKind.YOUTH_VISIT]: { one: "visit where young people gather", many: "visits where young people gather", the: "the visits where young people gather" },
  [ActivityKind.RESIDENTIAL_PATROL]: { one: "residential area patrol", many: "residential area patrols", the: "the residential area patrols" },
  [ActivityKind.TARGETED_OPERATION]: { one: "targeted operation", many: "targeted operations", the: "the targeted operations" },
  [ActivityKind.JOINT_COMMUNICATION]: { one: "joint communication effort", many: "joint communication efforts", the: "the joint communication efforts" },
  [ActivityKind.CITIZEN_DIALOGUE]: { one: "citizen dialogue", many: "citizen dialogues", the: "the citizen dialogues" },
};

/** What an activity in an area is for, in an English sentence. */
export const AREA_PHRASE_EN: Record<PriorityArea, string> = {
  [PriorityArea.VIOLENCE]: "against violence, hate and threats",
  [PriorityArea.ALCOHOL_DRUGS]: "against alcohol and drugs",
  [PriorityArea.TRAFFIC]: "for traffic safety",
  [PriorityArea.FLEXIBLE]: "on current problems",
};

/** Where a target's school level points, in an English sentence. */
export const SCHOOL_LEVEL_PHRASE_EN: Record<SchoolLevel, string> = {
  [SchoolLevel.PRIMARY]: "at the primary school",
  [SchoolLevel.LOWER_SECONDARY]: "at the lower secondary school",
  [SchoolLevel.UPPER_SECONDARY]: "at the upper secondary school",
  [SchoolLevel.ADULT]: "in adult education",
};

/** A place kind in an English sentence. */
export const PLACE_KIND_PHRASE_EN: Record<PlaceKind, string> = {
  [PlaceKind.TOWN]: "in the town",
  [PlaceKind.VILLAGE]: "in the villages",
  [PlaceKind.SCHOOL]: "at the schools",
  [PlaceKind.VENUE]: "at venues and meeting places",
};

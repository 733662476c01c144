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
};

/** Swedish names of the follow-up statuses. */
export const PROMISE_STATUS_LABEL: Record<PromiseStatus, string> = {
  [PromiseStatus.MET]: "Uppfyllt",
  [PromiseStatus.NOT_MET]: "Ej uppfyllt",
  [PromiseStatus.NO_TARGET]: "Inget mål",
  [PromiseStatus.IN_PROGRESS]: "Pågår",
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

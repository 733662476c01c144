import { registerEnumType } from "type-graphql";
import { ActivityKind, ActivityStatus, CadencePeriod, Organisation, PlaceKind, PriorityArea, Role, SchoolLevel, Zone } from "../../domain/enums";

// The values live in domain/ (the web reads the same ones); here they become GraphQL enums.
export { ActivityKind, ActivityStatus, CadencePeriod, Organisation, PlaceKind, PriorityArea, Role, SchoolLevel, Zone };

registerEnumType(PriorityArea, { name: "PriorityArea", description: "Prioriterat område" });
registerEnumType(ActivityKind, { name: "ActivityKind", description: "Typ av aktivitet" });
registerEnumType(Organisation, { name: "Organisation", description: "Polisen, kommunen eller gemensamt" });
registerEnumType(ActivityStatus, { name: "ActivityStatus", description: "Planerad, genomförd eller inställd" });
registerEnumType(PlaceKind, { name: "PlaceKind", description: "Tätort, by, skola eller lokal" });
registerEnumType(Zone, { name: "Zone", description: "Tätorten, byarna eller annan plats" });
registerEnumType(Role, { name: "Role", description: "Användarens roll" });
registerEnumType(SchoolLevel, { name: "SchoolLevel", description: "Skolnivå" });

import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { Activity } from "./activity.entity";

/** The properties every page reads whatever is asked: its cursor (start, internal id) and the audit of planned police work (id, organisation, status). */
const ALWAYS: ReadonlyArray<keyof Activity & string> = ["id", "rowId", "organisation", "status", "startsAt"];

/** The properties a GraphQL field of Activity is made of, where they are not the field's own name. */
const FIELD_PROPERTIES: Readonly<Record<string, ReadonlyArray<keyof Activity & string>>> = {
  outcome: ["vehiclesChecked", "breathTests", "suspectedDrunkDriving", "suspectedDrugDriving", "peopleReached", "findings"],
  place: ["placeId"],
};

/** The field names selected in `set`, through fragments and inline fragments (directives ignored: a field that may be skipped is still read). */
function fieldNames(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Map<string, SelectionSetNode[]>): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const sets = into.get(selection.name.value) ?? [];
      if (selection.selectionSet) sets.push(selection.selectionSet);
      into.set(selection.name.value, sets);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fieldNames(selection.selectionSet, info, into);
    } else {
      fieldNames(info.fragments[selection.name.value]?.selectionSet, info, into);
    }
  }
}

/** The fields selected under `sets`, merged. */
function selected(sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): Map<string, SelectionSetNode[]> {
  const into = new Map<string, SelectionSetNode[]>();
  for (const set of sets) fieldNames(set, info, into);
  return into;
}

/**
 * The activity properties an `activities` connection query reads for its nodes (`edges { node { … } }`),
 * so that the page's statement selects and the driver parses only those columns.
 */
export function selectedNodeProperties(info: GraphQLResolveInfo): Set<keyof Activity & string> {
  const connection = selected(
    info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])),
    info,
  );
  const node = selected(selected(connection.get("edges") ?? [], info).get("node") ?? [], info);
  const properties = new Set<keyof Activity & string>(ALWAYS);
  for (const field of node.keys()) for (const property of FIELD_PROPERTIES[field] ?? [field as keyof Activity & string]) properties.add(property);
  return properties;
}

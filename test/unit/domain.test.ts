import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ACTIVITY_KINDS,
  ACTIVITY_LIMITS,
  AUDIT_ACTIONS,
  ErrorCode,
  OUTCOME_FIELDS,
  ORGANISATIONS,
  PRIORITY_AREAS,
  PROMISE_MEASURES,
  ROLES,
  STATUSES,
  USER_ERROR_CODES,
  YEARS,
  activityDateWindow,
  canPlan,
  canWriteActivity,
  checkActivity,
  defaultOrganisation,
  isValidCount,
  seesPlannedPolice,
  writableOrganisations,
  type ActivityDraft,
} from "../../domain";

const NOW = new Date("2026-06-15T10:00:00Z");
const draft = (over: Partial<ActivityDraft> = {}): ActivityDraft => ({
  organisation: "POLICE",
  status: "PLANNED",
  priorityAreas: ["TRAFFIC"],
  lat: 66.6,
  lng: 19.8,
  startsAt: "2026-06-20T10:00:00Z",
  ...over,
});

describe("who may write what", () => {
  it.each([
    ["VIEWER", []],
    ["MUNICIPALITY", ["MUNICIPALITY", "JOINT"]],
    ["POLICE", ["POLICE", "JOINT"]],
    ["ADMIN", ["POLICE", "MUNICIPALITY", "JOINT"]],
  ] as const)("%s writes %j", (role, organisations) => {
    expect(writableOrganisations(role)).toEqual(organisations);
    expect(canPlan(role)).toBe(organisations.length > 0);
    for (const o of ORGANISATIONS) expect(canWriteActivity(role, o)).toBe((organisations as readonly string[]).includes(o));
  });

  it("gives a new activity the role's own organisation, joint for an administrator", () => {
    expect(ROLES.map(defaultOrganisation)).toEqual(["JOINT", "MUNICIPALITY", "POLICE", "JOINT"]);
  });
});

describe("who sees what", () => {
  it("shows planned and cancelled police work to police and administrators only", () => {
    expect(ROLES.filter(seesPlannedPolice)).toEqual(["POLICE", "ADMIN"]);
  });
});

describe("enum values", () => {
  it("are the schema's values", () => {
    const schema = readFileSync(path.resolve(__dirname, "../../schema/schema.graphql"), "utf8");
    const values = (name: string) => {
      const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1] ?? "";
      return body
        .replace(/"""[\s\S]*?"""|"[^"\n]*"/g, "")
        .split(/\s+/)
        .filter(Boolean)
        .sort();
    };
    const sorted = (list: readonly string[]) => [...list].sort();
    expect(values("ActivityKind")).toEqual(sorted(ACTIVITY_KINDS));
    expect(values("PriorityArea")).toEqual(sorted(PRIORITY_AREAS));
    expect(values("Organisation")).toEqual(sorted(ORGANISATIONS));
    expect(values("Role")).toEqual(sorted(ROLES));
    expect(values("PromiseMeasure")).toEqual(sorted(PROMISE_MEASURES));
    expect(values("ActivityStatus")).toEqual(sorted(STATUSES));
  });

  it("give every kind its outcome fields", () => {
    expect(Object.keys(OUTCOME_FIELDS).sort()).toEqual([...ACTIVITY_KINDS].sort());
    expect(OUTCOME_FIELDS.TRAFFIC_CHECK).toContain("breathTests");
    expect(OUTCOME_FIELDS.DRUG_DOG_SEARCH).toEqual(["findings"]);
  });
});

describe("audit actions", () => {
  it("list every action the API records, the undone delete included", () => {
    expect(AUDIT_ACTIONS).toEqual(expect.arrayContaining(["CREATE", "DELETE", "RESTORE", "UNDO_DELETE", "READ_PLANNED_POLICE"]));
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});

describe("error codes", () => {
  it("names the codes a person can meet, all of them the API's", () => {
    const codes: string[] = Object.values(ErrorCode);
    expect(USER_ERROR_CODES.every((c) => codes.includes(c))).toBe(true);
    expect(USER_ERROR_CODES).not.toContain(ErrorCode.TOO_MANY_TOKENS);
  });
});

describe("activity rules", () => {
  it("accepts a valid draft", () => {
    expect(checkActivity(draft(), "POLICE", NOW)).toEqual([]);
  });

  it("keeps times from the earliest year to two years ahead", () => {
    const { earliest, latest } = activityDateWindow(NOW);
    expect(earliest.toISOString()).toBe(`${YEARS.earliest}-01-01T00:00:00.000Z`);
    expect(latest.getFullYear()).toBe(NOW.getFullYear() + ACTIVITY_LIMITS.yearsAhead);
    expect(checkActivity(draft({ startsAt: "1999-12-31T23:00:00Z" }), "POLICE", NOW)).toEqual([{ field: "startsAt", key: "rule.startsAt" }]);
    expect(checkActivity(draft({ startsAt: "2029-01-01T00:00:00Z" }), "POLICE", NOW)).toEqual([{ field: "startsAt", key: "rule.startsAt" }]);
    expect(checkActivity(draft({ endsAt: "2026-06-19T10:00:00Z" }), "POLICE", NOW)).toEqual([{ field: "endsAt", key: "rule.endsAt" }]);
  });

  it("names every broken rule by the API's field", () => {
    const breaches = checkActivity(
      draft({
        organisation: "POLICE",
        status: "DONE",
        priorityAreas: [],
        lat: null,
        title: "x".repeat(ACTIVITY_LIMITS.titleMax + 1),
        notes: "Pratade med 19811228-9874 om läget.",
        outcome: { breathTests: -1, findings: "811228-9874" },
      }),
      "MUNICIPALITY",
      NOW,
    );
    expect(breaches.map((b) => `${b.field}:${b.key}`)).toEqual([
      "organisation:rule.organisation",
      "priorityAreas:rule.priorityAreas",
      "lat:rule.position",
      "status:rule.doneInFuture",
      "title:rule.titleMax",
      "notes:rule.personnummer",
      "outcome.breathTests:rule.count",
      "outcome.findings:rule.personnummer",
    ]);
  });

  it("takes a place instead of a point", () => {
    expect(checkActivity(draft({ lat: null, lng: null, placeId: "7" }), "POLICE", NOW)).toEqual([]);
  });

  it("counts whole numbers from zero to the limit", () => {
    expect([0, 5, ACTIVITY_LIMITS.countMax].every(isValidCount)).toBe(true);
    expect([-1, 1.5, ACTIVITY_LIMITS.countMax + 1, Number.NaN].some(isValidCount)).toBe(false);
  });
});

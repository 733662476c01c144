import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockholmYear } from "../../api/followup/follow-up-result";
import { startTestServer, type GqlClient, type TestServer } from "../support/test-server";
import { statementsOf } from "./followup-fixture";
import type { DocumentNode } from "graphql";
import { graphql } from "../gql";
import type { PromiseInput, PromiseTargetInput, PromiseTestFieldsFragment } from "../gql/graphql";

/** The fields of a promise, spread by the operations below. */
graphql(`
  fragment PromiseTestFields on Promise {
    id
    number
    title
    description
    organisation
    priorityArea
    targets {
      id
      measure
      kinds
      priorityAreas
      placeKind
      schoolLevel
      target
      label
    }
  }
`);
const PERIODS = graphql(`
  query PromisePeriodsTest {
    promisePeriods {
      id
      name
      startYear
      endYear
      promises {
        ...PromiseTestFields
      }
    }
  }
`);
const CREATE_PERIOD = graphql(`
  mutation CreatePromisePeriodTest($input: PromisePeriodInput!) {
    createPromisePeriod(input: $input) {
      id
      name
      startYear
      endYear
      promises {
        id
      }
    }
  }
`);
const UPDATE_PERIOD = graphql(`
  mutation UpdatePromisePeriodTest($id: ID!, $input: PromisePeriodInput!) {
    updatePromisePeriod(id: $id, input: $input) {
      id
      name
      startYear
      endYear
    }
  }
`);
const CREATE_PROMISE = graphql(`
  mutation CreatePromiseTest($periodId: ID!, $input: PromiseInput!) {
    createPromise(periodId: $periodId, input: $input) {
      ...PromiseTestFields
    }
  }
`);
const UPDATE_PROMISE = graphql(`
  mutation UpdatePromiseTest($id: ID!, $input: PromiseInput!) {
    updatePromise(id: $id, input: $input) {
      ...PromiseTestFields
    }
  }
`);
const SET_TARGET = graphql(`
  mutation SetPromiseTargetTest($promiseId: ID!, $target: PromiseTargetInput!) {
    setPromiseTarget(promiseId: $promiseId, target: $target) {
      ...PromiseTestFields
    }
  }
`);
const UPDATE_TARGET = graphql(`
  mutation UpdatePromiseTargetTest($id: ID!, $target: PromiseTargetInput!) {
    updatePromiseTarget(id: $id, target: $target) {
      ...PromiseTestFields
    }
  }
`);
const DELETE_TARGET = graphql(`
  mutation DeletePromiseTargetTest($id: ID!) {
    deletePromiseTarget(id: $id) {
      ...PromiseTestFields
    }
  }
`);

type PromiseRow = PromiseTestFieldsFragment;

let server: TestServer;
const clients: Record<string, GqlClient> = {};

beforeAll(async () => {
  server = await startTestServer({ template: "demo" });
  for (const name of ["polis", "kommun", "mote", "admin"]) clients[name] = await server.as(name);
});
afterAll(() => server?.close());

/** Rows of the promise tables and their audit events. */
async function counts(): Promise<Record<string, number>> {
  const [row] = await server.dataSource.query(
    `SELECT (SELECT count(*) FROM promise_period)::int AS periods, (SELECT count(*) FROM promise)::int AS promises,
            (SELECT count(*) FROM promise_target)::int AS targets,
            (SELECT count(*) FROM audit_event WHERE entity LIKE 'promise%')::int AS audits`,
  );
  return row;
}

/** Runs a mutation that must fail with `code` (and `field`), and checks that nothing was written. */
async function refused(as: string, query: DocumentNode, variables: Record<string, unknown>, code: string, field?: string): Promise<void> {
  const before = await counts();
  const res = await clients[as].request(query, variables);
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
  if (field) expect(res.errors?.[0]?.extensions?.field, JSON.stringify(variables)).toBe(field);
  expect(await counts()).toEqual(before);
}

const periods = async (as = "mote") => (await clients[as].ok(PERIODS)).promisePeriods;

describe("promisePeriods", () => {
  it("lists the seeded periods with their promises and targets, for every signed-in role", async () => {
    const list = await periods();
    expect(list.map((p) => [p.name, p.startYear, p.endYear, p.promises.length])).toEqual([
      ["Medborgarlöfte 2020–2022", 2020, 2022, 5],
      ["Medborgarlöfte 2023–2025", 2023, 2025, 7],
    ]);
    // 14 counted targets and the village cadence of 2023–2025.
    expect(list.flatMap((p) => p.promises.flatMap((x) => x.targets))).toHaveLength(15);
    const p4 = list[1].promises.find((p) => p.number === 4)!;
    expect(p4.targets.map((t) => [t.measure, t.kinds, t.placeKind, t.schoolLevel, t.target])).toEqual([
      ["COUNT_PER_YEAR", ["SCHOOL_INFORMATION"], "SCHOOL", "LOWER_SECONDARY", 1],
      ["COUNT_PER_YEAR", ["SCHOOL_INFORMATION"], "SCHOOL", "UPPER_SECONDARY", 1],
    ]);
    const p6 = list[1].promises.find((p) => p.number === 6)!;
    expect(p6.targets.map((t) => [t.measure, t.target])).toEqual([
      ["MONTHS_COVERED", 12],
      ["SHARE_OUTSIDE_TOWN", 0.4],
    ]);
    for (const name of ["polis", "kommun", "admin"]) expect(await periods(name)).toEqual(list);
  });

  it("reads the whole catalog in three statements, however many periods and promises", async () => {
    const session = await statementsOf(server, () => clients.mote.ok(`{ me { id } }`));
    expect(await statementsOf(server, () => periods())).toBe(session + 3);
  });
});

describe("createPromisePeriod and updatePromisePeriod (ADMIN)", () => {
  const next = stockholmYear() + 1;

  it("creates a period, audited, that the follow-up then uses", async () => {
    const input = { name: `Medborgarlöfte ${next}–${next + 2}`, startYear: next, endYear: next + 2 };
    const { createPromisePeriod } = await clients.admin.ok(CREATE_PERIOD, { input });
    expect(createPromisePeriod).toMatchObject({ ...input, promises: [] });
    const [audit] = await server.dataSource.query(`SELECT action, actor_username, details FROM audit_event WHERE entity = 'promise_period' AND entity_id = $1`, [createPromisePeriod.id]);
    expect(audit).toMatchObject({ action: "CREATE", actor_username: "admin", details: { before: null, after: { name: input.name, startYear: next } } });
    const { followUp } = await clients.mote.ok(
      graphql(`
        query PromisePeriodFollowUpTest($y: Int!) {
          followUp(year: $y) {
            period {
              id
            }
            promises {
              label
            }
          }
        }
      `),
      { y: next },
    );
    expect(followUp).toEqual({ period: { id: createPromisePeriod.id }, promises: [] });
  });

  it("refuses bad years, an empty name and overlapping periods with the field, writing nothing", async () => {
    const ok = { name: "Ny period", startYear: 2040, endYear: 2042 };
    await refused("admin", CREATE_PERIOD, { input: { ...ok, startYear: 1999 } }, "BAD_USER_INPUT", "startYear");
    await refused("admin", CREATE_PERIOD, { input: { ...ok, endYear: 2101 } }, "BAD_USER_INPUT", "endYear");
    await refused("admin", CREATE_PERIOD, { input: { ...ok, endYear: 2039 } }, "BAD_USER_INPUT", "endYear");
    await refused("admin", CREATE_PERIOD, { input: { ...ok, name: "   " } }, "BAD_USER_INPUT", "name");
    await refused("admin", CREATE_PERIOD, { input: { ...ok, name: "x".repeat(101) } }, "BAD_USER_INPUT", "name");
    // 2025 belongs to 2023–2025; 2021–2021 lies inside 2020–2022; 2019–2030 spans both.
    for (const [startYear, endYear] of [
      [2025, 2026],
      [2021, 2021],
      [2019, 2030],
    ]) {
      await refused("admin", CREATE_PERIOD, { input: { ...ok, startYear, endYear } }, "BAD_USER_INPUT", "startYear");
    }
    const res = await clients.admin.request(CREATE_PERIOD, { input: { ...ok, startYear: 2024, endYear: 2026 } });
    expect(res.errors?.[0]?.message).toBe("Åren 2024–2026 överlappar perioden ”Medborgarlöfte 2023–2025” (2023–2025).");
  });

  it("lets only one of two overlapping periods created at the same time through", async () => {
    // Hold the table so both requests are in flight together, then let them go at once.
    const blocker = server.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query(`LOCK TABLE promise_period IN SHARE ROW EXCLUSIVE MODE`);
    // Different start years, so only the overlap check (not the unique start year) can stop the second.
    const make = (name: string, startYear: number) => clients.admin.request(CREATE_PERIOD, { input: { name, startYear, endYear: startYear + 2 } });
    const pending = Promise.all([make("A", 2050), make("B", 2051)]);
    for (let i = 0; i < 200; i += 1) {
      const [{ waiting }] = await server.dataSource.query(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      if (waiting >= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await blocker.commitTransaction();
    await blocker.release();
    const results = await pending;
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "startYear" });
  });

  it("renames and moves a period, but not onto another", async () => {
    const [p2020] = await periods();
    const { updatePromisePeriod } = await clients.admin.ok(UPDATE_PERIOD, {
      id: p2020.id,
      input: { name: "Medborgarlöfte 2020–2022 (reviderat)", startYear: 2020, endYear: 2022 },
    });
    expect(updatePromisePeriod.name).toBe("Medborgarlöfte 2020–2022 (reviderat)");
    await refused("admin", UPDATE_PERIOD, { id: p2020.id, input: { name: "x", startYear: 2020, endYear: 2023 } }, "BAD_USER_INPUT", "startYear");
    await refused("admin", UPDATE_PERIOD, { id: "999999", input: { name: "x", startYear: 2090, endYear: 2091 } }, "NOT_FOUND");
    await refused("admin", UPDATE_PERIOD, { id: "abc", input: { name: "x", startYear: 2090, endYear: 2091 } }, "NOT_FOUND");
  });
});

describe("promises and targets (ADMIN)", () => {
  let periodId: string;
  let promise: PromiseRow;

  beforeAll(async () => {
    const { createPromisePeriod } = await clients.admin.ok(CREATE_PERIOD, { input: { name: "Medborgarlöfte 2060–2062", startYear: 2060, endYear: 2062 } });
    periodId = createPromisePeriod.id;
  });

  const promiseInput: PromiseInput = { number: 1, title: "Trygga byar", description: "Polisen och kommunen besöker varje by minst en gång per år.", organisation: "JOINT", priorityArea: "FLEXIBLE" };

  it("creates a promise in a period, audited", async () => {
    ({ createPromise: promise } = await clients.admin.ok(CREATE_PROMISE, { periodId, input: promiseInput }));
    expect(promise).toMatchObject({ ...promiseInput, targets: [] });
    const [audit] = await server.dataSource.query(`SELECT action FROM audit_event WHERE entity = 'promise' AND entity_id = $1`, [promise.id]);
    expect(audit.action).toBe("CREATE");
  });

  it("refuses a taken number, empty or too long texts and an unknown period", async () => {
    await refused("admin", CREATE_PROMISE, { periodId, input: promiseInput }, "BAD_USER_INPUT", "number");
    await refused("admin", CREATE_PROMISE, { periodId, input: { ...promiseInput, number: 0 } }, "BAD_USER_INPUT", "number");
    await refused("admin", CREATE_PROMISE, { periodId, input: { ...promiseInput, number: 2, title: "" } }, "BAD_USER_INPUT", "title");
    await refused("admin", CREATE_PROMISE, { periodId, input: { ...promiseInput, number: 2, title: "x".repeat(301) } }, "BAD_USER_INPUT", "title");
    await refused("admin", CREATE_PROMISE, { periodId, input: { ...promiseInput, number: 2, description: " " } }, "BAD_USER_INPUT", "description");
    await refused("admin", CREATE_PROMISE, { periodId: "999999", input: { ...promiseInput, number: 2 } }, "NOT_FOUND");
  });

  it("changes a promise's title, description, organisation and area, audited with before and after", async () => {
    const input: PromiseInput = { ...promiseInput, title: "Trygga byar i hela kommunen", organisation: "POLICE", priorityArea: "VIOLENCE" };
    const { updatePromise } = await clients.admin.ok(UPDATE_PROMISE, { id: promise.id, input });
    expect(updatePromise).toMatchObject({ id: promise.id, title: "Trygga byar i hela kommunen", organisation: "POLICE", priorityArea: "VIOLENCE" });
    const [audit] = await server.dataSource.query(`SELECT details FROM audit_event WHERE entity = 'promise' AND entity_id = $1 AND action = 'UPDATE'`, [promise.id]);
    expect(audit.details).toMatchObject({ before: { title: "Trygga byar", organisation: "JOINT" }, after: { title: "Trygga byar i hela kommunen", organisation: "POLICE" } });
    await clients.admin.ok(CREATE_PROMISE, { periodId, input: { ...promiseInput, number: 2 } });
    await refused("admin", UPDATE_PROMISE, { id: promise.id, input: { ...input, number: 2 } }, "BAD_USER_INPUT", "number");
    await refused("admin", UPDATE_PROMISE, { id: "999999", input }, "NOT_FOUND");
  });

  const visits: PromiseTargetInput = { measure: "COUNT_PER_YEAR", kinds: ["VILLAGE_VISIT"], placeKind: "VILLAGE", target: 10, label: "Besök i byarna (minst 10 per år)" };

  it("sets a target, replaces it when measure and school level are the same, adds another otherwise", async () => {
    const first = (await clients.admin.ok(SET_TARGET, { promiseId: promise.id, target: visits })).setPromiseTarget;
    expect(first.targets).toEqual([
      {
        id: expect.any(String),
        measure: "COUNT_PER_YEAR",
        kinds: ["VILLAGE_VISIT"],
        priorityAreas: [],
        placeKind: "VILLAGE",
        schoolLevel: null,
        target: 10,
        label: "Besök i byarna (minst 10 per år)",
      },
    ]);
    const replaced = (await clients.admin.ok(SET_TARGET, { promiseId: promise.id, target: { ...visits, target: 12, kinds: ["VILLAGE_VISIT", "VILLAGE_VISIT"] } })).setPromiseTarget;
    expect(replaced.targets.map((t) => [t.id, t.target, t.kinds])).toEqual([[first.targets[0].id, 12, ["VILLAGE_VISIT"]]]);
    const share: PromiseTargetInput = { measure: "SHARE_OUTSIDE_TOWN", priorityAreas: ["VIOLENCE"], target: 0.5, label: "Hälften utanför tätorten" };
    const two = (await clients.admin.ok(SET_TARGET, { promiseId: promise.id, target: share })).setPromiseTarget;
    expect(two.targets.map((t) => t.measure)).toEqual(["COUNT_PER_YEAR", "SHARE_OUTSIDE_TOWN"]);
    const audits = await server.dataSource.query(`SELECT action, details FROM audit_event WHERE entity = 'promise_target' AND details->>'promiseId' = $1 ORDER BY id`, [promise.id]);
    expect(audits.map((a: { action: string }) => a.action)).toEqual(["CREATE", "UPDATE", "CREATE"]);
    expect(audits[1].details).toMatchObject({ before: { target: 10 }, after: { target: 12 } });
  });

  it("answers each of two writes in one operation with the rows as they are after it", async () => {
    const { a, b } = await clients.admin.ok(
      graphql(`
        mutation SetTwoPromiseTargetsTest($id: ID!, $t1: PromiseTargetInput!, $t2: PromiseTargetInput!) {
          a: setPromiseTarget(promiseId: $id, target: $t1) {
            targets {
              measure
              target
            }
          }
          b: setPromiseTarget(promiseId: $id, target: $t2) {
            targets {
              measure
              target
            }
          }
        }
      `),
      { id: promise.id, t1: { ...visits, target: 20 }, t2: { measure: "MONTHS_COVERED", target: 6, label: "Halva året" } },
    );
    expect(a.targets).toEqual([
      { measure: "COUNT_PER_YEAR", target: 20 },
      { measure: "SHARE_OUTSIDE_TOWN", target: 0.5 },
    ]);
    expect(b.targets).toEqual([
      { measure: "COUNT_PER_YEAR", target: 20 },
      { measure: "SHARE_OUTSIDE_TOWN", target: 0.5 },
      { measure: "MONTHS_COVERED", target: 6 },
    ]);
  });

  it("refuses targets that cannot be measured, with the field", async () => {
    const id = promise.id;
    await refused("admin", SET_TARGET, { promiseId: id, target: { ...visits, target: 1.5 } }, "BAD_USER_INPUT", "target");
    await refused("admin", SET_TARGET, { promiseId: id, target: { ...visits, target: 0 } }, "BAD_USER_INPUT", "target");
    await refused("admin", SET_TARGET, { promiseId: id, target: { measure: "MONTHS_COVERED", target: 13, label: "x" } }, "BAD_USER_INPUT", "target");
    await refused("admin", SET_TARGET, { promiseId: id, target: { measure: "SHARE_OUTSIDE_TOWN", target: 40, label: "x" } }, "BAD_USER_INPUT", "target");
    await refused("admin", SET_TARGET, { promiseId: id, target: { ...visits, schoolLevel: "UPPER_SECONDARY" } }, "BAD_USER_INPUT", "schoolLevel");
    await refused("admin", SET_TARGET, { promiseId: id, target: { ...visits, label: " " } }, "BAD_USER_INPUT", "label");
    await refused("admin", SET_TARGET, { promiseId: "999999", target: visits }, "NOT_FOUND");
    await refused("admin", SET_TARGET, { promiseId: id, target: { ...visits, measure: "EVERY_DAY" } }, "BAD_USER_INPUT");
  });

  it("deletes a target, audited; an unknown one is NOT_FOUND", async () => {
    const [p] = (await periods())
      .filter((x) => x.id === periodId)
      .flatMap((x) => x.promises)
      .filter((x) => x.id === promise.id);
    const share = p.targets.find((t) => t.measure === "SHARE_OUTSIDE_TOWN")!;
    const { deletePromiseTarget } = await clients.admin.ok(DELETE_TARGET, { id: share.id });
    expect(deletePromiseTarget.targets.map((t) => t.measure)).toEqual(["COUNT_PER_YEAR", "MONTHS_COVERED"]);
    const [audit] = await server.dataSource.query(`SELECT action FROM audit_event WHERE entity = 'promise_target' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [share.id]);
    expect(audit.action).toBe("DELETE");
    await refused("admin", DELETE_TARGET, { id: share.id }, "NOT_FOUND");
  });

  it("edits a target in place, audited with before and after, under the same rules as setting one", async () => {
    const [p] = (await periods())
      .filter((x) => x.id === periodId)
      .flatMap((x) => x.promises)
      .filter((x) => x.id === promise.id);
    const months = p.targets.find((t) => t.measure === "MONTHS_COVERED")!;
    const input: PromiseTargetInput = { measure: "MONTHS_COVERED", target: 9, label: "Nio månader av tolv", priorityAreas: ["TRAFFIC"] };
    const { updatePromiseTarget } = await clients.admin.ok(UPDATE_TARGET, { id: months.id, target: input });
    expect(updatePromiseTarget.id).toBe(promise.id);
    expect(updatePromiseTarget.targets.find((t) => t.id === months.id)).toMatchObject({ measure: "MONTHS_COVERED", target: 9, label: "Nio månader av tolv", priorityAreas: ["TRAFFIC"] });
    expect(updatePromiseTarget.targets).toHaveLength(p.targets.length);
    const [audit] = await server.dataSource.query(`SELECT action, details FROM audit_event WHERE entity = 'promise_target' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [months.id]);
    expect(audit).toMatchObject({ action: "UPDATE", details: { promiseId: Number(promise.id), before: { target: 6, label: "Halva året" }, after: { target: 9, label: "Nio månader av tolv" } } });
    await refused("admin", UPDATE_TARGET, { id: months.id, target: { ...input, target: 13 } }, "BAD_USER_INPUT", "target");
    await refused("admin", UPDATE_TARGET, { id: months.id, target: { ...input, label: " " } }, "BAD_USER_INPUT", "label");
    await refused("admin", UPDATE_TARGET, { id: months.id, target: { ...input, schoolLevel: "PRIMARY" } }, "BAD_USER_INPUT", "schoolLevel");
    // The promise already has a COUNT_PER_YEAR target without a school level.
    await refused("admin", UPDATE_TARGET, { id: months.id, target: { ...input, measure: "COUNT_PER_YEAR", target: 5 } }, "BAD_USER_INPUT", "measure");
    await refused("admin", UPDATE_TARGET, { id: "999999", target: input }, "NOT_FOUND");
    await refused("admin", UPDATE_TARGET, { id: "x", target: input }, "NOT_FOUND");
  });

  it("a changed target changes the follow-up", async () => {
    const [p2023] = (await periods()).filter((p) => p.startYear === 2023);
    const p5 = p2023.promises.find((p) => p.number === 5)!;
    const query = graphql(`
      query PromiseFollowUpTest {
        followUp(year: 2023) {
          promises {
            promise {
              number
            }
            status
            explanation
          }
        }
      }
    `);
    const before = (await clients.mote.ok(query)).followUp.promises.find((r) => r.promise.number === 5)!;
    expect(before.status).toBe("MET");
    const dog = p5.targets[0];
    await clients.admin.ok(SET_TARGET, {
      promiseId: p5.id,
      target: { measure: dog.measure, kinds: dog.kinds, placeKind: dog.placeKind, schoolLevel: dog.schoolLevel, target: 3, label: "Minst 3 sök per år" },
    });
    const after = (await clients.mote.ok(query)).followUp.promises.find((r) => r.promise.number === 5)!;
    expect(after).toMatchObject({ status: "NOT_MET", explanation: "1 av minst 3 narkotikasök med hund på gymnasiet" });
  });
});

describe("who may change promises", () => {
  const cases: Array<[string, DocumentNode, Record<string, unknown>]> = [
    ["createPromisePeriod", CREATE_PERIOD, { input: { name: "x", startYear: 2070, endYear: 2071 } }],
    ["updatePromisePeriod", UPDATE_PERIOD, { id: "1", input: { name: "x", startYear: 2070, endYear: 2071 } }],
    ["createPromise", CREATE_PROMISE, { periodId: "1", input: { number: 50, title: "x", description: "x", organisation: "JOINT", priorityArea: "FLEXIBLE" } }],
    ["updatePromise", UPDATE_PROMISE, { id: "1", input: { number: 1, title: "x", description: "x", organisation: "JOINT", priorityArea: "FLEXIBLE" } }],
    ["setPromiseTarget", SET_TARGET, { promiseId: "1", target: { measure: "COUNT_PER_YEAR", target: 5, label: "x" } }],
    ["updatePromiseTarget", UPDATE_TARGET, { id: "1", target: { measure: "COUNT_PER_YEAR", target: 5, label: "x" } }],
    ["deletePromiseTarget", DELETE_TARGET, { id: "1" }],
  ];
  for (const [name, query, variables] of cases) {
    it(`${name}: FORBIDDEN for POLICE, MUNICIPALITY and VIEWER, UNAUTHENTICATED signed out; nothing written`, async () => {
      for (const role of ["polis", "kommun", "mote"]) await refused(role, query, variables, "FORBIDDEN");
      const before = await counts();
      expect((await server.client().request(query, variables)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(await counts()).toEqual(before);
    });
  }
});

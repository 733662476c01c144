import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { classifySendError, retryDelay, RETRY_FIRST_MS, RETRY_MAX_MS, sendOrder, sendPass, waitedFor, type QueuedRecord } from "../../web/src/offline/queue-rules";

/** A record as the field screen makes it, `minutesAgo` old. */
function record(clientId: string, minutesAgo: number, refused = false): QueuedRecord {
  return {
    clientId,
    userId: "7",
    createdAt: Date.UTC(2026, 11, 4, 12, 0) - minutesAgo * 60_000,
    input: { clientId, kind: "TRAFFIC_CHECK", organisation: "POLICE", status: "DONE", priorityAreas: ["TRAFFIC"], startsAt: "2026-12-04T11:00:00.000Z", placeId: "3" },
    values: {} as QueuedRecord["values"],
    where: { lat: 66.95, lng: 19.82, placeName: "Porjus" },
    kind: "TRAFFIC_CHECK",
    attempts: 0,
    refusal: refused ? { code: "FORBIDDEN", message: "", fields: {} } : null,
  };
}

const graphqlError = (code: string, message = "nej", field?: string) => new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
const serverError = (status: number) => new ServerError("HTTP", { response: new Response("", { status }), bodyText: "" });

/** The device's store in memory, and a server that answers from a script, one answer per send. */
function harness(records: QueuedRecord[], answers: Array<Error | null>) {
  const store = new Map(records.map((r) => [r.clientId, r]));
  const sent: string[] = [];
  return {
    store,
    sent,
    deps: {
      list: async () => [...store.values()],
      get: async (id: string) => store.get(id) ?? null,
      put: async (r: QueuedRecord) => void store.set(r.clientId, r),
      remove: async (id: string) => void store.delete(id),
      send: async (input: QueuedRecord["input"]) => {
        sent.push(input.clientId);
        const answer = answers.shift() ?? null;
        if (answer) throw answer;
        return { data: { createActivity: { id: "1" } } };
      },
      stopped: () => false,
    },
  };
}

describe("the field queue's backoff", () => {
  it("doubles from the first wait to the longest, and jitter only shortens it by up to a fifth", () => {
    const none = () => 0;
    expect([1, 2, 3, 4].map((n) => retryDelay(n, none))).toEqual([RETRY_FIRST_MS, 2 * RETRY_FIRST_MS, 4 * RETRY_FIRST_MS, 8 * RETRY_FIRST_MS]);
    expect(retryDelay(30, none)).toBe(RETRY_MAX_MS);
    expect(retryDelay(1, () => 0.999)).toBeGreaterThanOrEqual(0.8 * RETRY_FIRST_MS);
    expect(retryDelay(1, () => 0.999)).toBeLessThan(RETRY_FIRST_MS);
  });
});

describe("what a failed send means", () => {
  it("no answer, a 5xx and a passing code are tried again; an ended session waits; a rule or a role is a refusal", () => {
    expect(classifySendError(new TypeError("Failed to fetch"))).toEqual({ kind: "retry" });
    expect(classifySendError(serverError(502))).toEqual({ kind: "retry" });
    expect(classifySendError(serverError(429))).toEqual({ kind: "retry" });
    expect(classifySendError(graphqlError("SERVICE_UNAVAILABLE"))).toEqual({ kind: "retry" });
    expect(classifySendError(graphqlError("INTERNAL_SERVER_ERROR"))).toEqual({ kind: "retry" });
    expect(classifySendError(graphqlError("UNAUTHENTICATED"))).toEqual({ kind: "signedOut" });
    expect(classifySendError(graphqlError("BAD_USER_INPUT", "Positionen ligger utanför kommunen.", "lat"))).toEqual({
      kind: "refused",
      refusal: { code: "BAD_USER_INPUT", message: "Positionen ligger utanför kommunen.", fields: { lat: "Positionen ligger utanför kommunen." } },
    });
    expect(classifySendError(graphqlError("FORBIDDEN"))).toMatchObject({ kind: "refused", refusal: { code: "FORBIDDEN" } });
    expect(classifySendError(graphqlError("CLIENT_ID_MISMATCH", "En annan", "clientId"))).toMatchObject({ kind: "refused", refusal: { code: "CLIENT_ID_MISMATCH" } });
    expect(classifySendError(serverError(413))).toMatchObject({ kind: "refused", refusal: { code: "HTTP_413" } });
  });
});

describe("a pass over the queue", () => {
  it("sends oldest first and forgets what got through", async () => {
    const h = harness([record("b", 5), record("a", 30), record("c", 1)], []);
    expect(await sendPass(h.deps)).toEqual({ sent: 3, refused: 0, end: "done" });
    expect(h.sent).toEqual(["a", "b", "c"]);
    expect(h.store.size).toBe(0);
  });

  it("stops at the first that does not get through, so no later record overtakes it; that one counts a try", async () => {
    const h = harness([record("a", 30), record("b", 5)], [new TypeError("Failed to fetch")]);
    expect(await sendPass(h.deps)).toEqual({ sent: 0, refused: 0, end: "retry" });
    expect(h.sent).toEqual(["a"]);
    expect(h.store.get("a")?.attempts).toBe(1);
    expect(h.store.has("b")).toBe(true);
  });

  it("marks a refused record, keeps it, and goes on; refused records are not sent again", async () => {
    const h = harness([record("a", 30), record("b", 5)], [graphqlError("BAD_USER_INPUT", "Positionen ligger utanför kommunen.", "lat")]);
    expect(await sendPass(h.deps)).toEqual({ sent: 1, refused: 1, end: "done" });
    expect(h.store.get("a")?.refusal?.message).toBe("Positionen ligger utanför kommunen.");
    expect(h.store.has("b")).toBe(false);
    const again = harness([...h.store.values()], []);
    expect(await sendPass(again.deps)).toEqual({ sent: 0, refused: 0, end: "done" });
    expect(again.sent).toEqual([]);
  });

  it("keeps everything at an ended session, without counting a try", async () => {
    const h = harness([record("a", 30)], [graphqlError("UNAUTHENTICATED")]);
    expect(await sendPass(h.deps)).toEqual({ sent: 0, refused: 0, end: "signedOut" });
    expect(h.store.get("a")).toMatchObject({ attempts: 0, refusal: null });
  });

  it("sends a record whose answer was lost again under the same id", async () => {
    const h = harness([record("a", 30)], [new TypeError("network error")]);
    await sendPass(h.deps);
    await sendPass(h.deps);
    expect(h.sent).toEqual(["a", "a"]);
    expect(h.store.size).toBe(0);
  });

  it("skips what another tab sent meanwhile", async () => {
    const h = harness([record("a", 30), record("b", 5)], []);
    const list = h.deps.list;
    h.deps.list = async () => {
      const rows = await list();
      h.store.delete("a");
      return rows;
    };
    expect(await sendPass(h.deps)).toEqual({ sent: 1, refused: 0, end: "done" });
    expect(h.sent).toEqual(["b"]);
  });
});

describe("the order and the age in the list", () => {
  it("orders the waiting records by age and leaves the refused ones out", () => {
    expect(sendOrder([record("b", 5), record("x", 60, true), record("a", 30)]).map((r) => r.clientId)).toEqual(["a", "b"]);
  });
  it("says how long a record has waited", () => {
    const now = Date.UTC(2026, 11, 4, 12, 0);
    expect(waitedFor(now - 20_000, now)).toEqual({ unit: "now", count: 0 });
    expect(waitedFor(now - 12 * 60_000, now)).toEqual({ unit: "min", count: 12 });
    expect(waitedFor(now - 150 * 60_000, now)).toEqual({ unit: "hour", count: 2 });
    expect(waitedFor(now - 50 * 3600_000, now)).toEqual({ unit: "day", count: 2 });
  });
});

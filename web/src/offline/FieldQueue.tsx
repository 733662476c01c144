import { useApolloClient } from "@apollo/client/react";
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { activitiesChanged } from "../editing/useActivityMutations";
import { graphql } from "../gql";
import { deleteRecord, getRecord, listRecords, onRecordsChanged, putRecord, replaceRecord } from "./queue-db";
import { retryDelay, RETRY_PERIOD_MS, sendPass, type PassResult, type QueuedRecord, type Refusal } from "./queue-rules";

const FieldQueueSendMutation = graphql(`
  mutation FieldQueueSendMutation($input: ActivityInput!) {
    createActivity(input: $input) {
      id
    }
  }
`);

/** Where a record stands after it was handed to the queue. */
export type RecordState = "sent" | "waiting" | "refused";

/** A record's state after the first try, with the server's reasons when it refused. */
export interface AddOutcome {
  state: RecordState;
  refusal: Refusal | null;
}

/** The signed-in user's queue of field records. */
export interface FieldQueue {
  /** The user's records on the device, oldest first; null until read. */
  records: readonly QueuedRecord[] | null;
  /** A pass over the queue is running. */
  sending: boolean;
  /** Stores a record on the device at once (in the place of `replacing`, a corrected refused one), then tries to send the queue. */
  add(record: QueuedRecord, replacing?: string): Promise<AddOutcome>;
  /** Sends the waiting records now, in order. */
  sendNow(): Promise<void>;
  /** Forgets a record the user chose to discard. */
  discard(clientId: string): Promise<void>;
}

const FieldQueueContext = createContext<FieldQueue | null>(null);

/** The signed-in user's field queue; null outside `<FieldQueueProvider>`. */
export function useFieldQueue(): FieldQueue | null {
  return use(FieldQueueContext);
}

/** Runs `pass` under a lock all tabs of the browser share (where there is one), so two tabs do not send at once. */
function underLock(pass: () => Promise<void>): Promise<void> {
  if (typeof navigator.locks?.request !== "function") return pass();
  return navigator.locks.request("lofteskartan-field-send", pass);
}

/**
 * Holds the user's field records and sends them: at once when one is added, when the network
 * returns (`online`), now and then while any wait, after a failed pass with a growing wait, and
 * on demand. A pass sends oldest first and stops at the first that does not get through, so the
 * order holds; a refused record is marked and left for the user. The server stores each record
 * once under its device id, so a record whose answer was lost is simply sent again.
 */
export function FieldQueueProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const client = useApolloClient();
  const [records, setRecords] = useState<readonly QueuedRecord[] | null>(null);
  const [sending, setSending] = useState(false);
  // The sender's state across renders; `again` is the flush, for the retry timer a pass sets.
  const state = useRef({
    failures: 0,
    timer: 0 as ReturnType<typeof setTimeout> | 0,
    running: null as Promise<void> | null,
    next: null as Promise<void> | null,
    stopped: false,
    again: () => Promise.resolve(),
  });

  const reload = useCallback(() => {
    void listRecords(userId).then(
      (rows) => setRecords(rows),
      () => setRecords([]),
    );
  }, [userId]);

  const pass = useCallback(async () => {
    const s = state.current;
    clearTimeout(s.timer);
    setSending(true);
    let result: PassResult = { sent: 0, refused: 0, end: "stopped" };
    try {
      await underLock(async () => {
        result = await sendPass({
          list: () => listRecords(userId),
          get: getRecord,
          put: putRecord,
          remove: deleteRecord,
          send: (input) => client.mutate({ mutation: FieldQueueSendMutation, variables: { input } }),
          stopped: () => s.stopped,
        });
      });
    } finally {
      if (!s.stopped) setSending(false);
    }
    if (result.sent) activitiesChanged(client.cache);
    // An ended session needs nothing here: the records wait for this user to sign in again.
    if (result.end === "done") s.failures = 0;
    if (result.end === "retry" && !s.stopped) {
      s.failures++;
      s.timer = setTimeout(() => void s.again(), retryDelay(s.failures));
    }
  }, [client, userId]);

  // One pass at a time; asked for during a pass, one more runs after it (it sees what was added meanwhile).
  const flush = useCallback((): Promise<void> => {
    const s = state.current;
    if (!s.running) {
      // A store that fails (private mode, a full disk) leaves the records where they are; the next pass tries again.
      s.running = pass()
        .catch((error: unknown) => console.error(error))
        .finally(() => (s.running = null));
      return s.running;
    }
    s.next ??= s.running.then(() => {
      s.next = null;
      return flush();
    });
    return s.next;
  }, [pass]);
  useEffect(() => {
    state.current.again = flush;
  }, [flush]);

  useEffect(() => {
    const s = state.current;
    s.stopped = false;
    reload();
    const unsubscribe = onRecordsChanged(reload);
    const online = () => {
      s.failures = 0;
      void flush();
    };
    window.addEventListener("online", online);
    const period = setInterval(() => void flush(), RETRY_PERIOD_MS);
    void flush();
    return () => {
      s.stopped = true;
      unsubscribe();
      window.removeEventListener("online", online);
      clearInterval(period);
      clearTimeout(s.timer);
    };
  }, [reload, flush]);

  const add = useCallback(
    async (record: QueuedRecord, replacing?: string): Promise<AddOutcome> => {
      if (replacing) await replaceRecord(replacing, record);
      else await putRecord(record);
      await flush();
      const after = await getRecord(record.clientId);
      return { state: after === null ? "sent" : after.refusal ? "refused" : "waiting", refusal: after?.refusal ?? null };
    },
    [flush],
  );
  const sendNow = useCallback(() => {
    state.current.failures = 0;
    return flush();
  }, [flush]);

  const value = useMemo<FieldQueue>(() => ({ records, sending, add, sendNow, discard: deleteRecord }), [records, sending, add, sendNow]);
  return <FieldQueueContext value={value}>{children}</FieldQueueContext>;
}

/** The actions the audit log records (the API types every `audit.record` by it; the web filters by it). */
export const AUDIT_ACTIONS = ["CREATE", "UPDATE", "DELETE", "RESTORE", "UNDO_DELETE", "LOGIN", "LOGIN_FAILED", "LOGOUT", "READ_PLANNED_POLICE", "IMPORT", "IMPORT_UNDO"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record the audit log names. */
export const AUDIT_ENTITIES = ["activity", "place", "user", "promise", "promise_period", "promise_target", "import_batch", "meeting"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

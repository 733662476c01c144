// What the API and the web both need, written once: plain TypeScript, no decorators, no I/O.
export * from "./access";
export * from "./activity-rules";
export * from "./audit";
export * from "./enums";
export * from "./errors";
export * from "./personnummer";
export * from "./years";
export * from "./import";
export * from "./kind-areas";
export * from "./day-trips";

import type { ReactNode } from "react";

/** One direction of a stepper: its button's name, and what it does (null: nothing to step to). */
export interface Step {
  label: string;
  go: (() => void) | null;
}

/**
 * A value between "previous" and "next" buttons, for the meeting's big screen: the value is
 * announced when it changes; `children` follow (e.g. a shortcut back to the whole period).
 */
export function Stepper({
  id,
  label,
  value,
  previous,
  next,
  arrows,
  testId,
  children,
}: {
  id: string;
  label: string;
  value: ReactNode;
  previous: Step;
  next: Step;
  arrows: [string, string];
  testId: string;
  children?: ReactNode;
}) {
  return (
    <div className="stepper" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="visually-hidden">
        {label}
      </span>
      <button type="button" className="stepper-button" disabled={previous.go === null} onClick={() => previous.go?.()} aria-label={previous.label}>
        <span aria-hidden="true">{arrows[0]}</span>
      </button>
      <output className="stepper-value" aria-live="polite" data-testid={testId}>
        {value}
      </output>
      <button type="button" className="stepper-button" disabled={next.go === null} onClick={() => next.go?.()} aria-label={next.label}>
        <span aria-hidden="true">{arrows[1]}</span>
      </button>
      {children}
    </div>
  );
}

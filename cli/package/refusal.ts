// The error the package writer raises for a case it cannot write without losing something; fix names it and offers --force-lossy.

/** A change the in-place writer cannot make safely; `what` names the part or feature (English, shown to the user). */
export class Refusal extends Error {
  constructor(readonly what: string) {
    super(what);
  }
}

// google.script.run as typed promises: the names, arguments and results come from SidebarApi (the server's
// exports are checked against it), and at most 10 calls are in flight, as Apps Script allows.
import type { SidebarApi } from "../shared/api.js";

type Handler = (value: unknown) => void;

/** The part of google.script.run the sidebar uses. */
interface ScriptRun {
  withSuccessHandler(handler: Handler): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRun } };
  }
}

export type ApiName = keyof SidebarApi;
export type ApiResult<K extends ApiName> = ReturnType<SidebarApi[K]>;

/** The server said no (or could not be reached): `message` is meant for the user. */
export class CallError extends Error {}

const MAX_IN_FLIGHT = 10;
let inFlight = 0;
const waiting: (() => void)[] = [];

/**
 * Calls a server function by name.
 * @example const report = await call("checkSheet");
 */
export function call<K extends ApiName>(name: K, ...args: Parameters<SidebarApi[K]>): Promise<ApiResult<K>> {
  return new Promise<ApiResult<K>>((resolve, reject) => {
    const start = () => {
      inFlight++;
      const done = () => {
        inFlight--;
        waiting.shift()?.();
      };
      const run = window.google?.script?.run;
      if (!run) {
        done();
        reject(new CallError("google.script.run"));
        return;
      }
      const runner = run
        .withSuccessHandler((value) => {
          done();
          resolve(value as ApiResult<K>);
        })
        .withFailureHandler((error) => {
          done();
          reject(new CallError(messageOf(error)));
        });
      const fn = runner[name];
      if (typeof fn !== "function") {
        done();
        reject(new CallError(`${String(name)} is not a server function`));
        return;
      }
      (fn as (...a: unknown[]) => void).apply(runner, args);
    };
    if (inFlight < MAX_IN_FLIGHT) start();
    else waiting.push(start);
  });
}

/** True when the page runs inside Sheets (google.script.run exists). */
export function hasHost(): boolean {
  return window.google?.script?.run !== undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}

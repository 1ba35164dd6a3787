// The error the package writer raises for a case it cannot write without losing something; fix names it and offers --force-lossy.
import type { Lang } from "../../core/model.js";

const REASONS = {
  id: {
    array: "di dalam rumus array atau tabel data",
    shared: "rumus bersama yang tidak dapat diuraikan",
    strict: "format Strict Open XML",
    missing: "bagian itu tidak ada di berkas",
    list: "daftar yang diharapkan di bagian itu tidak ada",
    unreadable: "tidak terbaca oleh penulis langsung",
    address: "bukan alamat sel",
  },
  en: {
    array: "inside an array formula or data table",
    shared: "a shared formula that cannot be expanded",
    strict: "Strict Open XML",
    missing: "the part is missing from the file",
    list: "a list expected in that part is missing",
    unreadable: "not readable by the in-place writer",
    address: "not a cell address",
  },
} as const;

export type RefusalReason = keyof (typeof REASONS)["en"];

/** A change the in-place writer cannot make safely: `where` names the part or cell, `reason` says why. */
export class Refusal extends Error {
  constructor(
    readonly where: string,
    readonly reason: RefusalReason,
  ) {
    super(`${where} (${REASONS.en[reason]})`);
  }

  /** "Tabel 3.1!Q9 (di dalam rumus array atau tabel data)" */
  describe(lang: Lang): string {
    return `${this.where} (${REASONS[lang][this.reason]})`;
  }
}

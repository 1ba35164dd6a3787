// The kode (budget code) reader: reads, checks and navigates codes like 1.06.04.2.01.0001.
export type { KodeLevel, KodeProblem, KodeRead } from "./types.js";
export { readKode } from "./read-kode.js";
export { parentOf, levelOf, withBidang, bidangOf, compareKode } from "./kode-tree.js";
export { looksLikeKode } from "./looks-like-kode.js";

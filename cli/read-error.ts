// The error of a file that cannot be read, with the one sentence the user sees.
export class ReadError extends Error {}

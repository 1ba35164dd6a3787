// The value parsers' public surface: money, quantities, percentages, conventions, formatting, rounding.
export { Money, ZERO, type Dec } from "./decimal.js";
export type { InvalidReason, NumberConvention, ParseContext, ParsedNumber } from "./types.js";
export { parseMoney, parseMoneyText } from "./parse-money.js";
export { parseQuantity, parseQuantityText } from "./parse-quantity.js";
export { parsePercent, parsePercentText } from "./parse-percent.js";
export { normalizeSeparators, decimalMarkAt, conventionOf } from "./separators.js";
export { detectConvention } from "./detect-convention.js";
export { formatMoney, formatNumber } from "./format.js";
export { agreesWhenRounded } from "./round-agree.js";
export { isErrorValue } from "./special-text.js";
export { decimalOf, numberResult, type NumberResult } from "./number-result.js";

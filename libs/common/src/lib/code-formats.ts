// The formats of the codes every feature takes as arguments, in one place.

/** A Kemendagri region (kabupaten/kota) code: "19.71". */
export const REGION_CODE = /^\d{2}\.\d{2}$/;
/** A Kemendagri province code: "19". */
export const PROVINCE_CODE = /^\d{2}$/;
/** A framework code: "RB", "SAKIP", "IKM" (upper case, digits, underscores). */
export const FRAMEWORK_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
/** Evaluation and competition years the tables accept (their check constraints say the same). */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

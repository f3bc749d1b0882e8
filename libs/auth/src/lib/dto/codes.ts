/** Input formats shared by the auth inputs. */
export const PROVINCE_CODE = /^\d{2}$/;
export const REGION_CODE = /^\d{2}\.\d{2}$/;
export const SCOPE_TEXT = /^(operator|province:\d{2}|region:\d{2}\.\d{2})$/;
export const PROVINCE_CODE_MESSAGE = 'provinceCode must be a two-digit province code such as "19"';
export const REGION_CODE_MESSAGE = 'regionCode must be a region code such as "19.71"';
export const SCOPE_MESSAGE = 'scope must be "operator", "province:<code>" or "region:<code>", e.g. "region:19.71"';

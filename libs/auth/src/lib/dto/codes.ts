/** Input formats shared by the auth inputs. */
export const SCOPE_TEXT = /^(operator|province:\d{2}|region:\d{2}\.\d{2})$/;
export const SCOPE_MESSAGE = 'scope must be "operator", "province:<code>" or "region:<code>", e.g. "region:19.71"';

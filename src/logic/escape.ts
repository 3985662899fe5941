/** HTML text and attribute values written as strings (the server render and the plain snippet): every `&`, `<`, `>` and `"` escaped. */
export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

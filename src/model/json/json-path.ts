/**
 * Addresses inside a JSON document, apart from the positional parser so that code which only
 * names paths (the dataset validator in the browser) does not carry the parser with it.
 */

/** A value's address inside a JSON document: property names and array indices from the top. */
export type JsonPath = readonly (string | number)[];

/** `relations[3].likelihood.band`: the form analysts see in messages; "top level" for []. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(step)) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out === '' ? 'top level' : out;
}

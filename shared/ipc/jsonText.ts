declare const jsonOf: unique symbol;

/** A value's JSON text, typed by what it reads into: an event's payload carried unread to where it is used. */
export type JsonText<T> = string & { readonly [jsonOf]?: T };

export function readJson<T>(json: JsonText<T>): T {
  return JSON.parse(json) as T;
}

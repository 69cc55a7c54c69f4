/**
 * The JSON of `value` in two parts, before and after the member at `path` (a chain of keys, each naming an object but
 * the last): what goes between is that member's value, written by the caller as JSON it already has. The member is
 * moved last in each object on the way, so that where it goes is known without searching the text.
 */
export function jsonAround(value: object, path: readonly [string, ...string[]]): [before: string, after: string] {
  const [key, ...rest] = path;
  const { [key]: inner, ...others } = value as Record<string, unknown>;
  const whole = JSON.stringify({ ...others, [key]: null });
  const placeholder = 'null}';
  if (!whole.endsWith(`${JSON.stringify(key)}:${placeholder}`)) throw new Error(`jsonAround: ${key} cannot be moved last`);
  const before = whole.slice(0, -placeholder.length);
  if (rest.length === 0) return [before, '}'];
  if (typeof inner !== 'object' || inner === null) throw new Error(`jsonAround: ${key} is not an object`);
  const [innerBefore, innerAfter] = jsonAround(inner, rest as [string, ...string[]]);
  return [before + innerBefore, `${innerAfter}}`];
}

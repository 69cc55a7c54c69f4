/**
 * Where Tidings' own pages live: `tidings://app/`, served by appProtocol.ts. Free of the `electron` import, so the
 * shell's plain modules (and their tests) can ask whether an address is the app's own.
 */
export const appScheme = 'tidings';
export const appOrigin = `${appScheme}://app`;

/**
 * True for the app's origin itself and any address under it. Compared as text: Node's URL gives a non-special scheme
 * the origin `null`, and a prefix without the slash would also admit `tidings://app.example`.
 */
export function isAppAddress(address: string): boolean {
  return address === appOrigin || address.startsWith(`${appOrigin}/`);
}

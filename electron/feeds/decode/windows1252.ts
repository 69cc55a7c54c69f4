// Windows-1252 puts punctuation (curly quotes, dashes, €, …) where Latin-1 and Unicode have the C1 control
// characters U+0080–U+009F. Text written on Windows and labelled Latin-1, double-encoded into UTF-8, or escaped as
// `&#146;` means those punctuation marks: no feed means a control character there, and browsers read `&#146;` as ’.

const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The character a byte stands for in Windows-1252. */
export function windows1252Char(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? (windows1252High[byte - 0x80] ?? '') : String.fromCharCode(byte);
}

// The five code points Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves: not matched.
const mappedControl = /[\u0080\u0082-\u008c\u008e\u0091-\u009c\u009e\u009f]/;
const mappedControls = new RegExp(mappedControl.source, 'g');

/** Text with each C1 control character replaced by the Windows-1252 character of the same byte. */
export function controlsAsWindows1252(text: string): string {
  // One native scan settles the common case, text without any.
  if (!mappedControl.test(text)) return text;
  return text.replace(mappedControls, (char) => windows1252Char(char.charCodeAt(0)));
}

// `&#146;`, `&#0146;`, `&#x92;`: decimal 128–159 or hexadecimal 80–9F.
const c1Reference = /&#(?:0*(12[89]|1[3-5]\d)|[xX]0*([89][0-9a-fA-F]));/;
const c1References = new RegExp(c1Reference.source, 'g');

/**
 * XML with its character references to C1 controls (`&#146;`) replaced by references to the Windows-1252 characters
 * meant (`&#8217;`). An XML parser reads `&#146;` as U+0092, which shows as nothing; HTML already reads it as ’, so
 * the same reference inside CDATA (HTML) means the same after the change.
 */
export function windows1252References(xml: string): string {
  if (!xml.includes('&#') || !c1Reference.test(xml)) return xml;
  return xml.replace(c1References, (whole, decimal: string | undefined, hex: string | undefined) => {
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    const char = windows1252Char(code);
    return char.charCodeAt(0) === code ? whole : `&#${char.charCodeAt(0)};`;
  });
}

// `\u0092` in JSON text, preceded by an odd number of backslashes: an even number escapes the backslash itself.
const jsonC1Escapes = /(\\+)u00([89][0-9a-fA-F])/g;

/** JSON text with its `\u0080`–`\u009F` escapes replaced by the Windows-1252 characters meant, as in XML. */
export function windows1252JsonEscapes(json: string): string {
  if (!json.includes('\\u008') && !json.includes('\\u009')) return json;
  return json.replace(jsonC1Escapes, (whole, backslashes: string, hex: string) => {
    if (backslashes.length % 2 === 0) return whole;
    const code = Number.parseInt(hex, 16);
    const char = windows1252Char(code);
    // The characters meant are all printable and none is a quote or a backslash: safe inside a JSON string as they are.
    return char.charCodeAt(0) === code ? whole : `${backslashes.slice(1)}${char}`;
  });
}

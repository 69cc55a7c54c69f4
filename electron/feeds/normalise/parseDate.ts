/**
 * Feed dates as whole-second ISO 8601 UTC strings. Covers RFC 822 (with the variants feeds really
 * publish: named zones, two-digit years, missing seconds or zone, stray commas, full month names,
 * comments in parentheses), RFC 3339 / W3C-DTF (partial dates, missing zone), asctime, JavaScript's
 * `Date#toString`, and local forms: month and weekday names in the languages below, `12 de marzo de 2025`,
 * `2025. március 12.`, `2025년 3월 12일 오후 3:00`, `ngày 12 tháng 3 năm 2025`, `12.03.2025`, `10h30`.
 * A missing zone means UTC, never the machine's local time. Anything else is null: a wrong date
 * sorts an article wrongly for good, a missing one falls back to the time it was fetched.
 */

/**
 * Month names by language, January first; each entry lists the forms feeds use (abbreviations, nominative,
 * genitive), in lower case with their accents. Spellings without accents are found too (see `fold`).
 */
const monthNames: Record<string, readonly string[]> = {
  en: [
    'jan january', 'feb february', 'mar march', 'apr april', 'may', 'jun june',
    'jul july', 'aug august', 'sep sept september', 'oct october', 'nov november', 'dec december',
  ],
  fr: [
    'janv janvier', 'févr fév février', 'mars', 'avr avril', 'mai', 'juin',
    'juil juillet', 'août aoû', 'sept septembre', 'oct octobre', 'nov novembre', 'déc décembre',
  ],
  de: [
    'jan januar jän jänner', 'feb februar feber', 'mär märz mrz', 'apr april', 'mai', 'jun juni',
    'jul juli', 'aug august', 'sep sept september', 'okt oktober', 'nov november', 'dez dezember',
  ],
  es: [
    'ene enero', 'feb febrero', 'mar marzo', 'abr abril', 'may mayo', 'jun junio',
    'jul julio', 'ago agosto', 'sep sept set septiembre setiembre', 'oct octubre', 'nov noviembre', 'dic diciembre',
  ],
  it: [
    'gen gennaio', 'feb febbraio', 'mar marzo', 'apr aprile', 'mag maggio', 'giu giugno',
    'lug luglio', 'ago agosto', 'set settembre', 'ott ottobre', 'nov novembre', 'dic dicembre',
  ],
  pt: [
    'jan janeiro', 'fev fevereiro', 'mar março', 'abr abril', 'mai maio', 'jun junho',
    'jul julho', 'ago agosto', 'set setembro', 'out outubro', 'nov novembro', 'dez dezembro',
  ],
  nl: [
    'jan januari', 'feb februari', 'mrt maart', 'apr april', 'mei', 'jun juni',
    'jul juli', 'aug augustus', 'sep sept september', 'okt oktober', 'nov november', 'dec december',
  ],
  ro: [
    'ian ianuarie', 'feb februarie', 'mar martie', 'apr aprilie', 'mai', 'iun iunie',
    'iul iulie', 'aug august', 'sep sept septembrie', 'oct octombrie', 'nov noiembrie', 'dec decembrie',
  ],
  sv: [
    'jan januari', 'feb februari', 'mar mars', 'apr april', 'maj', 'jun juni',
    'jul juli', 'aug augusti', 'sep sept september', 'okt oktober', 'nov november', 'dec december',
  ],
  da: [
    'jan januar', 'feb februar', 'mar marts mars', 'apr april', 'maj mai', 'jun juni',
    'jul juli', 'aug august', 'sep sept september', 'okt oktober', 'nov november', 'dec des december desember',
  ],
  fi: [
    'tammik tammikuu tammikuuta', 'helmik helmikuu helmikuuta', 'maalisk maaliskuu maaliskuuta', 'huhtik huhtikuu huhtikuuta',
    'toukok toukokuu toukokuuta', 'kesäk kesäkuu kesäkuuta', 'heinäk heinäkuu heinäkuuta', 'elok elokuu elokuuta',
    'syysk syyskuu syyskuuta', 'lokak lokakuu lokakuuta', 'marrask marraskuu marraskuuta', 'jouluk joulukuu joulukuuta',
  ],
  pl: [
    'sty styczeń stycznia', 'lut luty lutego', 'mar marzec marca', 'kwi kwiecień kwietnia', 'maj maja', 'cze czerwiec czerwca',
    'lip lipiec lipca', 'sie sierpień sierpnia', 'wrz wrzesień września', 'paź październik października', 'lis listopad listopada', 'gru grudzień grudnia',
  ],
  // No Czech abbreviations: `čer` is June or July.
  cs: [
    'leden ledna', 'únor února', 'březen března', 'duben dubna', 'květen května', 'červen června',
    'červenec července', 'srpen srpna', 'září', 'říjen října', 'listopad listopadu', 'prosinec prosince',
  ],
  hu: [
    'jan január', 'febr feb február', 'márc már március', 'ápr április', 'máj május', 'jún június',
    'júl július', 'aug augusztus', 'szept szep szeptember', 'okt október', 'nov november', 'dec december',
  ],
  tr: [
    'oca ocak', 'şub şubat', 'mar mart', 'nis nisan', 'may mayıs', 'haz haziran',
    'tem temmuz', 'ağu ağustos', 'eyl eylül', 'eki ekim', 'kas kasım', 'ara aralık',
  ],
  el: [
    'ιαν ιανουάριος ιανουαρίου', 'φεβ φεβρ φεβρουάριος φεβρουαρίου', 'μάρ μαρ μάρτιος μαρτίου', 'απρ απρίλιος απριλίου', 'μάι μαΐ μάιος μαΐου',
    'ιούν ιουν ιούνιος ιουνίου', 'ιούλ ιουλ ιούλιος ιουλίου', 'αύγ αυγ αύγουστος αυγούστου', 'σεπ σεπτ σεπτέμβριος σεπτεμβρίου',
    'οκτ οκτώβριος οκτωβρίου', 'νοέ νοε νοέμβριος νοεμβρίου', 'δεκ δεκέμβριος δεκεμβρίου',
  ],
  ru: [
    'янв январь января', 'фев февр февраль февраля', 'мар март марта', 'апр апрель апреля', 'май мая', 'июн июнь июня',
    'июл июль июля', 'авг август августа', 'сен сент сентябрь сентября', 'окт октябрь октября', 'ноя нояб ноябрь ноября', 'дек декабрь декабря',
  ],
  uk: [
    'січ січень січня', 'лют лютий лютого', 'бер березень березня', 'квіт квітень квітня', 'трав травень травня', 'черв червень червня',
    'лип липень липня', 'серп серпень серпня', 'вер вересень вересня', 'жовт жовтень жовтня', 'лист листопад листопада', 'груд грудень грудня',
  ],
};

/** Weekday names by language. They are skipped: the date itself says which day it was. */
const weekdayNames: Record<string, string> = {
  en: 'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday',
  fr: 'lun lundi mar mardi mer mercredi jeu jeudi ven vendredi sam samedi dim dimanche',
  de: 'mo montag di dienstag mi mittwoch do donnerstag fr freitag sa samstag sonnabend so sonntag',
  es: 'lun lunes mar martes mié miércoles jue jueves vie viernes sáb sábado dom domingo',
  it: 'lun lunedì mar martedì mer mercoledì gio giovedì ven venerdì sab sabato dom domenica',
  pt: 'seg segunda segunda-feira ter terça terça-feira qua quarta quarta-feira qui quinta quinta-feira sex sexta sexta-feira sáb sábado dom domingo',
  nl: 'ma maandag di dinsdag wo woensdag do donderdag vr vrijdag za zaterdag zo zondag',
  ro: 'lun luni mar marți mie miercuri joi vin vineri sâm sâmbătă dum duminică',
  sv: 'mån måndag tis tisdag ons onsdag tor tors torsdag fre fredag lör lördag sön söndag',
  da: 'man mandag tir tirsdag ons onsdag tor torsdag fre fredag lør lørdag søn søndag',
  fi: 'ma maanantai ti tiistai ke keskiviikko to torstai pe perjantai la lauantai su sunnuntai',
  pl: 'pon poniedziałek wt wtorek śr środa czw czwartek pt piątek sob sobota nd ndz niedz niedziela',
  cs: 'po pondělí út úterý st středa čt čtvrtek pá pátek so sobota ne neděle',
  hu: 'hétfő kedd sze szerda csüt csütörtök pén péntek szo szombat vas vasárnap',
  tr: 'pzt pazartesi sal salı çar çarşamba per perşembe cum cuma cmt cumartesi paz pazar',
  el: 'δευ δευτ δευτέρα τρι τρίτη τετ τετάρτη πεμ πέμ πέμπτη παρ παρασκευή σαβ σάβ σάββατο κυρ κυριακή',
  ru: 'пн вт ср чт пт сб вс понедельник вторник среда четверг пятница суббота воскресенье',
  uk: "пн вт ср чт пт сб нд понеділок вівторок середа четвер пʼятниця п'ятниця субота неділя",
  ko: '월 화 수 목 금 토 일 월요일 화요일 수요일 목요일 금요일 토요일 일요일',
};

/** Words between the numbers that add nothing: `12 de marzo`, `à 10:00`, `um 10:00 Uhr`, `2025 г.`, `ngày 12`. */
const fillerWords = 'de del la las el a à le den um uhr om alle ore às as o godz r roku kl klo v στις г года в р року о ngày năm lúc -';

type DateWord =
  | { kind: 'month'; month: number }
  /** `mar` is March, and Tuesday in French, Spanish, Italian and Romanian (`mar., 12 mars 2025`). */
  | { kind: 'month-or-weekday'; month: number }
  | { kind: 'skip' }
  /** Vietnamese `Thứ Tư`, `Thứ 4`, `Chủ Nhật`: the next word names the weekday, maybe as a number. */
  | { kind: 'skip-next' }
  /** Vietnamese `tháng 3`: the next number is the month. */
  | { kind: 'month-next' }
  | { kind: 'meridiem'; pm: boolean };

const combiningMarks = /\p{M}/gu;
const dotlessI = /ı/g;

/** Without accents, and Turkish ı as i: `MAYIS`, `marco` and `Μαρτιου` are spelt so in real feeds. */
function fold(lower: string): string {
  return lower.normalize('NFD').replace(combiningMarks, '').replace(dotlessI, 'i');
}

/** Each word as written and folded. */
function spellings(list: string): string[] {
  return list.split(' ').flatMap((word) => (fold(word) === word ? [word] : [word, fold(word)]));
}

function monthTable(): Map<string, number> {
  const table = new Map<string, number>();
  for (const [language, months] of Object.entries(monthNames)) {
    months.forEach((forms, index) => {
      for (const word of spellings(forms)) {
        // The tables are constant, so a clash is a mistake in them, found by the first test that loads this module.
        if ((table.get(word) ?? index + 1) !== index + 1) throw new Error(`"${word}" (${language}) names two months`);
        table.set(word, index + 1);
      }
    });
  }
  return table;
}

/** Built once, when the module loads: every lookup afterwards is one Map.get. */
function wordTable(): Map<string, DateWord> {
  const skipped = new Set(spellings([...Object.values(weekdayNames), fillerWords].join(' ')));
  const table = new Map<string, DateWord>();
  for (const [word, month] of monthTable()) table.set(word, skipped.has(word) ? { kind: 'month-or-weekday', month } : { kind: 'month', month });
  for (const word of skipped) if (!table.has(word)) table.set(word, { kind: 'skip' });
  // Not folded: `thứ` without its accents is the English `thu`.
  const markers: Array<[string, DateWord]> = [
    ['thứ', { kind: 'skip-next' }],
    ['chủ', { kind: 'skip-next' }],
    ['tháng', { kind: 'month-next' }],
    ['thang', { kind: 'month-next' }],
    ['thg', { kind: 'month-next' }],
    ...'am a.m 오전 π.μ'.split(' ').map((word): [string, DateWord] => [word, { kind: 'meridiem', pm: false }]),
    ...'pm p.m 오후 μ.μ'.split(' ').map((word): [string, DateWord] => [word, { kind: 'meridiem', pm: true }]),
  ];
  for (const [word, meaning] of markers) {
    if (table.has(word)) throw new Error(`"${word}" has two meanings in dates`);
    table.set(word, meaning);
  }
  return table;
}

const dateWords = wordTable();
const nonAscii = /[\u0080-\uffff]/;

function lookUpWord(token: string): DateWord | undefined {
  const lower = token.toLowerCase();
  return dateWords.get(lower) ?? (nonAscii.test(lower) ? dateWords.get(fold(lower)) : undefined);
}

/** Offsets in minutes east of UTC for zone names seen in feeds. */
const namedZones: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, 'etc/gmt': 0, 'etc/utc': 0, wet: 0, bst: 60, west: 60,
  cet: 60, met: 60, cest: 120, mest: 120, eet: 120, eest: 180, msk: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  at: -240, et: -300, ct: -360, mt: -420, pt: -480, akst: -540, akdt: -480, hst: -600,
  ist: 330, jst: 540, kst: 540, hkt: 480, sgt: 480, awst: 480, acst: 570, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC. */
  offset: number;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (monthLengths[month - 1] ?? 0);
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`). Arithmetic rather
 * than Date objects: this runs for every article of every refresh, and Date.UTC reads years below 100 as 19xx.
 */
function daysFromEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function toInstant(parts: Parts): number | null {
  const { year, month, day, hour, minute, second, offset } = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return null;
  const seconds = daysFromEpoch(year, month, day) * 86_400 + hour * 3600 + minute * 60 + Math.min(second, 59);
  return (seconds - offset * 60) * 1000;
}

const numericZone = /^(?:gmt|utc|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/** `+0100`, `-01:00`, `+01`, `GMT+2`, `UTC-05:30`, or a zone name. Undefined when not a zone at all. */
function parseZone(token: string): number | undefined {
  const lower = token.toLowerCase();
  if (lower in namedZones) return namedZones[lower];
  const numeric = numericZone.exec(token);
  if (!numeric) return undefined;
  const hours = Number(numeric[2]);
  const minutes = Number(numeric[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const isoPattern =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

function parseIso(value: string): number | null | undefined {
  const match = isoPattern.exec(value);
  if (!match) return undefined;
  const zone = match[7];
  const offset = zone ? parseZone(zone) : 0;
  if (offset === undefined) return null;
  return toInstant({
    year: Number(match[1]),
    month: Number(match[2] ?? 1),
    day: Number(match[3] ?? 1),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
    offset,
  });
}

/** What the tokens of a textual date have said so far. */
interface Reading {
  year?: number;
  month?: number;
  day?: number;
  time?: number[];
  offset?: number;
  pm?: boolean;
  /** The year came before the day: `2025. 3. 12.` is then year, month, day. */
  yearFirst: boolean;
  /** The month came from a word that may be a weekday instead (`mar`): a later month name replaces it. */
  monthMayBeWeekday: boolean;
  monthNext: boolean;
  skipNext: boolean;
}

const digitsOnly = /^\d+$/;
const clockTime = /^\d{1,2}:\d{1,2}(:\d{1,2})?(\.\d+)?$/;
const timeSeparators = /[:.]/;
const frenchTime = /^(\d{1,2})h(\d{2})?$/;
const yearMonthDay = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$/;
const dayMonthYear = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const koreanPart = /^(\d{1,4})(년|월|일)$/;
const comment = /\([^)]*\)/g;
const militaryZone = /^[a-ik-y]$/i;
const separators = /[\s,]+/;

/**
 * A bare number: the day, the year, or the month when `tháng` announced it, in year-first order (`2025. 3. 12.`),
 * or as an ordinal after the day (`12. 3. 2025`).
 */
function readNumber(token: string, dotted: boolean, reading: Reading): boolean {
  const value = Number(token);
  if (reading.monthNext && reading.month === undefined) {
    reading.month = value;
    reading.monthNext = false;
  } else if (token.length <= 2 && reading.day === undefined) {
    reading.day = value;
  } else if (token.length <= 2 && reading.yearFirst && reading.month === undefined) {
    [reading.month, reading.day] = [reading.day, value];
  } else if (token.length <= 2 && dotted && reading.month === undefined && reading.year === undefined) {
    reading.month = value;
  } else if (reading.year === undefined && token.length >= 2 && token.length <= 4) {
    reading.year = value;
    reading.yearFirst = reading.day === undefined;
  } else {
    return false;
  }
  return true;
}

/** Runs of digits with something attached: a time, `2025/03/12`, `2025-03-12`, `12.03.2025`, `3월`, `10h30`. */
function readNumeric(token: string, dotted: boolean, reading: Reading): boolean {
  if (digitsOnly.test(token)) return readNumber(token, dotted, reading);
  if (reading.time === undefined && clockTime.test(token)) {
    reading.time = token.split(timeSeparators).slice(0, 3).map(Number);
    return true;
  }
  const noDateYet = reading.year === undefined && reading.month === undefined && reading.day === undefined;
  const ymd = noDateYet ? yearMonthDay.exec(token) : null;
  if (ymd) [reading.year, reading.month, reading.day] = [Number(ymd[1]), Number(ymd[3]), Number(ymd[4])];
  const dmy = noDateYet && !ymd ? dayMonthYear.exec(token) : null;
  if (dmy) [reading.day, reading.month, reading.year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  if (ymd || dmy) return true;
  return readKoreanPart(token, reading) || readFrenchTime(token, reading);
}

/** `2025년`, `3월`, `12일`. */
function readKoreanPart(token: string, reading: Reading): boolean {
  const match = koreanPart.exec(token);
  if (!match) return false;
  const field = match[2] === '년' ? 'year' : match[2] === '월' ? 'month' : 'day';
  if (reading[field] !== undefined) return false;
  reading[field] = Number(match[1]);
  return true;
}

/** `10h30`, `10h`. */
function readFrenchTime(token: string, reading: Reading): boolean {
  const match = reading.time === undefined ? frenchTime.exec(token) : null;
  if (match) reading.time = [Number(match[1]), Number(match[2] ?? 0)];
  return match !== null;
}

function readWord(token: string, reading: Reading): boolean {
  // Zones follow the time; checked first there, since a few zone names are weekdays elsewhere (Polish `pt`, Czech `út`).
  if (reading.time !== undefined && reading.offset === undefined) {
    const zone = parseZone(token);
    if (zone !== undefined) {
      reading.offset = zone;
      return true;
    }
    // RFC 822's one-letter military zones had their signs defined backwards and are sent both ways: unreadable.
    if (militaryZone.test(token)) return false;
  }
  const word = lookUpWord(token);
  if (word === undefined) return false;
  switch (word.kind) {
    case 'month':
    case 'month-or-weekday':
      return readMonthName(word.month, word.kind === 'month-or-weekday', reading);
    case 'skip':
      return true;
    case 'skip-next':
      reading.skipNext = true;
      return true;
    case 'month-next':
      reading.monthNext = true;
      return true;
    case 'meridiem':
      reading.pm = word.pm;
      return true;
  }
}

/** A second month name makes the date unreadable, unless one of the two may be a weekday (`mar`). */
function readMonthName(month: number, mayBeWeekday: boolean, reading: Reading): boolean {
  if (reading.month !== undefined && !reading.monthMayBeWeekday) return mayBeWeekday;
  reading.month = month;
  reading.monthMayBeWeekday = mayBeWeekday;
  return true;
}

/** 12 AM is midnight, 12 PM noon; an hour past 12 already says which half of the day it is. */
function applyMeridiem(hour: number, pm: boolean | undefined): number {
  if (pm === undefined || hour > 12) return hour;
  if (pm) return hour === 12 ? 12 : hour + 12;
  return hour === 12 ? 0 : hour;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * RFC 822 comments (`+0000 (UTC)`), Date#toString's zone name and Korean weekdays `(수)` sit in parentheses, and
 * are dropped; the first is kept aside, since it may be the date's only zone (`10:00 (GMT+7)`).
 */
function withoutComments(value: string): { text: string; commented: string | undefined } {
  let commented: string | undefined;
  const text = value.replace(comment, (match) => {
    commented ??= match.slice(1, -1).trim();
    return ' ';
  });
  return { text, commented };
}

/** RFC 822 and its relatives, read token by token so that the order of day, month and year may vary. */
function parseTextual(value: string): number | null {
  const { text, commented } = value.includes('(') ? withoutComments(value) : { text: value, commented: undefined };
  const reading: Reading = { yearFirst: false, monthMayBeWeekday: false, monthNext: false, skipNext: false };
  for (const raw of text.split(separators)) {
    if (raw.length === 0) continue;
    if (reading.skipNext) {
      reading.skipNext = false;
      continue;
    }
    // `12.`, `márc.`, `2025.`, `г.`: abbreviations and Hungarian and Korean ordinals end in a full stop.
    const dotted = raw.length > 1 && raw.endsWith('.');
    const token = dotted ? raw.slice(0, -1) : raw;
    const understood = isDigit(token.charCodeAt(0)) ? readNumeric(token, dotted, reading) : readWord(token, reading);
    if (!understood) return null;
  }
  let { year } = reading;
  const { month, day, time, offset, pm } = reading;
  if (year === undefined || month === undefined || day === undefined) return null;
  if (year < 100 && String(year).length <= 2) year += year < 50 ? 2000 : 1900;
  const [hour = 0, minute = 0, second = 0] = time ?? [];
  const zone = offset ?? (commented === undefined ? undefined : parseZone(commented));
  return toInstant({ year, month, day, hour: applyMeridiem(hour, pm), minute, second, offset: zone ?? 0 });
}

/** The instant a feed date means, as epoch milliseconds, or null when it cannot be read with confidence. */
export function parseFeedInstant(raw: string | null | undefined): number | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  const iso = parseIso(value);
  // What is left of ISO-like strings (`2025-03-12 오후 3:05`) goes through the token reader too, which
  // rejects the broken ones (`2013-01-27-01`) as it rejects any token it cannot place.
  return iso !== undefined ? iso : parseTextual(value);
}

const milliseconds = /\.\d{3}Z$/;

export function toIsoSeconds(instant: number): string {
  return new Date(instant).toISOString().replace(milliseconds, 'Z');
}

/** A feed date as ISO UTC; dates after the fetch are clamped to it, since future dates pin an article to the top. */
export function normaliseDate(raw: string | null | undefined, fetchedAt: number): string | null {
  const instant = parseFeedInstant(raw);
  if (instant === null || Number.isNaN(instant)) return null;
  return toIsoSeconds(Math.min(instant, fetchedAt));
}

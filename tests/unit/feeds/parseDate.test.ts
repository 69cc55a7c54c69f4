import { describe, expect, it } from 'vitest';
import { normaliseDate, parseFeedInstant, toIsoSeconds } from '../../../electron/feeds/normalise/parseDate';

// Date strings as feeds publish them, and the instant each one means.
const cases: Array<[string, string | null]> = [
  ['Mon, 02 Jan 2006 15:04:05 GMT', '2006-01-02T15:04:05Z'],
  ['Mon, 02 Jan 2006 15:04:05 -0700', '2006-01-02T22:04:05Z'],
  ['Mon, 02 Jan 2006 15:04:05 EST', '2006-01-02T20:04:05Z'],
  ['Mon, 02 Jan 2006 15:04:05 PDT', '2006-01-02T22:04:05Z'],
  ['Mon, 02 Jan 2006 15:04:05 CEST', '2006-01-02T13:04:05Z'],
  ['Mon,02 January 2006 15:04:05 EST', '2006-01-02T20:04:05Z'],
  ['02 Jan 2006 15:04:05 -0700', '2006-01-02T22:04:05Z'],
  ['Thu,  5 Apr 2012 10:00:00 GMT', '2012-04-05T10:00:00Z'],
  ['Thu, 01 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21Z'],
  ['Thu, 01 Jan 2004 00:00 GMT', '2004-01-01T00:00:00Z'],
  ['Thu, 01 Jan 2004', '2004-01-01T00:00:00Z'],
  ['Mon, 13 Feb, 2012 06:28:00 UTC', '2012-02-13T06:28:00Z'],
  ['Wed, 19 Feb 2012 22:40:00 GMT-01:01', '2012-02-19T23:41:00Z'],
  ['Wed, 19 Aug 2009 18:28:00 Etc/GMT', '2009-08-19T18:28:00Z'],
  ['Thu, 30 Apr 2015 08:57:00 MEST', '2015-04-30T06:57:00Z'],
  ['Thu Aug 30 2012 17:26:16 +0200', '2012-08-30T15:26:16Z'],
  ['Sun Jan  4 16:29:06 2004', '2004-01-04T16:29:06Z'],
  ['Sun Jul 15 01:16:00 +0000 2012', '2012-07-15T01:16:00Z'],
  ['Tue, 10 Jun 2003 04:00:00', '2003-06-10T04:00:00Z'],
  ['2003-12-31T10:14:55Z', '2003-12-31T10:14:55Z'],
  ['2003-12-31T10:14:55-08:00', '2003-12-31T18:14:55Z'],
  ['2007-04-23T23:25:47.538+10:00', '2007-04-23T13:25:47Z'],
  ['2006-01-02T15:04:05.500Z', '2006-01-02T15:04:05Z'],
  ['2004-02-28T18:14:55-08:00', '2004-02-29T02:14:55Z'],
  ['2004-07-08 23:56:58', '2004-07-08T23:56:58Z'],
  ['2004-07-08 23:56:58 -00:20', '2004-07-09T00:16:58Z'],
  ['2003-12-31', '2003-12-31T00:00:00Z'],
  ['2003-12', '2003-12-01T00:00:00Z'],
  ['2003', '2003-01-01T00:00:00Z'],
  ['', null],
  ['not a date at all', null],
  ['Sun, 16 Dec 2012 1:2:3:4 GMT', null],
  ['Sun, 16 zzz 2012 11:47:32 GMT', null],
  ['Sun, 99 Jun 2009 12:00:00 GMT', null],
  ['2003-12-31T25:14:55Z', null],
  ['2003-12-31T10:61:55Z', null],
  ['9999-12-31T23:59:59-99:99', null],
  ['2013-01-27-01', null],
  ['2013-01-28T09:xx:00Z', null],
];

// Dates in the words of other languages, as feeds and their CMSs write them. No zone means UTC here too.
const localCases: Array<[string, string | null]> = [
  // Greek: abbreviations, genitive month names, capitals, missing accents, μ.μ. for p.m.
  ['Τετ, 12 Μαρ 2025 10:00:00 +0200', '2025-03-12T08:00:00Z'],
  ['Τετάρτη, 12 Μαρτίου 2025 10:00', '2025-03-12T10:00:00Z'],
  ['Σάββατο, 3 Μαΐου 2025 18:30', '2025-05-03T18:30:00Z'],
  ['ΔΕΥ, 06 ΙΑΝ 2025 09:15:00 GMT', '2025-01-06T09:15:00Z'],
  ['12 Μαρτιου 2025', '2025-03-12T00:00:00Z'],
  ['5 Αυγούστου 2025 10:05 μ.μ.', '2025-08-05T22:05:00Z'],
  // Korean: 년/월/일, a Korean weekday in RFC 822, 오전/오후, the year-first dotted form of toLocaleString.
  ['2025년 3월 12일 10:00', '2025-03-12T10:00:00Z'],
  ['수, 12 3월 2025 10:00:00 +0900', '2025-03-12T01:00:00Z'],
  ['2025년 3월 12일 (수) 오후 3:05', '2025-03-12T15:05:00Z'],
  ['2025. 3. 12. 오전 12:30:00', '2025-03-12T00:30:00Z'],
  ['2025.03.12 10:00', '2025-03-12T10:00:00Z'],
  ['2004-05-25 오후 11:23:17', '2004-05-25T23:23:17Z'],
  ['2004년 05월 28일  01:31:15', '2004-05-28T01:31:15Z'],
  // Hungarian: year first, month names and their abbreviations, the weekday last.
  ['2025. március 12. 10:00', '2025-03-12T10:00:00Z'],
  ['2025. márc. 12. 10:00', '2025-03-12T10:00:00Z'],
  ['2025. 03. 12. 10:00:00', '2025-03-12T10:00:00Z'],
  ['2025. március 12., szerda', '2025-03-12T00:00:00Z'],
  ['szerda, 2025. márc. 12. 10:00 +0100', '2025-03-12T09:00:00Z'],
  // French: `mar.` is Tuesday before `mars`, `à 10h30`.
  ['mar., 11 mars 2025 10:00:00 +0100', '2025-03-11T09:00:00Z'],
  ['mercredi 12 mars 2025 à 10h30', '2025-03-12T10:30:00Z'],
  ['1 févr. 2025', '2025-02-01T00:00:00Z'],
  ['Ven, 15 Aoû 2025 08:00:00 +0200', '2025-08-15T06:00:00Z'],
  // German: `12. März`, `um … Uhr`, day-first dotted dates.
  ['Mi, 12 Mär 2025 10:00:00 +0100', '2025-03-12T09:00:00Z'],
  ['12. März 2025 um 10:00 Uhr', '2025-03-12T10:00:00Z'],
  ['Donnerstag, 1. Mai 2025', '2025-05-01T00:00:00Z'],
  ['12.03.2025 10:00', '2025-03-12T10:00:00Z'],
  ['12. 3. 2025 10:00', '2025-03-12T10:00:00Z'],
  // Spanish: `mar` as Tuesday and as March in one date, `de`, `a las`.
  ['mié, 12 mar 2025 10:00:00 +0100', '2025-03-12T09:00:00Z'],
  ['mar, 11 mar 2025 10:00:00 GMT', '2025-03-11T10:00:00Z'],
  ['mar., 1 abr. 2025 10:00', '2025-04-01T10:00:00Z'],
  ['12 de marzo de 2025 a las 10:00', '2025-03-12T10:00:00Z'],
  // Italian, Portuguese (with and without the cedilla), Dutch.
  ['mer, 12 mar 2025 10:00:00 +0100', '2025-03-12T09:00:00Z'],
  ['12 marzo 2025 alle 10:00', '2025-03-12T10:00:00Z'],
  ['qua, 12 mar 2025 10:00:00 -0300', '2025-03-12T13:00:00Z'],
  ['12 de março de 2025 às 10:00', '2025-03-12T10:00:00Z'],
  ['12 de marco de 2025', '2025-03-12T00:00:00Z'],
  ['wo, 12 mrt 2025 10:00:00 +0100', '2025-03-12T09:00:00Z'],
  ['12 maart 2025 om 10:00', '2025-03-12T10:00:00Z'],
  // Polish (`pt` is Friday before the time, Pacific time after it), Czech.
  ['śr, 12 mar 2025 10:00:00 +0100', '2025-03-12T09:00:00Z'],
  ['pt, 14 mar 2025 10:00:00 +0100', '2025-03-14T09:00:00Z'],
  ['Fri, 14 Mar 2025 10:00:00 PT', '2025-03-14T18:00:00Z'],
  ['12 marca 2025 r., 10:00', '2025-03-12T10:00:00Z'],
  ['st, 12. března 2025 10:00', '2025-03-12T10:00:00Z'],
  ['čt 1. května 2025', '2025-05-01T00:00:00Z'],
  // Russian and Ukrainian, with `г.`/`р.` after the year.
  ['ср, 12 мар 2025 10:00:00 +0300', '2025-03-12T07:00:00Z'],
  ['12 марта 2025 г. в 10:00', '2025-03-12T10:00:00Z'],
  ['12 березня 2025 р. о 10:00', '2025-03-12T10:00:00Z'],
  // Vietnamese: the weekday after `Thứ` may be a number, the month follows `tháng`; a zone only in parentheses.
  ['Thứ Tư, ngày 12 tháng 3 năm 2025 10:00', '2025-03-12T10:00:00Z'],
  ['Thứ 4, 12 tháng 3, 2025 - 10:00 (GMT+7)', '2025-03-12T03:00:00Z'],
  // Swedish, Danish, Finnish, Romanian, Turkish (dotless ı in capitals).
  ['ons, 12 mars 2025 10:00:00 +0100', '2025-03-12T09:00:00Z'],
  ['12. marts 2025 kl. 10:00', '2025-03-12T10:00:00Z'],
  ['12. maaliskuuta 2025 klo 10:00', '2025-03-12T10:00:00Z'],
  ['mie, 12 mar 2025 10:00:00 +0200', '2025-03-12T08:00:00Z'],
  ['1 MAYIS 2025 Perşembe 10:00', '2025-05-01T10:00:00Z'],
  // English forms the table above lacks: AM/PM, JavaScript's Date#toString, an RFC 822 comment.
  ['March 12, 2025 10:00 PM', '2025-03-12T22:00:00Z'],
  ['Mar 12, 2025 12:05 AM', '2025-03-12T00:05:00Z'],
  ['Wed Mar 12 2025 10:00:00 GMT+0100 (Central European Standard Time)', '2025-03-12T09:00:00Z'],
  ['Wed, 12 Mar 2025 10:00:00 +0000 (UTC)', '2025-03-12T10:00:00Z'],
  // Still null when unsure: slashed day and month could be either way round; no day; impossible days and months.
  ['03/04/2025 10:00', null],
  ['mars 2025', null],
  ['Τετ, 32 Μαρ 2025 10:00', null],
  ['2025년 13월 1일', null],
  ['12 mars avril 2025', null],
  ['2025. 3. 12. 4.', null],
  ['2025-03/12 10:00', null],
  ['2025-03-12 10:00 nonsense', null],
  ['31 Dec 2002 14:20:20 A', null],
];

describe('feed dates', () => {
  it.each(cases)('reads %j as %s', (input, expected) => {
    const instant = parseFeedInstant(input);
    expect(instant === null ? null : toIsoSeconds(instant)).toBe(expected);
  });

  it.each(localCases)('reads the local form %j as %s', (input, expected) => {
    const instant = parseFeedInstant(input);
    expect(instant === null ? null : toIsoSeconds(instant)).toBe(expected);
  });

  it('never depends on the machine time zone: a date without a zone is UTC', () => {
    expect(normaliseDate('2024-06-21 08:30', Date.UTC(2030, 0, 1))).toBe('2024-06-21T08:30:00Z');
  });

  it('clamps dates in the future to the time of the fetch', () => {
    const fetchedAt = Date.UTC(2024, 5, 21, 12, 0, 0);
    expect(normaliseDate('Sat, 01 Jan 2039 00:00:00 GMT', fetchedAt)).toBe('2024-06-21T12:00:00Z');
  });
});

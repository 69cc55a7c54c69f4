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

describe('feed dates', () => {
  it.each(cases)('reads %j as %s', (input, expected) => {
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

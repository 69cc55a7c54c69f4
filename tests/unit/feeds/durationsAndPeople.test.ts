import { describe, expect, it } from 'vitest';
import { distinctPeople, personFromText } from '../../../electron/feeds/parse/people';
import { durationSeconds } from '../../../electron/feeds/parse/xml/duration';
import { mergeEnclosures } from '../../../electron/feeds/parse/xml/enclosures';

describe('itunes:duration', () => {
  it('reads HH:MM:SS, H:MM:SS, MM:SS and plain seconds', () => {
    expect(['01:02:03', '1:02:03', '42:30', '95', '3725.5', ' 00:59 '].map(durationSeconds)).toEqual([3723, 3723, 2550, 95, 3725.5, 59]);
  });

  it('gives nothing for what is no time', () => {
    expect(['', 'about an hour', '45 min', '1:75', '1:2:3:4', '-5', null].map(durationSeconds)).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('people', () => {
  it('reads the forms RSS and Dublin Core write a person in', () => {
    expect(personFromText('me@example.com (Example editor)')).toEqual({ name: 'Example editor', email: 'me@example.com', url: null });
    expect(personFromText('Example editor <me@example.com>')).toEqual({ name: 'Example editor', email: 'me@example.com', url: null });
    expect(personFromText('mailto:me@example.com')).toEqual({ name: null, email: 'me@example.com', url: null });
    expect(personFromText('Example editor')).toEqual({ name: 'Example editor', email: null, url: null });
  });

  it('keeps a person named twice once, with what each mention says', () => {
    const people = distinctPeople([
      { name: 'June Parfitt', email: null, url: null },
      { name: 'june parfitt', email: 'june@allotment.example', url: null },
      { name: null, email: 'june@allotment.example', url: 'https://allotment.example/' },
      { name: 'Olu Brand', email: null, url: null },
    ]);
    expect(people).toEqual([
      { name: 'June Parfitt', email: 'june@allotment.example', url: 'https://allotment.example/' },
      { name: 'Olu Brand', email: null, url: null },
    ]);
  });

  it('keeps two people apart when what they say differs, a shared address notwithstanding', () => {
    const people = distinctPeople([
      { name: 'Desk A', email: 'news@paper.example', url: null },
      { name: 'Desk B', email: 'news@paper.example', url: null },
    ]);
    expect(people).toHaveLength(2);
  });
});

describe('enclosures for one file', () => {
  it('merge into the first, a MIME type winning over a medium standing in for one', () => {
    expect(
      mergeEnclosures([
        { url: 'https://a.example/x.mp3', type: 'audio', length: null, duration: 60, medium: 'audio' },
        { url: 'https://a.example/y.jpg', type: 'image/jpeg', length: 10, duration: null, medium: 'image' },
        { url: 'https://a.example/x.mp3', type: 'audio/mpeg', length: 1000, duration: null, medium: 'audio' },
      ]),
    ).toEqual([
      { url: 'https://a.example/x.mp3', type: 'audio/mpeg', length: 1000, duration: 60, medium: 'audio' },
      { url: 'https://a.example/y.jpg', type: 'image/jpeg', length: 10, duration: null, medium: 'image' },
    ]);
  });
});

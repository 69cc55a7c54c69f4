import type { GeoPoint } from '../../../../shared/model/article';
import { firstText, fieldsOf, type Fields } from './nodes';
import { listOf } from '../xmlValues';

function pointOf(latitudeText: string | undefined | null, longitudeText: string | undefined | null): GeoPoint | null {
  if (!latitudeText || !longitudeText) return null;
  const latitude = Number(latitudeText);
  const longitude = Number(longitudeText);
  const valid = Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  return valid ? { latitude, longitude } : null;
}

/** GeoRSS and GML write a point as `latitude longitude`; a comma between them is a common slip. */
function pointFromPair(text: string | null): GeoPoint | null {
  if (text === null) return null;
  const [latitude, longitude, ...rest] = text.split(/[\s,]+/);
  return rest.length === 0 ? pointOf(latitude, longitude) : null;
}

/** W3C Basic Geo: `geo:lat` and `geo:long` on the item, or inside a `geo:Point`. */
function basicGeo(element: Fields): GeoPoint | null {
  return pointOf(firstText(element['geo:lat']), firstText(element['geo:long']));
}

/**
 * Where the item is about: GeoRSS Simple `georss:point`, W3C Basic Geo, or GeoRSS GML's
 * `georss:where`>`gml:Point`>`gml:pos`. Numbers out of range or unreadable give nothing.
 */
export function geoOf(item: Fields): GeoPoint | null {
  if (item['georss:point'] !== undefined) return pointFromPair(firstText(item['georss:point']));
  if (item['geo:lat'] !== undefined) return basicGeo(item);
  for (const point of listOf(item['geo:Point'])) {
    const fields = fieldsOf(point);
    if (fields) return basicGeo(fields);
  }
  for (const where of listOf(item['georss:where'])) {
    for (const point of listOf(fieldsOf(where)?.['gml:Point'])) return pointFromPair(firstText(fieldsOf(point)?.['gml:pos']));
  }
  return null;
}

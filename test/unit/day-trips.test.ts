import { describe, expect, it } from "vitest";
import { bearingDegrees, compassPoint, dayTrips, distanceKm, route } from "../../domain/day-trips";

// Positions from the gazetteer (WGS84).
const JOKKMOKK = { lat: 66.6053, lng: 19.8281 };
const place = (id: string, lat: number, lng: number) => ({ id, lat, lng });
const PORJUS = place("Porjus", 66.9583, 19.8189);
const HARSPRANGET = place("Harsprånget", 66.8771, 19.8175);
const KVIKKJOKK = place("Kvikkjokk", 66.9514, 17.7236);
const VUOLLERIM = place("Vuollerim", 66.4292, 20.6236);
const MURJEK = place("Murjek", 66.467, 20.883);
const KABDALIS = place("Kåbdalis", 66.15, 19.9833);
const SNESUDDEN = place("Snesudden", 66.1333, 20.3667);

describe("distance and bearing", () => {
  it("measures along the great circle: one degree of latitude is about 111.2 km, and Porjus is 39 km due north of Jokkmokk", () => {
    expect(distanceKm({ lat: 66, lng: 20 }, { lat: 67, lng: 20 })).toBeCloseTo(111.19, 1);
    // A degree of longitude shrinks with the cosine of the latitude (cos 66.6° ≈ 0.397).
    expect(distanceKm({ lat: 66.6, lng: 19 }, { lat: 66.6, lng: 20 })).toBeCloseTo(44.1, 0);
    expect(distanceKm(JOKKMOKK, PORJUS)).toBeCloseTo(39.3, 0);
    expect(distanceKm(JOKKMOKK, JOKKMOKK)).toBe(0);
    expect(distanceKm(JOKKMOKK, KVIKKJOKK)).toBeCloseTo(distanceKm(KVIKKJOKK, JOKKMOKK), 9);
  });

  it("gives the initial bearing clockwise from north, and its compass point", () => {
    expect(bearingDegrees({ lat: 66, lng: 20 }, { lat: 67, lng: 20 })).toBeCloseTo(0, 6);
    expect(bearingDegrees({ lat: 67, lng: 20 }, { lat: 66, lng: 20 })).toBeCloseTo(180, 6);
    expect(bearingDegrees({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(90, 6);
    expect(bearingDegrees({ lat: 0, lng: 1 }, { lat: 0, lng: 0 })).toBeCloseTo(270, 6);
    expect(compassPoint(bearingDegrees(JOKKMOKK, PORJUS))).toBe("N");
    expect(compassPoint(bearingDegrees(JOKKMOKK, KVIKKJOKK))).toBe("NW");
    expect(compassPoint(bearingDegrees(JOKKMOKK, VUOLLERIM))).toBe("SE");
    expect(compassPoint(bearingDegrees(JOKKMOKK, KABDALIS))).toBe("S");
    expect([compassPoint(359), compassPoint(22.4), compassPoint(22.6), compassPoint(-45)]).toEqual(["N", "N", "NE", "NW"]);
  });
});

describe("day trips", () => {
  it("drives nearest first and counts the way back: Jokkmokk–Harsprånget–Porjus–Jokkmokk", () => {
    const r = route(JOKKMOKK, [PORJUS, HARSPRANGET]);
    expect(r.stops.map((s) => s.id)).toEqual(["Harsprånget", "Porjus"]);
    expect(r.totalKm).toBeCloseTo(distanceKm(JOKKMOKK, HARSPRANGET) + distanceKm(HARSPRANGET, PORJUS) + distanceKm(PORJUS, JOKKMOKK), 9);
  });

  it("groups by direction and distance: north-west, south-east, north and south apart; the most urgent trip first", () => {
    // In urgency order, as the due list gives them.
    const due = [KVIKKJOKK, MURJEK, PORJUS, KABDALIS, VUOLLERIM, HARSPRANGET, SNESUDDEN];
    const trips = dayTrips(JOKKMOKK, due);
    const ids = trips.map((t) => t.stops.map((s) => s.id));
    // Bearings: Kvikkjokk 294° (100 km), Harsprånget and Porjus 359°, Murjek 108°, Vuollerim 119°,
    // Snesudden 155°, Kåbdalis 172°. The sweep begins after the widest gap (172° → 294°); Harsprånget
    // lies 65° on from Kvikkjokk and Kåbdalis 65° on from Murjek, past the 60° fan: each starts a trip.
    expect(ids).toEqual([["Kvikkjokk"], ["Vuollerim", "Murjek", "Snesudden"], ["Harsprånget", "Porjus"], ["Kåbdalis"]]);
    expect(trips.map((t) => t.direction)).toEqual(["NW", "SE", "N", "S"]);
    expect(trips.map((t) => Math.round(t.totalKm))).toEqual([200, 154, 79, 102]);
    for (const trip of trips) {
      expect(trip.totalKm).toBeCloseTo(route(JOKKMOKK, trip.stops).totalKm, 9);
      expect(trip.totalKm).toBeLessThanOrEqual(250);
    }
    // Every village in exactly one trip.
    expect(ids.flat().sort()).toEqual(due.map((d) => d.id).sort());
  });

  it("keeps a trip within its limits: a shorter day splits a direction, one stop a day gives a trip each", () => {
    const short = dayTrips(JOKKMOKK, [VUOLLERIM, MURJEK, KABDALIS, SNESUDDEN], { maxKm: 100, maxSpreadDegrees: 90, maxStops: 5 });
    expect(short.every((t) => t.stops.length === 1 || t.totalKm <= 100)).toBe(true);
    expect(short.length).toBeGreaterThan(2);
    expect(dayTrips(JOKKMOKK, [PORJUS, HARSPRANGET], { maxKm: 1000, maxSpreadDegrees: 90, maxStops: 1 })).toHaveLength(2);
    // A stop beyond the longest trip still gets one of its own.
    const far = dayTrips(JOKKMOKK, [KVIKKJOKK], { maxKm: 50, maxSpreadDegrees: 90, maxStops: 5 });
    expect(far).toHaveLength(1);
    expect(far[0].totalKm).toBeCloseTo(2 * distanceKm(JOKKMOKK, KVIKKJOKK), 9);
    expect(dayTrips(JOKKMOKK, [])).toEqual([]);
  });

  it("does not cut a group at north: bearings of 350° and 10° go in one trip", () => {
    const west = place("a", 66.9, 19.7);
    const east = place("b", 66.9, 19.96);
    expect(bearingDegrees(JOKKMOKK, west)).toBeGreaterThan(340);
    expect(bearingDegrees(JOKKMOKK, east)).toBeLessThan(20);
    const trips = dayTrips(JOKKMOKK, [west, east, KABDALIS]);
    expect(trips.map((t) => t.stops.map((s) => s.id).sort())).toEqual([["a", "b"], ["Kåbdalis"]]);
    expect(trips[0].direction).toBe("N");
  });
});

#!/usr/bin/env python3
"""Builds the dashboard's offline world map from Natural Earth 1:110m.

Source: the npm package `world-atlas@2.0.2` (ISC licence; Natural Earth data,
public domain), fetched with `npm pack` (the npm registry is the only network
access needed). Output: crates/warta-server/assets/world-110m.json, a list of
countries with their outline as one SVG path in an equirectangular projection
(x = lon + 180, y = 90 - lat, in degrees, one decimal), so the dashboard can
draw the map and place events with the same two-line projection.

usage: scripts/build_world_outline.py [PATH/TO/countries-110m.json]
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "warta-server", "assets", "world-110m.json")


def load_topology(path):
    if path:
        return json.load(open(path, encoding="utf-8"))
    tmp = tempfile.mkdtemp()
    subprocess.run(["npm", "pack", "world-atlas@2.0.2", "--pack-destination", tmp, "-q"], check=True,
                   stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(tmp, "world-atlas-2.0.2.tgz")) as tar:
        return json.load(tar.extractfile("package/countries-110m.json"))


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring_points(ring, arcs):
    pts = []
    for i in ring:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(arc if not pts else arc[1:])
    return pts


def path_of(polygons, arcs):
    parts = []
    for polygon in polygons:
        for ring in polygon:
            pts = ring_points(ring, arcs)
            coords = []
            last = None
            for lon, lat in pts:
                p = (round(lon + 180, 1), round(90 - lat, 1))
                if p != last:
                    coords.append(p)
                    last = p
            if len(coords) < 3:
                continue
            # A ring that crosses the antimeridian (Russia's Chukotka, Fiji)
            # jumps ~360 degrees in x: start a new subpath there instead of
            # drawing a line across the whole map.
            path = f"M{coords[0][0]:g},{coords[0][1]:g}"
            for (px, _), (x, y) in zip(coords, coords[1:]):
                path += ("M" if abs(x - px) > 180 else "L") + f"{x:g},{y:g}"
            parts.append(path + "Z")
    return "".join(parts)


def main():
    topo = load_topology(sys.argv[1] if len(sys.argv) > 1 else None)
    arcs = decode_arcs(topo)
    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("type") == "Polygon":
            polys = [g["arcs"]]
        elif g.get("type") == "MultiPolygon":
            polys = g["arcs"]
        else:
            continue
        countries.append({"id": g.get("id"), "name": g.get("properties", {}).get("name"), "d": path_of(polys, arcs)})
    out = {
        "source": "Natural Earth 1:110m (public domain) via npm world-atlas@2.0.2 (ISC)",
        "projection": "equirectangular: x = lon + 180, y = 90 - lat",
        "countries": countries,
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
    print(f"wrote {OUT}: {len(countries)} countries, {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main()

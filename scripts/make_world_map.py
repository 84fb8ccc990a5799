#!/usr/bin/env python3
"""Makes web/world.json, the world outline the web page draws its maps on.

Input: countries-110m.json from the npm package world-atlas@2.0.2 (Natural
Earth 1:110m admin-0 countries, public domain; TopoJSON by Mike Bostock, ISC).
Output: one SVG path per country in an equirectangular projection at 0.1
degree per unit (x = (lon + 180) * 10, y = (90 - lat) * 10, so the world is
3600 x 1800), relative moves, integers only: small, and drawn without any
JavaScript projection code.

    mkdir -p /tmp/wa && cd /tmp/wa && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 scripts/make_world_map.py /tmp/wa/package/countries-110m.json > web/world.json
"""
import json
import sys


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def ring_path(points):
    out = []
    last = None
    for lon, lat in points:
        p = (round((lon + 180) * 10), round((90 - lat) * 10))
        if last is None:
            out.append("M%d %d" % p)
        elif p != last:
            out.append("l%d %d" % (p[0] - last[0], p[1] - last[1]))
        last = p
    return "".join(out) + "z" if len(out) > 2 else ""


def main():
    topo = json.load(open(sys.argv[1], encoding="utf-8"))
    arcs = decode_arcs(topo)
    countries = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        d = "".join(ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)
        if d:
            countries.append({"name": geometry.get("properties", {}).get("name", ""), "d": d})
    countries.sort(key=lambda c: c["name"])
    out = {
        "source": "Natural Earth 1:110m countries (public domain) via world-atlas 2.0.2; "
                  "made by scripts/make_world_map.py",
        "width": 3600,
        "height": 1800,
        "countries": countries,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

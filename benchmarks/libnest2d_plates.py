#!/usr/bin/python3
"""libnest2d's figures on the plate benchmark jobs, for docs/BENCHMARKS.md and PeerReference.

libnest2d is the nester of Cura and PrusaSlicer; Debian ships its Python binding (python3-pynest2d) and ezdxf
(python3-ezdxf), which reads the part drawings here, independently of our DXF reader. Run with Debian's python3:

    /usr/bin/python3 benchmarks/libnest2d_plates.py benchmarks/plate-jobs/*.json [--try-true-outlines]

For each job: every part's outer contour (flattened at CHORD mm; libnest2d takes no holes, so it never nests part
in part) is nested with nest(items, bin, spacing + 2 * CHORD) into bins of the plate minus its margin, bottom-left aligned.
libnest2d takes one rotation set for all items: quarter turns when any part of the job is limited to them, else
FREE_ANGLES evenly spaced angles. Parts beyond the stock of the first plate size are nested again into the next size.

Validity is checked as for the strip figures of issue 5: every placed contour inside its bin and every pair at
least the spacing apart (minus TOLERANCE), exactly on the polygons given to libnest2d. libnest2d's rotated
placements of concave items overlap; so a job with a concave part is nested as convex hulls (a hull holds its part,
so a valid hull nest is a valid part nest) and the row says "hulls". With --try-true-outlines the true outlines are
nested first and the hulls only when that nest is invalid.

Utilisation is the report's definition (docs/REPORTING.md): net part area over the plates consumed, the last plate
cropped by the larger straight cut beyond its parts (spacing kept), when that offcut is at least remnant_min_mm.
"""
import json
import math
import os
import sys
import time

import ezdxf
import ezdxf.path
import pynest2d as nest2d

CHORD = 0.5          # mm: chord tolerance of the contours given to libnest2d (fewer vertices, faster no-fit polygons)
AREA_CHORD = 0.01    # mm: chord tolerance of the net part areas in the utilisation
SCALE = 1000         # libnest2d works on integers: micrometres
FREE_ANGLES = 8      # rotations tried for free-rotation jobs (every 45°); more angles cost NFP time per item
TOLERANCE = 0.01     # mm: rounding of the integer coordinates and flattening allowed in the spacing check
CONCAVE = 1e-3       # a part whose convex hull is this much larger than the part counts as concave
# libnest2d's nests of concave true outlines overlap (issue 5; here on brackets-90 with quarter turns and combs-free),
# and trying them first doubles the run time, so jobs with concave parts nest the hulls unless --try-true-outlines.
TRY_TRUE_OUTLINES = "--try-true-outlines" in sys.argv


def polygons_of(dxf_path, chord):
    """The part's outer contour (CUT_OUTER) and holes (CUT_INNER) as lists of (x, y) in mm, flattened at chord mm."""
    doc = ezdxf.readfile(dxf_path)
    outer, holes = None, []
    for entity in doc.modelspace():
        points = [(v.x, v.y) for v in ezdxf.path.make_path(entity).flattening(chord)]
        if len(points) > 1 and points[0] == points[-1]:
            points.pop()
        if entity.dxf.layer == "CUT_OUTER":
            outer = points
        else:
            holes.append(points)
    return outer, holes


def area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


def ccw(ring):
    signed = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))
    return ring if signed > 0 else ring[::-1]


def hull(points):
    pts = sorted(set(points))
    def half(seq):
        out = []
        for p in seq:
            while len(out) >= 2 and (out[-1][0] - out[-2][0]) * (p[1] - out[-2][1]) - (out[-1][1] - out[-2][1]) * (p[0] - out[-2][0]) <= 0:
                out.pop()
            out.append(p)
        return out[:-1]
    return half(pts) + half(pts[::-1])


def point_segment(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = 0 if length2 == 0 else max(0, min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def segments_cross(a, b, c, d):
    def orient(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return (orient(a, b, c) > 0) != (orient(a, b, d) > 0) and (orient(c, d, a) > 0) != (orient(c, d, b) > 0)


def inside(p, ring):
    hit = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > p[1]) != (y1 > p[1]) and p[0] < x0 + (p[1] - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def bbox(ring):
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def too_close(a, b, spacing):
    """True when two placed contours overlap or come closer than the spacing (minus the tolerance)."""
    limit = spacing - TOLERANCE
    ba, bb = bbox(a), bbox(b)
    if ba[0] > bb[2] + limit or bb[0] > ba[2] + limit or ba[1] > bb[3] + limit or bb[1] > ba[3] + limit:
        return False
    if inside(a[0], b) or inside(b[0], a):
        return True
    def near(ring, box):
        return [(p, q) for p, q in zip(ring, ring[1:] + ring[:1])
                if max(p[0], q[0]) >= box[0] - limit and min(p[0], q[0]) <= box[2] + limit
                and max(p[1], q[1]) >= box[1] - limit and min(p[1], q[1]) <= box[3] + limit]
    for p, q in near(a, bb):
        for r, s in near(b, ba):
            if segments_cross(p, q, r, s) or min(point_segment(p, r, s), point_segment(q, r, s),
                                                 point_segment(r, p, q), point_segment(s, p, q)) < limit:
                return True
    return False


def nest_into(shapes, width, height, spacing, angles):
    """Nests shapes (mm rings) into width x height bins; returns [(bin, placed ring in bin coordinates from 0)]."""
    items = [nest2d.Item([nest2d.Point(round(x * SCALE), round(y * SCALE)) for x, y in ring]) for ring in shapes]
    box = nest2d.Box(round(width * SCALE), round(height * SCALE))
    config = nest2d.NfpConfig()
    config.alignment = nest2d.NfpConfig.Alignment.BOTTOM_LEFT
    config.rotations = angles
    nest2d.nest(items, box, round(spacing * SCALE), config)
    x0, y0 = box.minCorner().x(), box.minCorner().y()
    placed = []
    for item in items:
        shape = item.transformedShape()
        ring = [((shape.vertex(k).x() - x0) / SCALE, (shape.vertex(k).y() - y0) / SCALE) for k in range(shape.vertexCount())]
        if len(ring) > 1 and ring[0] == ring[-1]:
            ring.pop()
        placed.append((item.binId(), ring))
    return placed


def valid(placed, width, height, spacing):
    bins = {}
    for b, ring in placed:
        if b < 0:
            return False, "an item was not placed"
        x_min, y_min, x_max, y_max = bbox(ring)
        if x_min < -TOLERANCE or y_min < -TOLERANCE or x_max > width + TOLERANCE or y_max > height + TOLERANCE:
            return False, "an item leaves its bin"
        bins.setdefault(b, []).append(ring)
    for rings in bins.values():
        for i in range(len(rings)):
            for j in range(i + 1, len(rings)):
                if too_close(rings[i], rings[j], spacing):
                    return False, "two items overlap or are closer than the spacing"
    return True, ""


def run_job(path):
    job = json.load(open(path))
    folder = os.path.dirname(path)
    # Chords cut inside arcs by up to CHORD, so the flattened contours are kept 2 * CHORD further apart: the parts
    # themselves then keep the job's spacing.
    # The bins are shrunk by CHORD for the same reason.
    job_spacing, margin = job.get("spacing", 0), job.get("margin", 0)
    spacing, inset = job_spacing + 2 * CHORD, margin + CHORD
    remnant_min = job.get("report", {}).get("remnant_min_mm", [200, 500])
    parts, rotations = [], set()
    for entry in job["parts"]:
        drawing = os.path.join(folder, entry["dxf"])
        outer, holes = polygons_of(drawing, AREA_CHORD)
        net = area(outer) - sum(area(h) for h in holes)
        outer, _ = polygons_of(drawing, CHORD)
        rotations.add(str(entry.get("rotation", "90")))
        parts += [(ccw(outer), net)] * entry.get("quantity", 1)
    if rotations <= {"free"}:
        angles, rotation_note = [2 * math.pi * k / FREE_ANGLES for k in range(FREE_ANGLES)], f"{FREE_ANGLES} angles"
    else:
        angles, rotation_note = [0, math.pi / 2, math.pi, 3 * math.pi / 2], "quarter turns"
    concave = any(area(hull(ring)) > area(ring) * (1 + CONCAVE) for ring, _ in parts)
    attempts = ("true outlines", "hulls") if concave and TRY_TRUE_OUTLINES else ("hulls",) if concave else ("true outlines",)
    started = time.monotonic()
    rejected = ""
    for outline in attempts:
        plates, todo, ok, why = [], list(range(len(parts))), True, ""
        for stock in job["plates"]:
            if not todo:
                break
            width, height = stock["width"] - 2 * inset, stock["height"] - 2 * inset
            shapes = [parts[k][0] if outline == "true outlines" else ccw(hull(parts[k][0])) for k in todo]
            placed = nest_into(shapes, width, height, spacing, angles)
            ok, why = valid(placed, width, height, spacing)
            if not ok:
                break
            bins = sorted({b for b, _ in placed})[: stock.get("quantity", 1)]
            for b in bins:
                plates.append((stock["width"], stock["height"], [(parts[todo[k]][1], ring) for k, (bb, ring) in enumerate(placed) if bb == b]))
            todo = [todo[k] for k, (bb, _) in enumerate(placed) if bb not in bins]
        if ok and not todo:
            break
        rejected = f" (true outlines: {why or 'plate stock exhausted'})"
    seconds = time.monotonic() - started
    if not ok or todo:
        return dict(job=job["name"], parts=len(parts), valid=False, note=why or "plate stock exhausted", seconds=seconds)
    full = sum(w * h for w, h, _ in plates)
    net = sum(n for _, _, placed in plates for n, _ in placed)
    w, h, last = plates[-1]
    used_x = min(w, inset + max(max(x for x, _ in ring) for _, ring in last) + job_spacing)
    used_y = min(h, inset + max(max(y for _, y in ring) for _, ring in last) + job_spacing)
    cuts = [(w - used_x) * h, w * (h - used_y)]
    kept = [a for a, (cw, ch) in zip(cuts, [(w - used_x, h), (w, h - used_y)])
            if min(cw, ch) >= remnant_min[0] and max(cw, ch) >= remnant_min[1]]
    consumed = full - (max(kept) if kept else 0)
    return dict(job=job["name"], parts=len(parts), valid=True, plates=len(plates), utilisation=100 * net / consumed,
                note=f"{outline}, {rotation_note}{rejected}", seconds=seconds)


def main(paths):
    print("| job | parts | libnest2d plates | libnest2d utilisation % (last plate cropped) | valid | outlines nested | time s |")
    print("|---|---:|---:|---:|---|---|---:|")
    for path in paths:
        r = run_job(path)
        plates = r.get("plates", "")
        util = f"{r['utilisation']:.1f}" if r["valid"] else ""
        print(f"| {r['job']} | {r['parts']} | {plates} | {util} | {'yes' if r['valid'] else 'NO'} | {r['note']} | {r['seconds']:.1f} |", flush=True)


if __name__ == "__main__":
    main([a for a in sys.argv[1:] if a != "--try-true-outlines"])

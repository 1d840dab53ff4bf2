#!/usr/bin/python3
"""An oracle for strip layouts, independent of the engine and of its verifier (which uses NetTopologySuite).

    /usr/bin/python3 benchmarks/strip_oracle.py INSTANCE.json RESULT.json

INSTANCE.json is a strip-packing instance in the jagua-rs format (../shared/datasets/esicup); RESULT.json is what
`nest strip` wrote for it. Each placement's item polygon, read from the instance itself, is mirrored about the y axis
when "mirrored", turned by "rotation" degrees about the origin, then moved by (x, y): the convention result.json
documents (docs/JOB-FORMAT.md). GEOS (Debian's python3-shapely) then measures the layout: the items' extent, every
pair's overlap area, and the density as sparrow scores it, item area / (strip height x used length). A layout
claimed against a published record should print an overlap of zero and an extent inside [0, length] x [0, height].
"""
import json
import sys

from shapely import affinity
from shapely.geometry import Polygon


def placed_polygons(instance, result):
    shapes = {str(item["id"]): item["shape"]["data"] for item in instance["items"]}
    for plate in result["plates"]:
        for p in plate["placements"]:
            polygon = Polygon(shapes[p["part"]])
            if p.get("mirrored"):
                polygon = affinity.scale(polygon, xfact=-1, yfact=1, origin=(0, 0))
            polygon = affinity.rotate(polygon, p["rotation"], origin=(0, 0))
            yield affinity.translate(polygon, p["x"], p["y"])


def main(instance_path, result_path):
    with open(instance_path) as f:
        instance = json.load(f)
    with open(result_path) as f:
        result = json.load(f)
    height = instance["strip_height"]
    placed = list(placed_polygons(instance, result))
    min_x = min(p.bounds[0] for p in placed)
    max_x = max(p.bounds[2] for p in placed)
    min_y = min(p.bounds[1] for p in placed)
    max_y = max(p.bounds[3] for p in placed)
    worst = 0.0
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            if a.intersects(b):
                worst = max(worst, a.intersection(b).area)
    length = max_x - min(min_x, 0.0)
    density = sum(p.area for p in placed) / (height * length)
    print(f"{len(placed)} items; x {min_x:.6f} to {max_x:.6f}, y {min_y:.6f} to {max_y:.6f} (height {height}); "
          f"length {length:.6f}; density {100 * density:.4f} %; largest overlap of a pair {worst:.3e}")
    inside = min_x >= -1e-9 and min_y >= -1e-9 and max_y <= height + 1e-9
    return 0 if inside and worst <= 1e-9 else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: strip_oracle.py INSTANCE.json RESULT.json")
    sys.exit(main(sys.argv[1], sys.argv[2]))

#!/usr/bin/env python3
"""Regenerates the bundled sample parts (DXF R2000 / AC1015, millimetres).

The parts are authored here as exact entities (lines, arcs, circles, bulged polylines, a spline) so that every
DXF reader sees the same geometry. Run from the repository root: python3 sample-parts/tools/make_samples.py
"""
import math
import os

OUT = os.path.join(os.path.dirname(__file__), "..")


class Dxf:
    def __init__(self):
        self.entities = []
        self.handle = 0x100

    def _h(self):
        self.handle += 1
        return "%X" % self.handle

    def _common(self, kind, layer, subclass):
        return [(0, kind), (5, self._h()), (100, "AcDbEntity"), (8, layer), (100, subclass)]

    def line(self, a, b, layer="CUT"):
        self.entities.append(self._common("LINE", layer, "AcDbLine") + [
            (10, a[0]), (20, a[1]), (30, 0.0), (11, b[0]), (21, b[1]), (31, 0.0)])

    def circle(self, c, r, layer="CUT"):
        self.entities.append(self._common("CIRCLE", layer, "AcDbCircle") + [(10, c[0]), (20, c[1]), (30, 0.0), (40, r)])

    def arc(self, c, r, a0, a1, layer="CUT"):
        self.entities.append(self._common("ARC", layer, "AcDbCircle") + [
            (10, c[0]), (20, c[1]), (30, 0.0), (40, r), (100, "AcDbArc"), (50, a0), (51, a1)])

    def lwpolyline(self, pts, closed=True, layer="CUT"):
        """pts: (x, y) or (x, y, bulge)."""
        tags = self._common("LWPOLYLINE", layer, "AcDbPolyline") + [(90, len(pts)), (70, 1 if closed else 0)]
        for p in pts:
            tags += [(10, p[0]), (20, p[1])]
            if len(p) > 2 and p[2] != 0:
                tags.append((42, p[2]))
        self.entities.append(tags)

    def spline(self, ctrl, degree=3, layer="CUT"):
        n = len(ctrl)
        knots = [0.0] * (degree + 1) + [float(i) for i in range(1, n - degree)] + [float(n - degree)] * (degree + 1)
        tags = self._common("SPLINE", layer, "AcDbSpline") + [
            (210, 0.0), (220, 0.0), (230, 1.0), (70, 8), (71, degree), (72, len(knots)), (73, n), (74, 0),
            (42, 1e-10), (43, 1e-10)]
        tags += [(40, k) for k in knots]
        for p in ctrl:
            tags += [(10, p[0]), (20, p[1]), (30, 0.0)]
        self.entities.append(tags)

    def text(self, at, height, s, layer="MARKING"):
        self.entities.append(self._common("TEXT", layer, "AcDbText") + [
            (10, at[0]), (20, at[1]), (30, 0.0), (40, height), (1, s), (100, "AcDbText")])

    def save(self, name):
        layers = sorted({t[1] for e in self.entities for t in e if t[0] == 8} | {"0"})
        out = []
        w = out.append
        def tag(code, value):
            w("%3d" % code)
            w(("%.10g" % value) if isinstance(value, float) else str(value))
        for code, value in [(0, "SECTION"), (2, "HEADER"), (9, "$ACADVER"), (1, "AC1015"), (9, "$HANDSEED"),
                            (5, "FFFF"), (9, "$INSUNITS"), (70, 4), (9, "$MEASUREMENT"), (70, 1),
                            (0, "ENDSEC"), (0, "SECTION"), (2, "TABLES"), (0, "TABLE"), (2, "LAYER"), (5, "2"),
                            (100, "AcDbSymbolTable"), (70, len(layers))]:
            tag(code, value)
        for i, layer in enumerate(layers):
            for code, value in [(0, "LAYER"), (5, "%X" % (0x20 + i)), (100, "AcDbSymbolTableRecord"),
                                (100, "AcDbLayerTableRecord"), (2, layer), (70, 0), (62, 7 if layer != "MARKING" else 3),
                                (6, "CONTINUOUS")]:
                tag(code, value)
        for code, value in [(0, "ENDTAB"), (0, "ENDSEC"), (0, "SECTION"), (2, "ENTITIES")]:
            tag(code, value)
        for e in self.entities:
            for code, value in e:
                tag(code, value)
        for code, value in [(0, "ENDSEC"), (0, "EOF")]:
            tag(code, value)
        with open(os.path.join(OUT, name), "w", newline="\r\n") as f:
            f.write("\n".join(out) + "\n")


def fillet_bulge(angle_deg):
    """Bulge of a CCW arc spanning angle_deg."""
    return math.tan(math.radians(angle_deg) / 4)


def rounded_rect(d, x, y, w, h, r, layer="CUT"):
    b = fillet_bulge(90)
    d.lwpolyline([(x + r, y), (x + w - r, y, b), (x + w, y + r), (x + w, y + h - r, b), (x + w - r, y + h),
                  (x + r, y + h, b), (x, y + h - r), (x, y + r, b)], layer=layer)


def slot(d, cx, cy, length, width):
    r = width / 2
    half = length / 2 - r
    d.line((cx - half, cy - r), (cx + half, cy - r))
    d.arc((cx + half, cy), r, -90, 90)
    d.line((cx + half, cy + r), (cx - half, cy + r))
    d.arc((cx - half, cy), r, 90, 270)


def bracket_l():
    d = Dxf()
    b = fillet_bulge(90)
    # An L bracket: outer corner square, inner corner filleted (clockwise turn -> negative bulge).
    d.lwpolyline([(0, 0), (120, 0), (120, 30), (40, 30, -b), (30, 40), (30, 90), (0, 90)])
    for c in [(15, 15), (60, 15), (100, 15), (15, 75)]:
        d.circle(c, 4.5)
    d.text((45, 5), 4, "BRK-120")
    d.save("bracket_l.dxf")


def flange_round():
    d = Dxf()
    d.circle((0, 0), 100)
    d.circle((0, 0), 50)
    for i in range(6):
        a = math.radians(i * 60 + 30)
        d.circle((75 * math.cos(a), 75 * math.sin(a)), 6)
    d.save("flange_round.dxf")


def gusset():
    d = Dxf()
    d.lwpolyline([(0, 0), (150, 0), (150, 20), (20, 150), (0, 150)])
    d.circle((30, 30), 8)
    d.save("gusset.dxf")


def washer_ring():
    d = Dxf()
    d.circle((40, 40), 40)
    d.circle((40, 40), 20)
    d.save("washer_ring.dxf")


def slotted_plate():
    d = Dxf()
    rounded_rect(d, 0, 0, 200, 100, 8)
    slot(d, 60, 50, 60, 14)
    slot(d, 140, 50, 60, 14)
    d.save("slotted_plate.dxf")


def fillet_plate():
    d = Dxf()
    b = fillet_bulge(90)
    d.lwpolyline([(20, 0), (140, 0, b), (160, 20), (160, 70), (120, 120), (20, 120, b), (0, 100), (0, 20, b)])
    d.circle((30, 30), 10)
    d.circle((120, 30), 10)
    d.circle((40, 90), 6)
    d.save("fillet_plate.dxf")


def spline_cam():
    d = Dxf()
    # Straight base with two lines and a spline top closing the contour.
    d.line((0, 0), (140, 0))
    d.line((140, 0), (140, 30))
    d.spline([(140, 30), (120, 90), (70, 110), (20, 80), (0, 30)])
    d.line((0, 30), (0, 0))
    d.circle((70, 40), 12)
    d.save("spline_cam.dxf")


def frame_large():
    d = Dxf()
    rounded_rect(d, 0, 0, 600, 400, 15)
    rounded_rect(d, 50, 50, 500, 300, 25)
    for c in [(25, 25), (575, 25), (575, 375), (25, 375)]:
        d.circle(c, 7)
    d.save("frame_large.dxf")


def hinge_plate():
    d = Dxf()
    d.lwpolyline([(0, 0), (180, 0), (180, 60), (130, 60), (130, 40), (50, 40), (50, 60), (0, 60)])
    for x in (20, 90, 160):
        d.circle((x, 20), 5)
    d.save("hinge_plate.dxf")


def tab_strip():
    d = Dxf()
    rounded_rect(d, 0, 0, 300, 40, 5)
    for x in range(30, 300, 60):
        d.circle((x, 20), 5)
    d.save("tab_strip.dxf")


def hex_plate():
    d = Dxf()
    d.lwpolyline([(60 * math.cos(math.radians(60 * i)), 60 * math.sin(math.radians(60 * i))) for i in range(6)])
    d.circle((0, 0), 15)
    d.save("hex_plate.dxf")


def clip_u():
    d = Dxf()
    # Loose LINE and ARC entities that a reader must chain into one closed U contour.
    d.line((0, 0), (100, 0))
    d.line((100, 0), (100, 80))
    d.arc((90, 80), 10, 0, 180)
    d.line((80, 80), (80, 20))
    d.line((80, 20), (20, 20))
    d.line((20, 20), (20, 80))
    d.arc((10, 80), 10, 0, 180)
    d.line((0, 80), (0, 0))
    d.save("clip_u.dxf")


def star_knob():
    d = Dxf()
    pts = []
    for i in range(10):
        r = 50 if i % 2 == 0 else 25
        a = math.radians(90 + 36 * i)
        pts.append((r * math.cos(a), r * math.sin(a), fillet_bulge(40) if i % 2 == 0 else 0))
    d.lwpolyline(pts)
    d.circle((0, 0), 8)
    d.save("star_knob.dxf")


def remnant_plate():
    d = Dxf()
    # An irregular remnant: a plate with one corner already cut away.
    d.lwpolyline([(0, 0), (1200, 0), (1200, 350), (800, 350), (800, 600), (0, 600)])
    d.save("remnant_plate.dxf")


if __name__ == "__main__":
    for make in [bracket_l, flange_round, gusset, washer_ring, slotted_plate, fillet_plate, spline_cam, frame_large,
                 hinge_plate, tab_strip, hex_plate, clip_u, star_knob, remnant_plate]:
        make()

#!/usr/bin/python3
"""The seeds figure in the print theme, as PNG (GL: run under xvfb-run -a) and as SVG rendered
by rsvg-convert, converted to grey scale: cooperation, tension and meeting links must keep
distinct greys. Each kind's pixels are those of its link colour (read from the SVG's strokes;
the PNG places links a few pixels apart from the SVG, so positions cannot be shared).

usage: check_print_greyscale.py KGVIZ_EXE
"""
import os
import re
import subprocess
import sys
import tempfile

import numpy
from PIL import Image

KINDS = ("cooperation", "tension", "meeting")
MIN_PIXELS = 50   # the kind is really drawn, not a stray anti-aliased pixel
MIN_GREY_GAP = 25  # of 255: apart on a grey-scale printer


def kind_colours(svg):
    colours = {}
    for stroke, kind in re.findall(r'<line class="link"[^>]*stroke="#([0-9a-f]{6})"[^>]*data-kind="([\w-]+)"', svg):
        colours.setdefault(kind, tuple(int(stroke[i:i + 2], 16) for i in (0, 2, 4)))
    return colours


def kind_greys(path, colours):
    """Per kind: how many pixels have its colour, and their median grey in the grey-scale image."""
    img = Image.open(path).convert("RGB")
    rgb = numpy.asarray(img).astype(int)
    grey = numpy.asarray(img.convert("L")).astype(int)
    out = {}
    for kind in KINDS:
        mask = (numpy.abs(rgb - numpy.array(colours[kind])).max(axis=2) <= 4)
        out[kind] = (int(mask.sum()), float(numpy.median(grey[mask])) if mask.any() else None)
    return out


def main():
    exe = sys.argv[1]
    if not os.environ.get("DISPLAY"):
        print("no X display: run under xvfb-run -a")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        svg_path, png_path = os.path.join(tmp, "p.svg"), os.path.join(tmp, "p.png")
        for path in (svg_path, png_path):
            subprocess.run([exe, "snapshot", "--theme", "print", "--width", "1600", "--height",
                            "1000", "-o", path], check=True, stderr=subprocess.DEVNULL)
        colours = kind_colours(open(svg_path, encoding="utf-8").read())
        if any(k not in colours for k in KINDS):
            print("FAIL: the seeds SVG lacks a kind:", sorted(colours))
            return 1
        rsvg_png = os.path.join(tmp, "rsvg.png")
        subprocess.run(["rsvg-convert", "-o", rsvg_png, svg_path], check=True)
        failed = False
        for name, path in (("PNG", png_path), ("SVG (rsvg-convert)", rsvg_png)):
            found = kind_greys(path, colours)
            print(name, {k: f"{n} px, grey {g}" for k, (n, g) in found.items()})
            if any(n < MIN_PIXELS for n, _ in found.values()):
                print(f"FAIL: {name}: a kind is barely drawn")
                failed = True
                continue
            greys = [g for _, g in found.values()]
            gap = min(abs(a - b) for i, a in enumerate(greys) for b in greys[i + 1:])
            if gap < MIN_GREY_GAP:
                print(f"FAIL: {name}: link kinds only {gap} greys apart")
                failed = True
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

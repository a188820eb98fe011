#!/usr/bin/python3
"""The seeds figure as SVG, rendered by rsvg-convert (librsvg) and CairoSVG: every label must
leave ink (dark pixels) where it is placed. A halo painted over the glyphs (SVG 2 paint-order
ignored) leaves none.

usage: check_svg_renderers.py KGVIZ_EXE
"""
import io
import os
import re
import subprocess
import sys
import tempfile

import cairosvg
from PIL import Image


def label_anchors(svg):
    """(x, baseline y, text) of each visible label line."""
    anchors = []
    labels = svg[svg.index('<g class="labels"'):]
    labels = labels[:labels.index("</g>")]
    for m in re.finditer(r'<text class="label"[^>]*?(?: x="([\d.]+)" y="([\d.]+)")?>(.*?)</text>', labels):
        if m.group(1):
            anchors.append((float(m.group(1)), float(m.group(2)), m.group(3), "start"))
        for t in re.finditer(r'<tspan x="([\d.]+)" y="([\d.]+)">(.*?)</tspan>', m.group(3)):
            anchors.append((float(t.group(1)), float(t.group(2)), t.group(3), "middle"))
    return anchors


def inked(img, x, y, anchor, font_px):
    """True when the box where the line's first glyphs sit holds text-dark pixels."""
    w = font_px * 2.0
    x0 = x if anchor == "start" else x - w / 2
    box = (int(x0), int(y - font_px * 0.75), int(x0 + w), int(y))
    grey = img.crop(box).convert("L")
    return min(grey.getdata()) < 110


def main():
    exe = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        svg_path = os.path.join(tmp, "seeds.svg")
        subprocess.run([exe, "snapshot", "--width", "1600", "--height", "1000", "-o", svg_path],
                       check=True, stderr=subprocess.DEVNULL)
        svg = open(svg_path, encoding="utf-8").read()
        font_px = float(re.search(r'<g class="labels" font-size="([\d.]+)"', svg).group(1))
        anchors = label_anchors(svg)
        if len(anchors) < 20:
            print(f"FAIL: only {len(anchors)} label lines in the seeds SVG")
            return 1
        rsvg_png = os.path.join(tmp, "rsvg.png")
        subprocess.run(["rsvg-convert", "-o", rsvg_png, svg_path], check=True)
        renders = {
            "rsvg-convert": Image.open(rsvg_png).convert("RGB"),
            "cairosvg": Image.open(io.BytesIO(cairosvg.svg2png(url=svg_path))).convert("RGB"),
        }
        failed = False
        for name, img in renders.items():
            missing = [a[2] for a in anchors if not inked(img, a[0], a[1], a[3], font_px)]
            print(f"{name}: {len(anchors) - len(missing)} of {len(anchors)} label lines inked")
            if missing:
                print(f"FAIL: {name} shows no ink for", ", ".join(missing[:10]))
                failed = True
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

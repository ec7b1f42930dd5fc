#!/usr/bin/env python3
"""Dessine les images des quiz d'exemple et les intègre (base64) dans les fichiers .quiz.json.

Draws the images of the sample quizzes and embeds them (base64) in the .quiz.json files.

Usage (depuis n'importe quel dossier / from any folder):

    pip install pillow
    python3 quizzes/images/make_images.py               # PNG + assets + hotspot regions
    python3 quizzes/images/make_images.py --no-embed    # PNG only
    python3 quizzes/images/make_images.py --preview /tmp/apercu   # + copies with regions drawn

What it does:
  1. draws every image with Pillow (at 3x, then reduced: smooth edges), quantises it to a small
     palette (flat colours -> small PNG) and writes it next to this script;
  2. in each quiz file, rewrites `assets` (base64 data, media_type, credit; sorted by id) and the
     `regions` of the hotspot questions listed in HOTSPOTS, computed from where the target was
     actually drawn. Everything else in the quiz files is kept as is (same order, same text).

Names, addresses and numbers shown in the images are invented for teaching: the addresses end
in ".example" / "example.org" (reserved, they lead nowhere) and the sender's number is hidden.
Text is set in Atkinson Hyperlegible (SIL OFL 1.1, assets/fonts of this repository), a typeface
designed for readers with low vision.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import math
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
QUIZ_DIR = HERE.parent
REPO = QUIZ_DIR.parent
FONT_DIR = REPO / "assets" / "fonts"

SS = 3  # supersampling factor

CREDIT_AUTHOR = "Équipe Atelier Quiz"
CREDIT_LICENSE = "CC-BY-SA-4.0"

# ---------------------------------------------------------------------------------------------
# Drawing helpers: every coordinate is given in final pixels; the canvas multiplies by SS.


def _font_path(bold: bool) -> Path | str:
    name = "AtkinsonHyperlegible-Bold.ttf" if bold else "AtkinsonHyperlegible-Regular.ttf"
    path = FONT_DIR / name
    if path.exists():
        return path
    return "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"


_FONTS: dict[tuple[int, bool], ImageFont.FreeTypeFont] = {}


def font(size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
    key = (round(size * SS), bold)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(str(_font_path(bold)), key[0])
    return _FONTS[key]


class Canvas:
    def __init__(self, w: int, h: int, bg: str):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w * SS, h * SS), bg)
        self.d = ImageDraw.Draw(self.img)
        self.regions: dict[str, tuple[float, float, float, float]] = {}

    @staticmethod
    def _s(v: float) -> int:
        return round(v * SS)

    def rect(self, x0, y0, x1, y1, fill=None, r=0, outline=None, width=1):
        box = [self._s(x0), self._s(y0), self._s(x1), self._s(y1)]
        self.d.rounded_rectangle(box, radius=self._s(r), fill=fill, outline=outline,
                                 width=self._s(width) if outline else 0)

    def ellipse(self, x0, y0, x1, y1, fill=None, outline=None, width=1):
        self.d.ellipse([self._s(x0), self._s(y0), self._s(x1), self._s(y1)], fill=fill,
                       outline=outline, width=self._s(width) if outline else 0)

    def circle(self, cx, cy, r, fill=None, outline=None, width=1):
        self.ellipse(cx - r, cy - r, cx + r, cy + r, fill=fill, outline=outline, width=width)

    def line(self, pts, fill, width=1, round_caps=True):
        spts = [(self._s(x), self._s(y)) for x, y in pts]
        self.d.line(spts, fill=fill, width=self._s(width), joint="curve")
        if round_caps:
            for x, y in (pts[0], pts[-1]):
                self.circle(x, y, width / 2, fill=fill)

    def arc(self, x0, y0, x1, y1, start, end, fill, width=1):
        self.d.arc([self._s(x0), self._s(y0), self._s(x1), self._s(y1)], start, end, fill=fill,
                   width=self._s(width))

    def polygon(self, pts, fill):
        self.d.polygon([(self._s(x), self._s(y)) for x, y in pts], fill=fill)

    def text(self, x, y, s, size, fill="#000000", bold=False, anchor="la"):
        """Draws text; returns its bounding box in final pixels (x0, y0, x1, y1)."""
        f = font(size, bold)
        self.d.text((self._s(x), self._s(y)), s, font=f, fill=fill, anchor=anchor)
        b = self.d.textbbox((self._s(x), self._s(y)), s, font=f, anchor=anchor)
        return tuple(v / SS for v in b)

    def text_width(self, s, size, bold=False) -> float:
        return font(size, bold).getlength(s) / SS

    def clip(self, before: Image.Image, x0, y0, x1, y1, r):
        """Keeps what was drawn since `before` only inside the rounded box (x0, y0, x1, y1)."""
        mask = Image.new("L", self.img.size, 0)
        ImageDraw.Draw(mask).rounded_rectangle(
            [self._s(x0), self._s(y0), self._s(x1), self._s(y1)], radius=self._s(r), fill=255)
        self.img = Image.composite(self.img, before, mask)
        self.d = ImageDraw.Draw(self.img)

    def region(self, name, x0, y0, x1, y1):
        """Remembers a target area (final pixels) for the hotspot questions."""
        self.regions[name] = (x0, y0, x1, y1)

    def finish(self, colors: int = 96) -> Image.Image:
        small = self.img.resize((self.w, self.h), Image.Resampling.LANCZOS)
        return small.quantize(colors=colors, method=Image.Quantize.MEDIANCUT,
                              dither=Image.Dither.NONE)


# ---------------------------------------------------------------------------------------------
# Icons (used on the home screen and as answer images)


def icon_tile(c: Canvas, x, y, s, bg):
    c.rect(x, y, x + s, y + s, fill=bg, r=s * 0.24)


def draw_gear(c: Canvas, cx, cy, s, color, hole):
    r_out, r_body, r_hole = s * 0.34, s * 0.26, s * 0.11
    teeth = 8
    for i in range(teeth):
        a = 2 * math.pi * i / teeth
        hw = s * 0.075  # half width of a tooth
        dx, dy = math.cos(a), math.sin(a)
        px, py = -dy, dx
        pts = [
            (cx + dx * r_body * 0.8 + px * hw, cy + dy * r_body * 0.8 + py * hw),
            (cx + dx * r_out + px * hw * 0.8, cy + dy * r_out + py * hw * 0.8),
            (cx + dx * r_out - px * hw * 0.8, cy + dy * r_out - py * hw * 0.8),
            (cx + dx * r_body * 0.8 - px * hw, cy + dy * r_body * 0.8 - py * hw),
        ]
        c.polygon(pts, fill=color)
    c.circle(cx, cy, r_body, fill=color)
    c.circle(cx, cy, r_hole, fill=hole)


def draw_camera(c: Canvas, cx, cy, s, body, lens_ring, lens):
    w, h = s * 0.66, s * 0.44
    x0, y0 = cx - w / 2, cy - h / 2 + s * 0.04
    c.rect(x0 + w * 0.30, y0 - s * 0.08, x0 + w * 0.62, y0 + s * 0.04, fill=body, r=s * 0.03)
    c.rect(x0, y0, x0 + w, y0 + h, fill=body, r=s * 0.07)
    c.circle(cx, y0 + h / 2, s * 0.15, fill=lens_ring)
    c.circle(cx, y0 + h / 2, s * 0.10, fill=lens)
    c.circle(x0 + w * 0.84, y0 + h * 0.2, s * 0.03, fill=lens_ring)


def draw_envelope(c: Canvas, cx, cy, s, paper, ink):
    w, h = s * 0.64, s * 0.44
    x0, y0 = cx - w / 2, cy - h / 2
    c.rect(x0, y0, x0 + w, y0 + h, fill=paper, r=s * 0.04)
    c.line([(x0 + s * 0.04, y0 + s * 0.05), (cx, y0 + h * 0.58),
            (x0 + w - s * 0.04, y0 + s * 0.05)], fill=ink, width=s * 0.045)


def draw_handset(c: Canvas, cx, cy, s, color):
    """A phone handset: a curved handle with the ear and mouth pieces, centred on (cx, cy)."""
    k = round(s * SS)
    layer = Image.new("L", (k, k), 0)
    d = ImageDraw.Draw(layer)
    ox, oy, rad, t = 0.80 * k, 0.20 * k, 0.52 * k, 0.16 * k
    a0, a1 = 95, 175
    d.arc([ox - rad - t / 2, oy - rad - t / 2, ox + rad + t / 2, oy + rad + t / 2], a0 + 8,
          a1 - 8, fill=255, width=round(t))
    for a, sgn in ((a0, 1), (a1, -1)):
        u = (math.cos(math.radians(a)), math.sin(math.radians(a)))
        v = (-u[1], u[0])
        r_out, r_in = rad + t / 2, rad - 0.24 * k
        w0, w1 = -0.03 * k * sgn, 0.19 * k * sgn
        d.polygon([(ox + u[0] * r + v[0] * w, oy + u[1] * r + v[1] * w)
                   for r, w in ((r_out, w0), (r_out, w1), (r_in, w1), (r_in, w0))], fill=255)
    # round the corners (blur + threshold), then centre the drawing in its square
    layer = layer.filter(ImageFilter.GaussianBlur(0.028 * k)).point(
        lambda p: 255 if p > 128 else 0)
    bx0, by0, bx1, by1 = layer.getbbox()
    layer = ImageChops.offset(layer, round(k / 2 - (bx0 + bx1) / 2),
                              round(k / 2 - (by0 + by1) / 2))
    c.img.paste(Image.new("RGB", layer.size, color),
                (round((cx - s / 2) * SS), round((cy - s / 2) * SS)), layer)


def draw_bubble(c: Canvas, cx, cy, s, color, dots):
    c.ellipse(cx - s * 0.32, cy - s * 0.24, cx + s * 0.32, cy + s * 0.20, fill=color)
    c.polygon([(cx - s * 0.20, cy + s * 0.08), (cx - s * 0.26, cy + s * 0.32),
               (cx - s * 0.02, cy + s * 0.16)], fill=color)
    for i in (-1, 0, 1):
        c.circle(cx + i * s * 0.13, cy - s * 0.02, s * 0.04, fill=dots)


def draw_globe(c: Canvas, cx, cy, s, color):
    r = s * 0.30
    wdt = s * 0.04
    c.circle(cx, cy, r, outline=color, width=wdt)
    c.ellipse(cx - r * 0.45, cy - r, cx + r * 0.45, cy + r, outline=color, width=wdt)
    c.line([(cx, cy - r), (cx, cy + r)], fill=color, width=wdt)
    c.line([(cx - r, cy), (cx + r, cy)], fill=color, width=wdt)
    for f in (-0.55, 0.55):
        half = math.sqrt(1 - f * f) * r
        c.line([(cx - half, cy + f * r), (cx + half, cy + f * r)], fill=color, width=wdt)


def draw_photos(c: Canvas, cx, cy, s, frame, sky, hill, sun):
    w, h = s * 0.62, s * 0.48
    x0, y0 = cx - w / 2, cy - h / 2
    c.rect(x0, y0, x0 + w, y0 + h, fill=frame, r=s * 0.05)
    c.rect(x0 + s * 0.04, y0 + s * 0.04, x0 + w - s * 0.04, y0 + h - s * 0.04, fill=sky,
           r=s * 0.02)
    c.circle(x0 + w * 0.72, y0 + h * 0.32, s * 0.06, fill=sun)
    c.polygon([(x0 + s * 0.04, y0 + h - s * 0.04), (x0 + w * 0.35, y0 + h * 0.35),
               (x0 + w * 0.58, y0 + h * 0.68), (x0 + w * 0.72, y0 + h * 0.52),
               (x0 + w - s * 0.04, y0 + h - s * 0.04)], fill=hill)


def draw_calendar(c: Canvas, cx, cy, s, day: str):
    w, h = s * 0.58, s * 0.58
    x0, y0 = cx - w / 2, cy - h / 2
    c.rect(x0, y0, x0 + w, y0 + h, fill="#FFFFFF", r=s * 0.06)
    c.rect(x0, y0, x0 + w, y0 + h * 0.28, fill="#D64541", r=s * 0.06)
    c.rect(x0, y0 + h * 0.16, x0 + w, y0 + h * 0.28, fill="#D64541")
    c.text(cx, y0 + h * 0.66, day, s * 0.30, fill="#222222", bold=True, anchor="mm")


def draw_weather(c: Canvas, cx, cy, s):
    sx, sy = cx - s * 0.08, cy - s * 0.08
    for i in range(8):
        a = 2 * math.pi * i / 8
        c.line([(sx + math.cos(a) * s * 0.19, sy + math.sin(a) * s * 0.19),
                (sx + math.cos(a) * s * 0.26, sy + math.sin(a) * s * 0.26)],
               fill="#FFD43B", width=s * 0.04)
    c.circle(sx, sy, s * 0.14, fill="#FFD43B")
    cloud = "#FFFFFF"
    c.circle(cx + s * 0.02, cy + s * 0.12, s * 0.12, fill=cloud)
    c.circle(cx + s * 0.16, cy + s * 0.06, s * 0.14, fill=cloud)
    c.rect(cx - s * 0.10, cy + s * 0.12, cx + s * 0.32, cy + s * 0.24, fill=cloud, r=s * 0.06)


def draw_clock(c: Canvas, cx, cy, s):
    c.circle(cx, cy, s * 0.30, fill="#FFFFFF")
    c.line([(cx, cy), (cx, cy - s * 0.20)], fill="#222222", width=s * 0.045)
    c.line([(cx, cy), (cx + s * 0.13, cy + s * 0.06)], fill="#222222", width=s * 0.045)
    c.circle(cx, cy, s * 0.035, fill="#E8590C")


def draw_contact(c: Canvas, cx, cy, s, color):
    c.circle(cx, cy - s * 0.10, s * 0.13, fill=color)
    c.ellipse(cx - s * 0.26, cy + s * 0.08, cx + s * 0.26, cy + s * 0.46, fill=color)


def draw_calculator(c: Canvas, cx, cy, s):
    w, h = s * 0.46, s * 0.60
    x0, y0 = cx - w / 2, cy - h / 2
    c.rect(x0, y0, x0 + w, y0 + h, fill="#FFFFFF", r=s * 0.05)
    c.rect(x0 + s * 0.05, y0 + s * 0.05, x0 + w - s * 0.05, y0 + s * 0.17, fill="#A5D8A5",
           r=s * 0.02)
    for row in range(3):
        for col in range(3):
            bx = x0 + s * 0.06 + col * s * 0.12
            by = y0 + s * 0.24 + row * s * 0.11
            c.rect(bx, by, bx + s * 0.09, by + s * 0.08, fill="#868E96" if col < 2 else
                   "#F08C00", r=s * 0.02)


def draw_app_icon(c: Canvas, kind: str, x, y, s):
    """Draws one app icon (rounded tile + symbol) with its top-left corner at (x, y)."""
    cx, cy = x + s / 2, y + s / 2
    if kind == "telephone":
        icon_tile(c, x, y, s, "#2B8A3E")
        draw_handset(c, cx, cy, s * 0.70, "#FFFFFF")
    elif kind == "messages":
        icon_tile(c, x, y, s, "#37B24D")
        draw_bubble(c, cx, cy, s, "#FFFFFF", "#37B24D")
    elif kind == "courriel":
        icon_tile(c, x, y, s, "#1C7ED6")
        draw_envelope(c, cx, cy, s, "#FFFFFF", "#1C7ED6")
    elif kind == "internet":
        icon_tile(c, x, y, s, "#F59F00")
        draw_globe(c, cx, cy, s, "#FFFFFF")
    elif kind == "appareil-photo":
        icon_tile(c, x, y, s, "#495057")
        draw_camera(c, cx, cy, s, "#F1F3F5", "#212529", "#4DABF7")
    elif kind == "photos":
        icon_tile(c, x, y, s, "#FFFFFF")
        draw_photos(c, cx, cy, s, "#F76707", "#D0EBFF", "#2F9E44", "#FAB005")
    elif kind == "agenda":
        icon_tile(c, x, y, s, "#E9ECEF")
        draw_calendar(c, cx, cy, s, "27")
    elif kind == "meteo":
        icon_tile(c, x, y, s, "#4DABF7")
        draw_weather(c, cx, cy, s)
    elif kind == "horloge":
        icon_tile(c, x, y, s, "#212529")
        draw_clock(c, cx, cy, s)
    elif kind == "contacts":
        icon_tile(c, x, y, s, "#7048E8")
        draw_contact(c, cx, cy - s * 0.04, s, "#FFFFFF")
    elif kind == "calculatrice":
        icon_tile(c, x, y, s, "#343A40")
        draw_calculator(c, cx, cy, s)
    elif kind == "parametres":
        icon_tile(c, x, y, s, "#868E96")
        draw_gear(c, cx, cy, s, "#F1F3F5", "#868E96")
    else:
        raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# The images


def draw_padlock(c: Canvas, x, y, size, color):
    """Closed padlock, top-left (x, y), height `size`."""
    w = size * 0.78
    c.arc(x + w * 0.18, y, x + w * 0.82, y + size * 0.75, 180, 360, fill=color, width=size * 0.12)
    c.line([(x + w * 0.18 + size * 0.06, y + size * 0.37),
            (x + w * 0.18 + size * 0.06, y + size * 0.48)], fill=color, width=size * 0.12,
           round_caps=False)
    c.line([(x + w * 0.82 - size * 0.06, y + size * 0.37),
            (x + w * 0.82 - size * 0.06, y + size * 0.48)], fill=color, width=size * 0.12,
           round_caps=False)
    c.rect(x, y + size * 0.44, x + w, y + size, fill=color, r=size * 0.1)


def image_barre_adresse() -> Canvas:
    """Browser window on a fake bank login page, with a lookalike address."""
    W, H = 1280, 720
    c = Canvas(W, H, "#FFFFFF")
    # tab strip
    c.rect(0, 0, W, 60, fill="#DEE1E6")
    c.rect(14, 10, 560, 72, fill="#FFFFFF", r=14)
    c.circle(46, 36, 14, fill="#1F4E99")
    c.text(46, 36, "B", 18, fill="#FFFFFF", bold=True, anchor="mm")
    c.text(72, 36, "Banque Exemple – Connexion", 24, fill="#202124", anchor="lm")
    c.line([(524, 28), (540, 44)], fill="#5F6368", width=3)
    c.line([(540, 28), (524, 44)], fill="#5F6368", width=3)
    # toolbar
    c.rect(0, 60, W, 140, fill="#FFFFFF")
    c.line([(0, 140), (W, 140)], fill="#DADCE0", width=2, round_caps=False)
    grey = "#5F6368"
    # back, forward, reload
    c.line([(56, 100), (34, 100)], fill=grey, width=4)
    c.line([(46, 88), (34, 100), (46, 112)], fill=grey, width=4)
    c.line([(84, 100), (106, 100)], fill="#BDC1C6", width=4)
    c.line([(94, 88), (106, 100), (94, 112)], fill="#BDC1C6", width=4)
    c.arc(128, 86, 156, 114, -40, 260, fill=grey, width=4)
    c.polygon([(150, 82), (160, 95), (145, 96)], fill=grey)
    # address field
    ax0, ay0, ax1, ay1 = 186, 72, 1196, 128
    c.rect(ax0, ay0, ax1, ay1, fill="#F1F3F4", r=28)
    draw_padlock(c, 212, 86, 28, "#3C4043")
    address = "banque-exemple.fr.connexion-client.example/compte"
    b = c.text(258, 100, address, 29, fill="#202124", anchor="lm")
    c.region("champ-adresse", ax0, ay0, ax1, ay1)
    c.region("texte-adresse", 250, b[1] - 6, b[2] + 8, b[3] + 6)
    # menu dots
    for dy in (-12, 0, 12):
        c.circle(1236, 100 + dy, 4, fill=grey)
    # page: bank header
    c.rect(0, 142, W, 222, fill="#1F4E99")
    c.circle(70, 182, 24, fill="#FFFFFF")
    c.text(70, 182, "B", 30, fill="#1F4E99", bold=True, anchor="mm")
    c.text(110, 182, "Banque Exemple", 34, fill="#FFFFFF", bold=True, anchor="lm")
    c.text(W - 40, 182, "Particuliers   Professionnels   Aide", 24, fill="#DCE6F5", anchor="rm")
    # page: login card
    c.rect(0, 222, W, H, fill="#F4F6FA")
    cx0, cy0, cx1, cy1 = 380, 262, 900, 690
    c.rect(cx0, cy0, cx1, cy1, fill="#FFFFFF", r=18, outline="#D5DCE6", width=2)
    c.text(640, 312, "Espace client", 36, fill="#1F2D3D", bold=True, anchor="mm")
    c.text(420, 368, "Identifiant", 24, fill="#37474F", anchor="lm")
    c.rect(420, 390, 860, 446, fill="#FFFFFF", r=8, outline="#9AA5B1", width=2)
    c.text(420, 484, "Mot de passe", 24, fill="#37474F", anchor="lm")
    c.rect(420, 506, 860, 562, fill="#FFFFFF", r=8, outline="#9AA5B1", width=2)
    c.rect(420, 598, 860, 656, fill="#1F4E99", r=10)
    c.text(640, 627, "Se connecter", 28, fill="#FFFFFF", bold=True, anchor="mm")
    return c


SCREEN_RADIUS = 54


def phone_frame(c: Canvas, screen_fill: str):
    W, H = c.w, c.h
    c.rect(20, 12, W - 20, H - 12, fill="#1E2126", r=70)
    sx0, sy0, sx1, sy1 = 40, 32, W - 40, H - 32
    c.rect(sx0, sy0, sx1, sy1, fill=screen_fill, r=SCREEN_RADIUS)
    return sx0, sy0, sx1, sy1


def status_bar(c: Canvas, sx0, sy0, sx1, color, battery_fill, time="10:42"):
    """Time on the left; network, wifi and battery on the right. Returns the battery area."""
    y = sy0 + 44
    c.text(sx0 + 56, y, time, 30, fill=color, bold=True, anchor="lm")
    # signal bars
    bx = sx1 - 290
    for i in range(4):
        h = 10 + i * 7
        c.rect(bx + i * 12, y + 14 - h, bx + i * 12 + 8, y + 14, fill=color, r=2)
    # wifi fan
    wx, wy = sx1 - 222, y + 12
    for r in (30, 20, 10):
        c.arc(wx - r, wy - r, wx + r, wy + r, 225, 315, fill=color, width=5)
    c.circle(wx, wy - 2, 4, fill=color)
    # battery
    b0x, b1x = sx1 - 186, sx1 - 134
    c.rect(b0x, y - 13, b1x, y + 13, outline=color, width=3, r=6)
    c.rect(b1x + 2, y - 5, b1x + 7, y + 5, fill=color, r=2)
    c.rect(b0x + 5, y - 8, b0x + 5 + (b1x - b0x - 10) * 0.78, y + 8, fill=battery_fill, r=3)
    t = c.text(sx1 - 124, y, "78 %", 28, fill=color, bold=True, anchor="lm")
    return (b0x, y - 13, t[2], y + 13)


def image_sms_suspect() -> Canvas:
    W, H = 720, 1280
    c = Canvas(W, H, "#E6EBF0")
    sx0, sy0, sx1, sy1 = phone_frame(c, "#FFFFFF")
    status_bar(c, sx0, sy0, sx1, "#212529", "#212529")
    # conversation header
    hy = sy0 + 90
    c.rect(sx0, hy, sx1, hy + 130, fill="#F8F9FA")
    c.line([(sx0, hy + 130), (sx1, hy + 130)], fill="#DEE2E6", width=2, round_caps=False)
    c.line([(sx0 + 60, hy + 48), (sx0 + 44, hy + 65), (sx0 + 60, hy + 82)], fill="#1C7ED6",
           width=5)
    c.circle(sx0 + 124, hy + 65, 38, fill="#ADB5BD")
    draw_contact(c, sx0 + 124, hy + 62, 64, "#FFFFFF")
    c.text(sx0 + 180, hy + 48, "+33 6 •• •• •• ••", 32, fill="#212529", bold=True, anchor="lm")
    c.text(sx0 + 180, hy + 90, "Numéro inconnu · SMS", 24, fill="#6C757D", anchor="lm")
    # date
    c.text(W / 2, hy + 185, "Aujourd'hui 10:41", 24, fill="#868E96", anchor="mm")
    # incoming bubble
    lines = [
        "Bonjour, votre colis n'a pas pu",
        "être livré. Des frais de 1,99 €",
        "sont à régler avant ce soir,",
        "sinon il sera renvoyé :",
    ]
    size = 31
    lx = sx0 + 52
    ly = hy + 240
    line_h = 44
    bub_x1 = sx1 - 40
    bub_y1 = ly + 28 + line_h * (len(lines) + 1) + 16
    c.rect(sx0 + 28, ly, bub_x1, bub_y1, fill="#E9ECEF", r=28)
    y = ly + 28 + line_h / 2
    for s in lines:
        c.text(lx, y, s, size, fill="#212529", anchor="lm")
        y += line_h
    link = "colis-relivrer.example/fr"
    b = c.text(lx, y, link, size, fill="#1864AB", bold=True, anchor="lm")
    c.line([(b[0], b[3] + 3), (b[2], b[3] + 3)], fill="#1864AB", width=2.5, round_caps=False)
    c.region("lien", b[0] - 12, b[1] - 12, b[2] + 12, b[3] + 14)
    c.text(sx0 + 40, bub_y1 + 26, "10:41", 22, fill="#868E96", anchor="lm")
    # input bar
    iy = sy1 - 120
    c.rect(sx0 + 24, iy, sx1 - 110, iy + 70, fill="#F1F3F5", r=35)
    c.text(sx0 + 56, iy + 35, "Message texte", 28, fill="#868E96", anchor="lm")
    c.circle(sx1 - 62, iy + 35, 35, fill="#1C7ED6")
    c.polygon([(sx1 - 78, iy + 20), (sx1 - 42, iy + 35), (sx1 - 78, iy + 50), (sx1 - 72, iy + 35)],
              fill="#FFFFFF")
    return c


HOME_APPS = [
    ("telephone", "Téléphone"), ("messages", "Messages"), ("courriel", "Courriel"),
    ("internet", "Internet"),
    ("appareil-photo", "Appareil\nphoto"), ("photos", "Photos"), ("agenda", "Agenda"),
    ("meteo", "Météo"),
    ("horloge", "Horloge"), ("contacts", "Contacts"), ("calculatrice", "Calculatrice"),
    ("parametres", "Paramètres"),
]


def image_ecran_accueil() -> Canvas:
    W, H = 720, 1280
    c = Canvas(W, H, "#E6EBF0")
    sx0, sy0, sx1, sy1 = phone_frame(c, "#1D5C7A")
    # flat decorative shapes on the wallpaper, kept inside the screen
    before = c.img.copy()
    c.circle(sx1 - 40, sy0 + 330, 230, fill="#22688A")
    c.circle(sx0 + 60, sy1 - 200, 260, fill="#1A5470")
    c.clip(before, sx0, sy0, sx1, sy1, SCREEN_RADIUS)
    batt = status_bar(c, sx0, sy0, sx1, "#FFFFFF", "#FFFFFF")
    c.region("batterie", batt[0] - 14, batt[1] - 14, batt[2] + 12, batt[3] + 14)
    # clock widget
    c.text(W / 2, sy0 + 220, "10:42", 120, fill="#FFFFFF", bold=True, anchor="mm")
    c.text(W / 2, sy0 + 320, "vendredi 27 novembre", 36, fill="#FFFFFF", anchor="mm")
    # app grid
    cols = 4
    col_w = (sx1 - sx0 - 24) / cols
    icon = 118
    top = sy0 + 420
    row_h = 232
    for i, (kind, label) in enumerate(HOME_APPS):
        row, col = divmod(i, cols)
        cx = sx0 + 12 + col_w * (col + 0.5)
        y = top + row * row_h
        draw_app_icon(c, kind, cx - icon / 2, y, icon)
        ty = y + icon + 26
        for k, part in enumerate(label.split("\n")):
            c.text(cx, ty + k * 30, part, 25, fill="#FFFFFF", anchor="mm")
        if kind == "parametres":
            c.region("parametres", cx - col_w / 2 + 4, y - 12, cx + col_w / 2 - 4, ty + 22)
    # navigation bar
    c.rect(W / 2 - 90, sy1 - 40, W / 2 + 90, sy1 - 30, fill="#FFFFFF", r=5)
    return c


def draw_paperclip(c: Canvas, cx, cy, s, color):
    """A paperclip tilted by 45 degrees, centred on (cx, cy), size s."""
    k = round(s * SS)
    layer = Image.new("L", (k, k), 0)
    d = ImageDraw.Draw(layer)
    wdt = round(0.075 * k)
    x1, x2, x3 = 0.34 * k, 0.45 * k, 0.62 * k
    top, low, bottom = 0.16 * k, 0.32 * k, 0.84 * k
    # long left side, bottom turn, right side, top turn, short inner side
    d.line([(x1, low), (x1, bottom - (x3 - x1) / 2)], fill=255, width=wdt)
    d.arc([x1 - wdt / 2, bottom - (x3 - x1) - wdt / 2, x3 + wdt / 2, bottom + wdt / 2],
          0, 180, fill=255, width=wdt)
    d.line([(x3, bottom - (x3 - x1) / 2), (x3, top + (x3 - x2) / 2)], fill=255, width=wdt)
    d.arc([x2 - wdt / 2, top - wdt / 2, x3 + wdt / 2, top + (x3 - x2) + wdt / 2],
          180, 360, fill=255, width=wdt)
    d.line([(x2, top + (x3 - x2) / 2), (x2, 0.66 * k)], fill=255, width=wdt)
    for px, py in ((x1, low), (x2, 0.66 * k)):
        d.ellipse([px - wdt / 2, py - wdt / 2, px + wdt / 2, py + wdt / 2], fill=255)
    layer = layer.rotate(-40, resample=Image.Resampling.BICUBIC, center=(k / 2, k / 2))
    c.img.paste(Image.new("RGB", layer.size, color),
                (round((cx - s / 2) * SS), round((cy - s / 2) * SS)), layer)


def image_courriel_nouveau() -> Canvas:
    W, H = 1280, 720
    c = Canvas(W, H, "#E3E9F0")
    wx0, wy0, wx1, wy1 = 40, 24, 1240, 700
    c.rect(wx0, wy0, wx1, wy1, fill="#FFFFFF", r=18, outline="#C3CCD6", width=2)
    # title bar
    c.rect(wx0 + 2, wy0 + 2, wx1 - 2, wy0 + 72, fill="#EEF2F7", r=16)
    c.rect(wx0 + 2, wy0 + 40, wx1 - 2, wy0 + 72, fill="#EEF2F7")
    c.text(wx0 + 34, wy0 + 38, "Nouveau message", 30, fill="#1F2D3D", bold=True, anchor="lm")
    c.line([(wx1 - 58, wy0 + 24), (wx1 - 34, wy0 + 48)], fill="#495057", width=4)
    c.line([(wx1 - 34, wy0 + 24), (wx1 - 58, wy0 + 48)], fill="#495057", width=4)
    # toolbar
    ty0, ty1 = wy0 + 88, wy0 + 148
    c.rect(wx0 + 32, ty0, wx0 + 232, ty1, fill="#1F6FD1", r=30)
    c.polygon([(wx0 + 58, ty0 + 16), (wx0 + 94, ty0 + 30), (wx0 + 58, ty0 + 44),
               (wx0 + 64, ty0 + 30)], fill="#FFFFFF")
    c.text(wx0 + 108, (ty0 + ty1) / 2, "Envoyer", 28, fill="#FFFFFF", bold=True, anchor="lm")
    # attach (paperclip) button
    px0 = wx0 + 262
    c.rect(px0, ty0, px0 + 60, ty1, fill="#EEF2F7", r=12)
    draw_paperclip(c, px0 + 30, (ty0 + ty1) / 2, 52, "#343A40")
    c.region("trombone", px0 - 8, ty0 - 8, px0 + 68, ty1 + 8)
    # formatting and more buttons (distractors)
    fx0 = px0 + 82
    c.rect(fx0, ty0, fx0 + 60, ty1, fill="#EEF2F7", r=12)
    c.text(fx0 + 30, (ty0 + ty1) / 2, "Aa", 26, fill="#343A40", bold=True, anchor="mm")
    mx0 = fx0 + 82
    c.rect(mx0, ty0, mx0 + 60, ty1, fill="#EEF2F7", r=12)
    for dx in (-14, 0, 14):
        c.circle(mx0 + 30 + dx, (ty0 + ty1) / 2, 4.5, fill="#343A40")
    # header fields
    fields = [
        ("À :", "jeanne.martin@example.org"),
        ("Cc :", "paul.durand@example.org"),
        ("Cci :", ""),
        ("Objet :", "Photos de l'atelier de jeudi"),
    ]
    y = ty1 + 18
    row = 64
    c.line([(wx0 + 2, y), (wx1 - 2, y)], fill="#DEE2E6", width=2, round_caps=False)
    for label, value in fields:
        c.text(wx0 + 34, y + row / 2, label, 28, fill="#495057", bold=True, anchor="lm")
        if value:
            c.text(wx0 + 150, y + row / 2, value, 28, fill="#212529", anchor="lm")
        if label == "Cci :":
            c.region("cci", wx0 + 14, y + 2, wx1 - 14, y + row - 2)
        y += row
        c.line([(wx0 + 2, y), (wx1 - 2, y)], fill="#DEE2E6", width=2, round_caps=False)
    # body
    body = ["Bonjour à tous,", "", "Voici les photos de l'atelier de jeudi.", "",
            "Bonne journée,", "Martine"]
    y += 38
    for s in body:
        if s:
            c.text(wx0 + 34, y, s, 28, fill="#212529", anchor="lm")
        y += 38
    return c


def image_icon(kind: str) -> Canvas:
    c = Canvas(240, 240, "#FFFFFF")
    draw_app_icon(c, kind, 30, 30, 180)
    return c


# asset id -> (drawing function, title of the credit)
IMAGES = {
    "barre-adresse": (image_barre_adresse,
                      "Fenêtre de navigateur : page de connexion et barre d'adresse trompeuse"),
    "sms-suspect": (image_sms_suspect, "SMS frauduleux de faux frais de livraison"),
    "ecran-accueil": (image_ecran_accueil, "Écran d'accueil d'un smartphone"),
    "courriel-nouveau": (image_courriel_nouveau,
                         "Fenêtre « Nouveau message » d'une messagerie"),
    "icone-appareil-photo": (lambda: image_icon("appareil-photo"), "Icône Appareil photo"),
    "icone-courriel": (lambda: image_icon("courriel"), "Icône Courriel"),
    "icone-parametres": (lambda: image_icon("parametres"), "Icône Paramètres"),
    "icone-telephone": (lambda: image_icon("telephone"), "Icône Téléphone"),
}

# quiz file -> assets it embeds
QUIZ_ASSETS = {
    "naviguer-en-securite.quiz.json": ["barre-adresse", "sms-suspect"],
    "premiers-pas-smartphone-courriel.quiz.json": [
        "courriel-nouveau", "ecran-accueil", "icone-appareil-photo", "icone-courriel",
        "icone-parametres", "icone-telephone",
    ],
}

# (quiz file, question id) -> (asset id, names of the drawn areas that are right answers)
HOTSPOTS = {
    ("naviguer-en-securite.quiz.json", "sec-07"): ("barre-adresse", ["champ-adresse"]),
    ("naviguer-en-securite.quiz.json", "sec-08"): ("sms-suspect", ["lien"]),
    ("premiers-pas-smartphone-courriel.quiz.json", "tel-02"): ("ecran-accueil", ["parametres"]),
    ("premiers-pas-smartphone-courriel.quiz.json", "tel-08"): ("ecran-accueil", ["batterie"]),
    ("premiers-pas-smartphone-courriel.quiz.json", "tel-09"): ("courriel-nouveau", ["trombone"]),
    ("premiers-pas-smartphone-courriel.quiz.json", "tel-17"): ("courriel-nouveau", ["cci"]),
}


def to_fraction(area, w, h):
    """Pixel box -> {x, y, w, h} fractions (4 decimals), clamped inside the image."""
    x0, y0, x1, y1 = area
    x0, y0 = max(0.0, x0), max(0.0, y0)
    x1, y1 = min(float(w), x1), min(float(h), y1)
    fx, fy = math.floor(x0 / w * 10000) / 10000, math.floor(y0 / h * 10000) / 10000
    fw = min(math.ceil((x1 - x0) / w * 10000) / 10000, round(1 - fx, 4))
    fh = min(math.ceil((y1 - y0) / h * 10000) / 10000, round(1 - fy, 4))
    return {"x": fx, "y": fy, "w": fw, "h": fh}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-embed", action="store_true", help="only write the PNG files")
    ap.add_argument("--preview", type=Path, help="folder for copies with the regions drawn")
    args = ap.parse_args()

    pngs: dict[str, bytes] = {}
    regions: dict[str, dict[str, tuple]] = {}
    sizes: dict[str, tuple[int, int]] = {}
    for asset_id, (fn, _title) in IMAGES.items():
        canvas = fn()
        img = canvas.finish()
        buf = io.BytesIO()
        img.save(buf, format="PNG", optimize=True)
        data = buf.getvalue()
        (HERE / f"{asset_id}.png").write_bytes(data)
        pngs[asset_id] = data
        regions[asset_id] = canvas.regions
        sizes[asset_id] = (canvas.w, canvas.h)
        print(f"{asset_id}.png  {canvas.w}x{canvas.h}  {len(data) / 1024:.1f} KiB")
        if args.preview:
            args.preview.mkdir(parents=True, exist_ok=True)
            prev = img.convert("RGB")
            d = ImageDraw.Draw(prev)
            for name, (x0, y0, x1, y1) in canvas.regions.items():
                d.rectangle([x0, y0, x1, y1], outline="#FF00FF", width=4)
                d.text((x0 + 4, y1 + 2), name, fill="#FF00FF")
            prev.save(args.preview / f"{asset_id}-regions.png")

    if args.no_embed:
        return
    for quiz_name, asset_ids in QUIZ_ASSETS.items():
        path = QUIZ_DIR / quiz_name
        quiz = json.loads(path.read_text(encoding="utf-8"))
        quiz["assets"] = {
            asset_id: {
                "media_type": "image/png",
                "data": base64.b64encode(pngs[asset_id]).decode("ascii"),
                "credit": {
                    "title": IMAGES[asset_id][1],
                    "author": CREDIT_AUTHOR,
                    "license": CREDIT_LICENSE,
                },
            }
            for asset_id in sorted(asset_ids)
        }
        for question in quiz["questions"]:
            key = (quiz_name, question["id"])
            if key not in HOTSPOTS:
                continue
            asset_id, names = HOTSPOTS[key]
            if question.get("image", {}).get("asset") != asset_id:
                raise SystemExit(f"{quiz_name} {question['id']}: image is not {asset_id}")
            w, h = sizes[asset_id]
            new_regions = [to_fraction(regions[asset_id][n], w, h) for n in names]
            if "regions" in question:
                question["regions"] = new_regions
            else:  # keep the spec's field order: regions right after image
                items = list(question.items())
                at = [k for k, _ in items].index("image") + 1
                items.insert(at, ("regions", new_regions))
                question.clear()
                question.update(items)
        text = json.dumps(quiz, ensure_ascii=False, indent=2) + "\n"
        path.write_text(text, encoding="utf-8")
        print(f"updated {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerates tests/data/invalid/*.quiz.json (standard library only, deterministic).

Each file is the same small, warning-free quiz with exactly one thing broken, named after the
problem code it must produce (see tests/data/invalid/README.md and tests/invalid_corpus.rs).
The embedded images are built here byte by byte so their provenance is reviewable:
- a 1x1 PNG (valid), a 16x16 PNG cut short (intact header, truncated body),
- an 8193x1 PNG (one pixel wider than the format allows).
Run from the repository root: python3 tests/data/make_invalid_corpus.py
"""
import base64
import copy
import json
import os
import struct
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "invalid")


def png(width, height, color_type=0, rows=None):
    """An 8-bit PNG (grayscale by default, black unless `rows` gives the raw pixel rows)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    rows = rows if rows is not None else [b"\x00" * width] * height
    raw = b"".join(b"\x00" + row for row in rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def b64(data):
    return base64.b64encode(data).decode("ascii")


PNG_1X1 = png(1, 1)
# 16x16 RGB noise-like pattern (so the compressed body is long enough to cut), minus its last
# 20 bytes: IEND (12 bytes) and the end of IDAT are gone, IHDR is intact.
_pattern = bytes((x * 37 + y * 91) % 251 for y in range(16) for x in range(16 * 3))
PNG_TRUNCATED = png(16, 16, color_type=2, rows=[_pattern[y * 48:(y + 1) * 48] for y in range(16)])[:-20]
PNG_TOO_WIDE = png(8193, 1)

CREDIT = {"author": "Équipe Atelier Quiz", "license": "CC0-1.0"}

BASE = {
    "format": "atelier-quiz",
    "version": 1,
    "title": "Corpus de fichiers invalides",
    "license": "CC0-1.0",
    "levels": [{"id": "l1", "name": "Découverte"}],
    "questions": [
        {
            "id": "q1",
            "level": "l1",
            "type": "true_false",
            "prompt": "Faut-il un mot de passe différent pour chaque site ?",
            "answer": True,
            "explanation": "Oui : si un site est piraté, les autres comptes restent protégés.",
        }
    ],
}


def choice_question(choices, qtype="single_choice"):
    return {
        "id": "q1",
        "level": "l1",
        "type": qtype,
        "prompt": "Quel est le bon réflexe ?",
        "choices": choices,
        "explanation": "Parce que c'est plus sûr.",
    }


def variant(edit):
    quiz = copy.deepcopy(BASE)
    edit(quiz)
    return quiz


def dump(quiz):
    return (json.dumps(quiz, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def with_asset(asset):
    return lambda q: q.__setitem__("assets", {"logo": dict(asset, credit=CREDIT)})


def q1(key, value):
    return lambda q: q["questions"][0].__setitem__(key, value)


def set_questions(*questions):
    return lambda q: q.__setitem__("questions", list(questions))


FILES = {
    # Hand-written text: the positions matter (the test checks line:column).
    # A text file opened by mistake: not a quiz at all.
    "not_a_quiz": b"Liste de courses\npain, lait\n",
    "not_json": b'{\n  "format": "atelier-quiz",\n  "version": 1\n  "title": "Virgule oubliee"\n}\n',
    "truncated_json": dump(BASE)[:120],
    "invalid_utf8": dump(BASE).replace("Corpus de fichiers invalides".encode(), b"Caf\xe9 num\xe9rique"),
    "nesting_too_deep": dump(variant(lambda q: q.__setitem__("extra", "DEEP"))).replace(
        b'"DEEP"', b"[" * 70 + b"]" * 70),
    "root_not_object": b'["atelier-quiz", 1]\n',
    "wrong_format": dump(variant(lambda q: q.__setitem__("format", "kahoot-export"))),
    "newer_version": dump(variant(lambda q: q.__setitem__("version", 2))),
    "bad_version": dump(variant(lambda q: q.__setitem__("version", "1"))),
    "missing_field": dump(variant(lambda q: q["questions"][0].pop("prompt"))),
    "empty_field": dump(variant(lambda q: q.__setitem__("title", ""))),
    "wrong_type": dump(variant(set_questions(choice_question(
        [{"text": "Cliquer sur le lien", "correct": "non"}, {"text": "Vérifier l'expéditeur", "correct": True}])))),
    "unknown_type": dump(variant(q1("type", "matching"))),
    "duplicate_id": dump(variant(lambda q: q["questions"].append(copy.deepcopy(q["questions"][0])))),
    "unresolved_ref": dump(variant(lambda q: q["questions"].append(
        dict(copy.deepcopy(q["questions"][0]), id="q2", level="l2")))),
    "no_correct_answer": dump(variant(set_questions(choice_question(
        [{"text": "Cliquer sur le lien"}, {"text": "Vérifier l'expéditeur"}])))),
    "too_many_correct": dump(variant(set_questions(choice_question(
        [{"text": "Cliquer sur le lien", "correct": True}, {"text": "Vérifier l'expéditeur", "correct": True}])))),
    "poll_with_correct": dump(variant(set_questions(dict(choice_question(
        [{"text": "Souvent", "correct": True}, {"text": "Jamais"}], "poll"), explanation="")))),
    "count_out_of_range": dump(variant(set_questions(choice_question(
        [{"text": "Réponse %d" % i, **({"correct": True} if i == 1 else {})} for i in range(1, 10)])))),
    "choice_empty": dump(variant(set_questions(choice_question(
        [{"text": "Vérifier l'expéditeur", "correct": True}, {"text": "   "}])))),
    "region_out_of_range": dump(variant(lambda q: (
        q.__setitem__("questions", [{
            "id": "q1", "level": "l1", "type": "hotspot",
            "prompt": "Où se trouve le cadenas ?",
            "image": {"asset": "capture", "alt": "Barre d'adresse d'un navigateur"},
            "regions": [{"x": 0.8, "y": 0.1, "w": 0.5, "h": 0.2}],
            "explanation": "Le cadenas est à gauche de l'adresse.",
        }]),
        q.__setitem__("assets", {"capture": {"media_type": "image/png", "data": b64(PNG_1X1), "credit": CREDIT}}),
    ))),
    "out_of_range": dump(variant(q1("time_limit_s", 3))),
    "bad_date": dump(variant(lambda q: q.__setitem__("created", "27/11/2026"))),
    "bad_language": dump(variant(lambda q: q.__setitem__("language", "français"))),
    # No "bad_enum" here: an unknown value of a known field (a newer version's `use`) is kept
    # with a warning, not an error (tests/tolerant_reading.rs).
    "no_levels": dump(variant(lambda q: (q.__setitem__("levels", []), q.__setitem__("questions", [])))),
    "id_too_long": dump(variant(q1("id", "q" * 65))),
    "bad_base64": dump(variant(with_asset({"media_type": "image/png", "data": "iVBORw0KGgo*n'est pas du base64*"}))),
    "bad_media_type": dump(variant(with_asset(
        {"media_type": "image/svg+xml", "data": b64(b'<svg xmlns="http://www.w3.org/2000/svg"/>')}))),
    "media_type_mismatch": dump(variant(with_asset({"media_type": "image/jpeg", "data": b64(PNG_1X1)}))),
    "image_undecodable": dump(variant(with_asset({"media_type": "image/png", "data": b64(PNG_TRUNCATED)}))),
    "image_too_large": dump(variant(with_asset({"media_type": "image/png", "data": b64(PNG_TOO_WIDE)}))),
}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, data in FILES.items():
        with open(os.path.join(OUT, name + ".quiz.json"), "wb") as f:
            f.write(data)
    print("%d files written to %s" % (len(FILES), OUT))

"""Synthetic article corpora for the benchmarks: the example articles with their dates
moved (about one article a day, in date order, as an archive grows) and a unique last line."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

from kg.dates import MONTHS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
_MON = "|".join(sorted({m.capitalize() for m in MONTHS}, key=len, reverse=True))


def _shift(d: date, days: int) -> date:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return d


def shift_dates(text: str, days: int) -> str:
    def num(m):
        try:
            d = _shift(date(int(m[3]), int(m[2]), int(m[1])), days)
        except ValueError:
            return m[0]
        return f"{d.day}/{d.month}/{d.year}"

    def dmy(m):
        mon = MONTHS.get(m[2].lower())
        try:
            d = _shift(date(int(m[3]), mon, int(m[1])), days)
        except (ValueError, TypeError):
            return m[0]
        names = _ID if m[2] in _ID or m[2][:3] in ("Agu", "Okt", "Des", "Mei") else _EN
        return f"{d.day} {names[d.month - 1]} {d.year}"

    def mdy(m):
        mon = MONTHS.get(m[1].lower())
        try:
            d = _shift(date(int(m[3]), mon, int(m[2])), days)
        except (ValueError, TypeError):
            return m[0]
        return f"{_EN[d.month - 1]} {d.day}, {d.year}"

    def my(m):  # "April 2019", "Oktober 2022": the month moves with the rest
        mon = MONTHS.get(m[1].lower())
        try:
            d = _shift(date(int(m[2]), mon, 15), days)
        except (ValueError, TypeError):
            return m[0]
        names = _ID if m[1] in _ID else _EN
        return f"{names[d.month - 1]} {d.year}"

    text = re.sub(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", num, text)
    text = re.sub(rf"\b(\d{{1,2}}) ({_MON})\.? (\d{{4}})\b", dmy, text)
    text = re.sub(rf"\b({_MON})\.? (\d{{1,2}}), (\d{{4}})\b", mdy, text)
    text = re.sub(rf"(?<![\d,] )\b({_MON}) (\d{{4}})\b", my, text)
    return text


def make_corpus(n: int, out: Path, seed: int = 7) -> list[Path]:
    """Write *n* synthetic articles to *out* (one .txt each) and return their paths."""
    rng = random.Random(seed)
    sources = sorted(EXAMPLES.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        k = i % len(texts)
        # about one article a day, in order: the archive grows the way a news archive does
        # (later articles report later events), so a bigger store spans more time rather than
        # packing more reports into the same weeks
        body = shift_dates(texts[k], -(n - i) + rng.randint(-15, 15))
        p = out / f"{i:06d}_{sources[k].stem}.txt"
        p.write_text(body.rstrip("\n") + f"\nKode arsip {i}.\n", encoding="utf-8")
        paths.append(p)
    return paths

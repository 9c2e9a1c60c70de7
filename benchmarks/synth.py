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
    """Move every explicit date in *text* by *days* ("12/11/2022", "19 Juni 2023",
    "June 19, 2023", "April 2019"), keeping each one's language and layout."""

    def rule(groups, layout):
        def sub(m):
            y, mon, d = (m[i] if isinstance(i, int) else i for i in groups)
            mon = int(mon) if str(mon).isdigit() else MONTHS.get(str(mon).lower())
            try:
                moved = _shift(date(int(y), mon, int(d)), days)
            except (ValueError, TypeError):
                return m[0]
            names = _ID if any(str(x) in _ID or str(x)[:3] in ("Agu", "Okt", "Des", "Mei") for x in m.groups()) else _EN
            return layout.format(d=moved.day, m=moved.month, y=moved.year, name=names[moved.month - 1], en=_EN[moved.month - 1])
        return sub

    text = re.sub(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", rule((3, 2, 1), "{d}/{m}/{y}"), text)
    text = re.sub(rf"\b(\d{{1,2}}) ({_MON})\.? (\d{{4}})\b", rule((3, 2, 1), "{d} {name} {y}"), text)
    text = re.sub(rf"\b({_MON})\.? (\d{{1,2}}), (\d{{4}})\b", rule((3, 1, 2), "{en} {d}, {y}"), text)
    text = re.sub(rf"(?<![\d,] )\b({_MON}) (\d{{4}})\b", rule((2, 1, "15"), "{name} {y}"), text)
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

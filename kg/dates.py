"""Date expressions in Indonesian and English text, resolved against a reference date.

Values keep their granularity: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month), ``YYYY`` (year).

>>> from datetime import date
>>> ref = date(2022, 11, 13)                    # a Sunday
>>> [(d.text, d.value) for d in find_dates("bertemu pada hari Rabu di Teheran", ref)]
[('pada hari Rabu', '2022-11-09')]
>>> [(d.text, d.value) for d in find_dates("Bulan lalu, dua pejabat mengatakan", ref)]
[('Bulan lalu', '2022-10')]
>>> [(d.value, d.granularity) for d in find_dates("kata Kremlin, Sabtu (12/11/2022).", ref)]
[('2022-11-12', 'day')]
>>> [d.value for d in find_dates("sejak menginvasi Ukraina pada 24 Februari", ref)]
['2022-02-24']
>>> [d.value for d in find_dates("They met on Tuesday in Beijing", date(2023, 6, 21))]
['2023-06-20']
>>> [d.value for d in find_dates("kata Kirby pada Rabu pekan lalu", date(2022, 11, 9))]
['2022-11-02']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "pebruari": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "aug": 8, "agu": 8, "agt": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
WEEKDAYS = {"senin": 0, "monday": 0, "selasa": 1, "tuesday": 1, "rabu": 2, "wednesday": 2, "kamis": 3,
            "thursday": 3, "jumat": 4, "jum'at": 4, "friday": 4, "sabtu": 5, "saturday": 5, "minggu": 6, "ahad": 6,
            "sunday": 6}

# Longest first (regex alternation takes the first that fits), then alphabetical: built from a
# set, the pattern must not depend on its hash-randomised order.
_MC = "|".join(sorted({m.capitalize() for m in MONTHS}, key=lambda m: (-len(m), m)))
_WD_ID = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
_WD_EN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

_PATTERNS = [
    # Sabtu (12/11/2022) ; Rabu, (9/11/2022) ; 12/11/2022
    ("dmy_num", rf"(?:(?:{_WD_ID}|{_WD_EN}),?\s*)?\(?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})\)?"),
    # 19 Juni 2023 ; on 19 June 2023 ; pada 24 Februari 2022
    ("dmy", rf"(?:(?i:pada|on|tanggal|tgl\.?)\s+)?(?:(?:{_WD_ID}|{_WD_EN}),?\s*)?(?P<d>\d{{1,2}})\s+(?P<mon>{_MC})\.?,?\s+(?P<y>\d{{4}})"),
    # June 19, 2023
    ("mdy", rf"(?:on\s+)?(?:(?:{_WD_EN}),?\s*)?(?P<mon>{_MC})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})"),
    # 24 Februari ; 19 June  (year from the reference date)
    ("dm", rf"(?:(?i:pada|on|tanggal)\s+)?(?:(?:{_WD_ID}|{_WD_EN}),?\s*)?(?P<d>\d{{1,2}})\s+(?P<mon>{_MC})\b"),
    # June 19
    ("md", rf"(?:on\s+)?(?P<mon>{_MC})\s+(?P<d>\d{{1,2}})\b(?!\s*(?:,\s*)?\d{{4}})"),
    # (pada) bulan Oktober (2022) ; in October 2022 ; Oktober 2022
    ("month", rf"(?:(?i:pada|sejak|in|since|during|selama)\s+)?(?:(?i:bulan)\s+)?(?P<mon>{_MC})(?:\s+(?P<y>\d{{4}}))?\b"),
    ("rel_month", r"(?i:\b(?:pada\s+)?bulan\s+lalu\b|\blast\s+month\b|\bbulan\s+kemarin\b|\bsebulan\s+lalu\b|\ba\s+month\s+ago\b)"),
    ("this_month", r"(?i:\b(?:awal\s+|akhir\s+)?bulan\s+ini\b|\b(?:earlier|later)\s+this\s+month\b|\bthis\s+month\b)"),
    ("rel_year", r"(?i:\btahun\s+lalu\b|\blast\s+year\b)"),
    ("yesterday", r"(?i:\bkemarin\b(?!\s+(?:sore|malam|pagi)?\s*(?:bulan|pekan|minggu))|\byesterday\b)"),
    ("today", r"(?i:\bhari\s+ini\b|\btoday\b)"),
    # pada hari Rabu ; Rabu lalu ; on Wednesday ; last Wednesday
    ("weekday", rf"(?:(?:(?i:pada)\s+)?(?:(?i:hari)\s+)?(?P<wd>{_WD_ID})(?P<lastweek>\s+(?:pekan|minggu)\s+lalu)?(?:\s+lalu)?\b(?!\s*,?\s*\(?\d)|(?:on\s+|last\s+)?(?P<wde>{_WD_EN})(?P<lastweeke>\s+last\s+week)?\b(?!\s*,?\s*(?:\(?\d|{_MC})))"),
]
_COMPILED = [(name, re.compile(rx)) for name, rx in _PATTERNS]
_CAPWORD = re.compile(r"[A-Z][a-z']+")
_MONTH_WORDS = {m.capitalize() for m in MONTHS}
_WEEKDAY_WORDS = {w.capitalize() for w in WEEKDAYS} | {"Jum'at"}
_RELATIVE = re.compile(r"(?i)kemarin|yesterday|today|hari ini|bulan|month|tahun|year")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str
    granularity: str  # day | month | year
    kind: str


def find_dates(text: str, ref: date | None, offset: int = 0) -> list[DateMention]:
    """Date expressions in *text*; relative ones need *ref* (else they are skipped)."""
    words = set(_CAPWORD.findall(text))
    has_month, has_weekday = bool(words & _MONTH_WORDS), bool(words & _WEEKDAY_WORDS)
    has_rel = bool(_RELATIVE.search(text))
    wanted = {"dmy_num": "/" in text, "dmy": has_month, "mdy": has_month, "dm": has_month, "md": has_month,
              "month": has_month, "rel_month": has_rel, "this_month": has_rel, "rel_year": has_rel,
              "yesterday": has_rel, "today": has_rel, "weekday": has_weekday}
    found = []  # (start, -length, priority, kind, match): cheap checks first, each pattern only where it can match
    for prio, (kind, rx) in enumerate(_COMPILED):
        if wanted[kind]:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    found.append((m.start(), -(m.end() - m.start()), prio, kind, m))
    found.sort(key=lambda f: (f[0], f[2], f[1]))
    out, taken = [], -1
    for start, _neg, _prio, kind, m in found:
        if start < taken:
            continue  # overlaps an earlier, higher-priority expression
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        val = _resolve(kind, g, ref)
        if val:
            value, gran = val
            out.append(DateMention(m.start() + offset, m.end() + offset, m.group(), value, gran, kind))
            taken = m.end()
    return out


def _resolve(kind: str, g: dict, ref: date | None) -> tuple[str, str] | None:
    try:
        if kind == "dmy_num":
            return date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat(), "day"
        if kind in ("dmy", "mdy"):
            d = _absolute(f"{g['d']} {g['mon']} {g['y']}")
            return (d.isoformat(), "day") if d else None
        if ref is None:
            return None
        if kind in ("dm", "md"):
            mon = MONTHS[g["mon"].lower()]
            d = date(ref.year, mon, int(g["d"]))
            if d > ref + timedelta(days=60):
                d = date(ref.year - 1, mon, int(g["d"]))  # "24 Februari" in a November article: the last one
            elif d < ref - timedelta(days=300):
                d = date(ref.year + 1, mon, int(g["d"]))  # "Jan 5" in a late-December article: the next one
            return d.isoformat(), "day"
        if kind == "month":
            mon = MONTHS[g["mon"].lower()]
            if len(g["mon"]) <= 3 and not g.get("y"):
                return None  # "Mar", "May" alone are too ambiguous
            year = int(g["y"]) if g.get("y") else (ref.year if mon <= ref.month else ref.year - 1)
            return f"{year:04d}-{mon:02d}", "month"
        if kind == "rel_month":
            y, mo = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
            return f"{y:04d}-{mo:02d}", "month"
        if kind == "this_month":
            return f"{ref.year:04d}-{ref.month:02d}", "month"
        if kind == "rel_year":
            return f"{ref.year - 1:04d}", "year"
        if kind == "yesterday":
            return (ref - timedelta(days=1)).isoformat(), "day"
        if kind == "today":
            return ref.isoformat(), "day"
        if kind == "weekday":
            wd = WEEKDAYS[(g.get("wd") or g.get("wde")).lower()]
            back = (ref.weekday() - wd) % 7
            if g.get("lastweek") or g.get("lastweeke"):  # "Rabu pekan lalu", "Wednesday last week"
                back += 7 if back < 7 and ref.weekday() >= wd else 0
            return (ref - timedelta(days=back)).isoformat(), "day"
    except (ValueError, KeyError):
        return None
    return None


@lru_cache(maxsize=4096)
def _absolute(expr: str) -> date | None:
    """An absolute day date with a month name in either language (dateparser, cached)."""
    import dateparser

    dt = dateparser.parse(expr, languages=["id", "en"], settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
    return dt.date() if dt else None


def compatible(a: str | None, b: str | None) -> bool:
    """Two dates at their granularity do not contradict each other.

    >>> compatible("2022-11-09", "2022-11"), compatible("2022-11-09", "2022-11-10"), compatible(None, "2022")
    (True, False, True)
    """
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def more_specific(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    return a if len(a) >= len(b) else b

"""Check the local real-news development corpus against dev/sources.tsv.

    python dev/check_sources.py            # what is present, missing or changed
    python dev/check_sources.py --rebuild  # also print how to fetch each missing text again

The article texts are third-party copies of real news pages: they stay out of git, in
dev/articles/ (ignored). What is committed is what rebuilds and checks them: for each
file, the page's URL, outlet, date, language, the sha256 of the text, and the search
words that find the stored copy of the page (the `pages` corpus of the project's search
tool, whose excerpt of a page is the article text). This script says which texts are
missing or differ from the recorded hash, checks that every gold file has its article,
and refuses any URL listed in ../shared/external-test-urls.txt (the external test).
Exit status 1 when something is missing, changed or refused.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from pathlib import Path

DEV = Path(__file__).resolve().parent
EXTERNAL = DEV.parent.parent / "shared" / "external-test-urls.txt"


def normalise_url(url: str) -> str:
    """A page's address without scheme, www./m./amp. host prefixes, /amp segments,
    query string and trailing slash, lower-cased: two addresses of one page compare equal."""
    u = url.strip().lower()
    u = re.sub(r"^[a-z]+://", "", u).split("?", 1)[0].split("#", 1)[0]
    u = re.sub(r"^(?:www\d?|m|amp)\.", "", u)
    u = re.sub(r"/amp(?=/|$)", "", u)
    return u.rstrip("/")


def external_urls() -> set[str]:
    if not EXTERNAL.exists():
        return set()
    return {normalise_url(line) for line in EXTERNAL.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rebuild", action="store_true", help="print the search words and URL of each missing text")
    args = ap.parse_args(argv)
    with (DEV / "sources.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    banned = external_urls()
    present, missing, changed, refused = [], [], [], []
    for r in rows:
        if normalise_url(r["url"]) in banned:
            refused.append(r)
        f = DEV / "articles" / r["file"]
        if not f.exists():
            missing.append(r)
        elif hashlib.sha256(f.read_bytes()).hexdigest() != r["sha256"]:
            changed.append(r)
        else:
            present.append(r)
    listed = {Path(r["file"]).stem for r in rows}
    orphans = sorted(g.stem for g in (DEV / "gold").rglob("*.json") if g.stem not in listed)
    outlets = {r["outlet"] for r in rows}
    langs = {lang: sum(r["lang"] == lang for r in rows) for lang in ("id", "en")}
    print(f"{len(rows)} articles listed ({langs['id']} Indonesian, {langs['en']} English) from {len(outlets)} outlets: "
          f"{len(present)} present and unchanged, {len(missing)} missing, {len(changed)} changed")
    for r in changed:
        print(f"changed: {r['file']} (sha256 differs from sources.tsv)")
    for r in missing:
        print(f"missing: {r['file']}")
        if args.rebuild:
            print(f"    search the pages corpus for: {r['search_words']}\n    take the excerpt of: {r['url']}")
    for r in refused:
        print(f"REFUSED: {r['file']}: {r['url']} is a page of the external test; remove it from the corpus")
    for o in orphans:
        print(f"gold without a source line: {o}")
    if missing and not args.rebuild:
        print("(--rebuild prints how to fetch the missing texts again)")
    return 1 if missing or changed or refused or orphans else 0


if __name__ == "__main__":
    sys.exit(main())

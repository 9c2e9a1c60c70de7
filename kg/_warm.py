"""Imported by the forkserver of ``kg ingest --jobs`` before it forks any worker: the
default extractor is built, and dateparser's languages loaded (half a second on the first
date), once there; every worker starts with them (copy-on-write) instead of paying again."""

from kg.article import parse_text
from kg.work import article_result, extractor_for

for _text in ("Judul\nSenin, 3 Juli 2023 - 10:00 WIB\nJAKARTA - Menlu Retno Marsudi bertemu Menlu Rusia Sergei Lavrov "
              "di Jakarta pada 2 Juli 2023.",
              "Title\nMonday, July 3, 2023 10:00 GMT\nMOSCOW - Russian Foreign Minister Sergei Lavrov met Iranian "
              "Foreign Minister Hossein Amirabdollahian in Moscow on July 2, 2023."):
    article_result(parse_text(_text, "warm-up"), extractor_for(()))

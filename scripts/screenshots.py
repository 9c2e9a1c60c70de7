"""Screenshots of the graph's pages for the README, from the example store:

    python scripts/screenshots.py            # builds examples/articles into a temp store
    python scripts/screenshots.py --url http://127.0.0.1:8080   # a running kg serve instead

It ingests ``examples/articles`` into a temporary store, starts ``kg serve`` on a free
port, and has headless Chromium (selenium + chromedriver) take docs/timeline.png,
docs/network.png, docs/event.png and docs/actor.png.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENT = "b547a34c16bd7d96"  # Iran -> Russia missiles, denied: two reports merged
SHOTS = [("timeline.png", "/timeline", 1280, 960), ("network.png", "/network", 1280, 1260),
         ("event.png", f"/event/{EVENT}", 1280, 1110), ("actor.png", "/actor/country/IR", 1280, 1000)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(tmp: Path) -> tuple[subprocess.Popen, str]:
    kg = [sys.executable, "-m", "kg"]
    store = tmp / "store"
    subprocess.run(kg + ["ingest", str(ROOT / "examples" / "articles"), "--store", str(store)], check=True,
                   stdout=subprocess.DEVNULL)
    port = _free_port()
    proc = subprocess.Popen(kg + ["serve", "--store", str(store), "--port", str(port)], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/queries", timeout=1).read()
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("kg serve did not start")


def _browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or shutil.which("google-chrome") or "chromium"
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--disable-dev-shm-usage"):
        opts.add_argument(arg)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "chromedriver"), options=opts)


def take(url: str, out: Path) -> list[Path]:
    from selenium.webdriver.support.ui import WebDriverWait

    out.mkdir(parents=True, exist_ok=True)
    drv = _browser()
    written = []
    try:
        for name, path, w, h in SHOTS:
            drv.set_window_size(w, h)
            drv.get(url + path)
            if path in ("/timeline", "/network"):
                WebDriverWait(drv, 30).until(lambda d: d.execute_script("return window.kgView && window.kgView.ready"))
                time.sleep(1.0)  # the force layout settles
            drv.save_screenshot(str(out / name))
            written.append(out / name)
    finally:
        drv.quit()
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="a running kg serve (default: build the example store and start one)")
    ap.add_argument("--out", default=str(ROOT / "docs"), help="folder for the PNGs (default docs/)")
    args = ap.parse_args()
    proc = None
    with tempfile.TemporaryDirectory() as tmp:
        try:
            url = args.url
            if not url:
                proc, url = _serve(Path(tmp))
            for p in take(url.rstrip("/"), Path(args.out)):
                print(p)
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(20)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Serve the built site like a careful web server would: exact MIME types, security headers.

    python -m tools.serve --dir site [--host 127.0.0.1] [--port 8000] [--base /jeugdgroepen/]

Without --base it serves the site at the address it was built for (beheer/versie.json).

Used by `make serve` and by the browser tests. The headers are the ones docs/over/beheer.md
advises for an intranet server, and like such a server it sends the precompressed .br / .gz
copies of the big files and lets the browser keep versioned files for a year; the CSP must travel as an HTTP header (a <meta> CSP does not
reach the Pyodide worker). An unknown address under the base gets the site's 404.html with status
404; a folder is never listed. Standard library only.
"""
from __future__ import annotations

import argparse
import errno
import functools
import http.server
import json
import sys
import threading
from pathlib import Path

from tools.sitebuild.compress import MIME as COMPRESSED_TYPES
from tools.sitebuild.compress import SUFFIXES as COMPRESSIBLE
from tools.sitebuild.csp import cache_control, headers

# Exact types for the files the forms load (module workers and wasm streaming need them).
MIME = {**COMPRESSED_TYPES, ".zip": "application/zip"}


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    base = "/"
    headers_to_send: dict[str, str] = {}
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME}
    encoding: str | None = None  # set per request when a precompressed copy is sent

    def send_head(self):
        """Sends file.br or file.gz, as they are, to a browser that accepts them."""
        self.encoding = None
        path = Path(self.translate_path(self.path.split("?")[0]))
        accepted = self.headers.get("Accept-Encoding", "")
        for kind, token in (("br", "br"), ("gz", "gzip")):
            packed = path.with_name(path.name + f".{kind}")
            if token in accepted and path.is_file() and packed.is_file():
                self.encoding = token
                f = packed.open("rb")
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Length", str(packed.stat().st_size))
                self.end_headers()
                return f
        return super().send_head()

    def do_GET(self) -> None:
        # The site lives under `base`; the server's root sends the reader there.
        if self.base != "/" and self.path.split("?")[0] == "/":
            self.send_response(302)
            self.send_header("Location", self.base)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """An unknown page under the base gets the site's own Dutch 404.html, with status 404
        and the site's headers, as the settings in beheer/ make nginx, Apache and IIS do. A
        request for anything but a page (a style sheet, a script: the browser's preload scanner
        asks for those before the 404 page has set its <base>) gets a short 404 in plain text."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not self.path.startswith(self.base) or not page.is_file():
            super().send_error(code, message, explain)
            return
        wants_page = "text/html" in self.headers.get("Accept", "")
        body = page.read_bytes() if wants_page else b"Niet gevonden.\n"
        self.encoding = None
        self.send_response(404, message)
        self.send_header("Content-Type", "text/html; charset=utf-8" if wants_page else "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def list_directory(self, path):  # noqa: ANN001 - signature of the base class
        """A folder without index.html is not a page: no listing of the files in it."""
        self.send_error(404)
        return None

    def translate_path(self, path: str) -> str:
        # Everything lives under `base`; anything else is not ours.
        if not path.startswith(self.base):
            return str(Path(self.directory) / "__not_found__")
        return super().translate_path("/" + path[len(self.base):])

    def end_headers(self) -> None:
        for name, value in self.headers_to_send.items():
            self.send_header(name, value)
        if self.encoding:
            self.send_header("Content-Encoding", self.encoding)
        if Path(self.path).suffix in COMPRESSIBLE:
            self.send_header("Vary", "Accept-Encoding")
        if (cache := cache_control(self.path.split("?")[0])) is not None:
            self.send_header("Cache-Control", cache)
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature of the base class
        if not getattr(self.server, "quiet", False):
            super().log_message(format, *args)


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A browser that navigates away mid-download resets the connection: not an error.
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


def normalize_base(base: str) -> str:
    """`jeugdgroepen` -> `/jeugdgroepen/`; empty -> `/`."""
    return "/" + base.strip("/") + "/" if base.strip("/") else "/"


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 0, base: str = "/",
                quiet: bool = False) -> QuietServer:
    base = normalize_base(base)
    handler = type("Handler", (SiteHandler,), {"base": base, "headers_to_send": headers(directory)})
    server = QuietServer((host, port), functools.partial(handler, directory=str(directory)))
    server.quiet = quiet  # type: ignore[attr-defined]
    return server


def serve_in_background(directory: Path, base: str = "/") -> tuple[QuietServer, str]:
    """Start a quiet server on a free port; returns it and the site's URL."""
    server = make_server(directory, base=base, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host}:{port}{normalize_base(base)}"


def built_base(site: Path) -> str:
    """The address the site was built for (the one its settings in beheer/ name): beheer/versie.json.
    `make serve` serves there, as the browser tests and the hosting page do."""
    try:
        return normalize_base(json.loads((site / "beheer" / "versie.json").read_text(encoding="utf-8"))["basispad"])
    except (OSError, ValueError, KeyError, TypeError):
        return "/"


def port_taken_message(host: str, port: int) -> str:
    return (f"Poort {port} op {host} is al in gebruik (draait `make serve` al?). "
            f"Kies een andere poort, bijvoorbeeld: PORT={port + 80} make serve\n"
            f"Port {port} on {host} is already in use (is `make serve` already running?). "
            f"Choose another port, for example: PORT={port + 80} make serve")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=Path("site"))
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--base", default=None,
                    help="sub-path, e.g. /jeugdgroepen/ (default: the one the site was built for)")
    args = ap.parse_args(argv)
    if not (args.dir / "index.html").is_file():
        print(f"No built site in {args.dir}: run `make site` first.", file=sys.stderr)
        return 1
    base = normalize_base(args.base) if args.base is not None else built_base(args.dir)
    try:
        server = make_server(args.dir, args.host, args.port, base)
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            print(port_taken_message(args.host, args.port), file=sys.stderr)
            return 1
        raise
    print(f"Jeugdgroepen Kennisbank: http://{args.host}:{args.port}{base}  (Ctrl+C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())

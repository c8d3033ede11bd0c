"""Ready-made web-server settings for ICT teams (the folder beheer/ of the built site).

One table (`Rules`) says what every server must do; nginx, Apache, IIS and headers.txt are
written from it, and tools/serve.py follows the same functions in tools/sitebuild/csp.py.
tests/servers checks nginx and Apache against it on real servers; tests/site checks that
web.config (IIS cannot run here) carries every row of it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tools.sitebuild.compress import MIME as COMPRESSED_TYPES
from tools.sitebuild.csp import IMMUTABLE_PATH, LONG, headers, immutable_locations

# The types the forms depend on (module workers and wasm streaming check them) and the kinds
# of file they load; servers' own tables differ (nginx 1.22 knows no .mjs).
TYPES = {".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json",
         ".zip": "application/zip", ".bin": "application/octet-stream"}
# nginx 1.22's mime.types knows .wasm, .json, .zip and .bin but not .mjs.
NGINX_LACKS = (".mjs",)
MANIFEST = "assets/py/manifest.json"
ERROR_PAGE = "404.html"
DEFAULT_BASE = "/jeugdgroepen/"


def normalize_base(base: str) -> str:
    """`jeugdgroepen` -> `/jeugdgroepen/`; empty -> `/`."""
    return "/" + base.strip("/") + "/" if base.strip("/") else "/"


@dataclass(frozen=True)
class Rules:
    """What a server must do for this build, installed under `base`."""
    base: str
    headers: dict[str, str]               # on every response, error pages included
    types: dict[str, str]                 # suffix -> Content-Type
    compressed: dict[str, str]            # suffix -> type of the files that have .br/.gz copies
    immutable_pattern: str                # regex on the URL path: kept for a year
    immutable_paths: list[str]            # the same, as folders and files (IIS has no patterns)
    no_cache: str                         # site-relative path that is checked on every use
    error_page: str                       # site-relative page sent with status 404

    @property
    def error_url(self) -> str:
        return self.base + self.error_page


def rules(site: Path, base: str = DEFAULT_BASE) -> Rules:
    return Rules(base=normalize_base(base), headers=headers(site), types=dict(TYPES),
                 compressed=dict(COMPRESSED_TYPES), immutable_pattern=IMMUTABLE_PATH,
                 immutable_paths=immutable_locations(site), no_cache=MANIFEST, error_page=ERROR_PAGE)


def _esc(pattern: str) -> str:
    return pattern.replace(".", r"\.")


def nginx(r: Rules) -> str:
    add = [f'add_header {k} "{v}" always;' for k, v in r.headers.items()]
    return "\n".join([
        "# nginx: include in the location block that serves this folder, for example",
        f"#     location {r.base} {{ include /pad/naar/site/beheer/nginx.conf; }}",
        "# With the ngx_brotli module (Debian: libnginx-mod-http-brotli-static), also include",
        "# nginx-brotli.conf there. Made for the address " + r.base + "; elsewhere, change the",
        "# error_page line.",
        "# The server's own table of types, plus what it may lack (a second types block adds).",
        "include mime.types;",
        "types { " + " ".join(f"{r.types[ext]} {ext.lstrip('.')};" for ext in NGINX_LACKS) + " }",
        *add,
        "# Send the precompressed copies (file.gz; file.br with nginx-brotli.conf).",
        "gzip_static on;",
        "gzip_vary on;",
        f"error_page 404 {r.error_url};",
        "# Versioned files never change: let browsers keep them. nginx forgets the add_header",
        "# lines above inside a location that has its own, so they are repeated there.",
        f'location ~* "{r.immutable_pattern}" {{',  # quoted: the pattern holds braces
        f'    add_header Cache-Control "{LONG}" always;',
        *(f"    {line}" for line in add),
        "}",
        f"location ~* /{_esc(r.no_cache)}$ {{",
        '    add_header Cache-Control "no-cache" always;',
        *(f"    {line}" for line in add),
        "}", ""])


def nginx_brotli(r: Rules) -> str:
    return "\n".join([
        "# nginx with ngx_brotli (load_module modules/ngx_http_brotli_static_module.so): include",
        "# next to nginx.conf to send the .br copies to browsers that accept Brotli.",
        "brotli_static on;", ""])


def apache(r: Rules) -> str:
    kinds = "|".join(sorted(s.lstrip(".") for s in r.compressed))
    return "\n".join([
        "# Apache: put in .htaccess of this folder, or in its <Directory> block",
        "# (needs mod_headers, mod_mime, and mod_rewrite for the precompressed copies).",
        f"# Made for the address {r.base}; elsewhere, change RewriteBase and ErrorDocument.",
        *(f"AddType {mime} {ext}" for ext, mime in r.types.items()),
        *(f'Header always set {k} "{v}"' for k, v in r.headers.items()),
        f"ErrorDocument 404 {r.error_url}",
        "# Send file.br or file.gz when the browser accepts it and the copy exists.",
        "RewriteEngine On",
        f"RewriteBase {r.base}",
        'RewriteCond "%{HTTP:Accept-Encoding}" "br"',
        r'RewriteCond "%{REQUEST_FILENAME}\.br" -s',
        rf'RewriteRule "^(.+\.({kinds}))$" "$1.br" [L]',
        r'RewriteCond "%{HTTP:Accept-Encoding}" "gzip"',
        r'RewriteCond "%{REQUEST_FILENAME}\.gz" -s',
        rf'RewriteRule "^(.+\.({kinds}))$" "$1.gz" [L]',
        rf'<FilesMatch "\.({kinds})\.br$">',
        "  Header set Content-Encoding br", "  Header append Vary Accept-Encoding", "</FilesMatch>",
        rf'<FilesMatch "\.({kinds})\.gz$">',
        "  Header set Content-Encoding gzip", "  Header append Vary Accept-Encoding", "</FilesMatch>",
        "# A copy keeps the type of its original (mime.types would make file.wasm.gz application/gzip).",
        *(line for ext, mime in sorted(r.compressed.items())
          for line in (f'<FilesMatch "\\{ext}\\.(br|gz)$">', f"  ForceType {mime}", "</FilesMatch>")),
        "RemoveEncoding .br .gz",
        "# Debian's mime.conf takes .br for Breton (Content-Language: br).",
        "RemoveLanguage .br",
        "# Versioned files never change: let browsers keep them; always check the manifest.",
        f'<If "%{{REQUEST_URI}} =~ m#{r.immutable_pattern}#">',
        f'  Header set Cache-Control "{LONG}"', "</If>",
        f'<If "%{{REQUEST_URI}} =~ m#/{_esc(r.no_cache)}$#">',
        '  Header set Cache-Control "no-cache"', "</If>", ""])


def _iis_location(path: str, cache: str) -> str:
    return (f'<location path="{path}"><system.webServer><staticContent>{cache}'
            "</staticContent></system.webServer></location>")


def iis(r: Rules) -> str:
    year = ('<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" '
            'cacheControlCustom="public, immutable" />')
    return "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!-- IIS: web.config for this folder. IIS compresses static files itself",
        "     (doStaticCompression); the .br and .gz copies are for other servers.",
        f"     Made for the address {r.base}; elsewhere, change the path of the 404 page. -->",
        "<configuration><system.webServer>",
        "  <staticContent>",
        *(f'    <remove fileExtension="{ext}" /><mimeMap fileExtension="{ext}" mimeType="{mime}" />'
          for ext, mime in r.types.items()),
        "  </staticContent>",
        '  <urlCompression doStaticCompression="true" doDynamicCompression="false" />',
        "  <httpProtocol><customHeaders>",
        *(f'    <add name="{k}" value="{v}" />' for k, v in r.headers.items()),
        "  </customHeaders></httpProtocol>",
        '  <httpErrors errorMode="Custom" existingResponse="Replace">',
        '    <remove statusCode="404" />',
        f'    <error statusCode="404" path="{r.error_url}" responseMode="ExecuteURL" />',
        "  </httpErrors>",
        "</system.webServer>",
        "<!-- Versioned files never change: let browsers keep them for a year; the manifest is",
        "     checked on every use. -->",
        *(_iis_location(path, year) for path in r.immutable_paths),
        _iis_location(r.no_cache, '<clientCache cacheControlMode="DisableCache" />'),
        "</configuration>", ""])


def headers_txt(r: Rules) -> str:
    return "".join(f"{k}: {v}\n" for k, v in r.headers.items()) + (
        "# For assets/pyodide/<version>/*, assets/py/formlogic-*.zip, assets/py/snapshot-*.bin and\n"
        "# the theme's assets/javascripts/**/*.<hash>.min.js and assets/stylesheets/*.<hash>.min.css also:\n"
        f"# Cache-Control: {LONG}\n# For {r.no_cache}: Cache-Control: no-cache\n"
        f"# Types: {', '.join(f'{ext} {mime}' for ext, mime in r.types.items())}\n"
        f"# Unknown paths under {r.base}: status 404 with the page {r.error_url}\n")


def server_files(site: Path, base: str = DEFAULT_BASE) -> dict[str, str]:
    """Settings for common servers, for the folder beheer/ of the built site."""
    r = rules(site, base)
    return {"headers.txt": headers_txt(r), "nginx.conf": nginx(r), "nginx-brotli.conf": nginx_brotli(r),
            "apache.htaccess": apache(r), "web.config": iis(r)}

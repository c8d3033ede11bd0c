"""Start a real nginx or Apache on a free port, serving the built site the way the hosting page
(docs/over/beheer.md) tells an ICT team: the folder under a sub-path, with exactly the shipped
settings of beheer/ included, unedited.

The server's own main configuration is written here, as an ICT team writes its own: a temporary
prefix with its pid file, error log and temp folders, in the foreground (so the test owns the
process and stops it). The site is copied to <prefix>/www/jeugdgroepen.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

from tools.ensure_servers import program
from tools.sitebuild.serverconfig import TYPES

NGINX_MODULES = Path("/usr/lib/nginx/modules")
APACHE_MODULES = Path("/usr/lib/apache2/modules")
# What a minimal Apache needs for the shipped .htaccess (Debian's default set, less the rest).
# Debian compiles mod_unixd (User, Group) in.
APACHE_LOAD = ("mpm_event", "authz_core", "mime", "headers", "rewrite", "dir", "alias")


class ServerFailed(RuntimeError):
    pass


@dataclass
class RealServer:
    name: str
    url: str                    # the site's address, ending in the base path
    prefix: Path
    process: subprocess.Popen
    log: Path
    config: Path
    stopped: bool = field(default=False)

    def error_log(self) -> str:
        logs = (self.log, self.prefix / "stderr.log")
        return "".join(p.read_text(encoding="utf-8", errors="replace") for p in logs if p.exists())

    def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        # nginx: QUIT is a graceful stop; Apache: WINCH would wait for clients, TERM stops now.
        self.process.send_signal(signal.SIGQUIT if self.name == "nginx" else signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        shutil.rmtree(self.prefix, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prefix(site: Path, base: str) -> tuple[Path, Path]:
    """A temporary prefix with a copy of the site at www/<base>, as an ICT team copies it.
    A copy, not a link: the workers of a server started as root run as nobody, who may not
    enter the checkout (a clone in /root). Copied files get ordinary permissions (umask)."""
    prefix = Path(tempfile.mkdtemp(prefix="kennisbank-server-"))
    prefix.chmod(0o755)
    folder = prefix / "www" / base.strip("/")
    shutil.copytree(site, folder, copy_function=shutil.copyfile)
    return prefix, folder


def nginx_config(prefix: Path, site: Path, port: int, base: str) -> str:
    beheer = site / "beheer"
    brotli = NGINX_MODULES / "ngx_http_brotli_static_module.so"
    user = "user nobody nogroup;" if os.geteuid() == 0 else ""
    return f"""
{user}
daemon off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
load_module {brotli};
events {{ worker_connections 256; }}
http {{
    include mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {prefix}/www;
        location {base} {{
            include {beheer}/nginx.conf;
            include {beheer}/nginx-brotli.conf;
        }}
    }}
}}
"""


def apache_config(prefix: Path, site: Path, port: int, base: str) -> str:
    beheer = site / "beheer"
    modules = "\n".join(f"LoadModule {m}_module {APACHE_MODULES}/mod_{m}.so" for m in APACHE_LOAD)
    user = "User nobody\nGroup nogroup" if os.geteuid() == 0 else ""
    # Debian's own type settings (mods-enabled/mime.conf: .gz, and .br as Breton), but a table
    # without the types the forms need: the shipped settings say them all (AddType), so they
    # must work on an Apache whose table is older than .wasm and .mjs.
    debian = Path("/etc/apache2/mods-available/mime.conf")
    mime_conf = (f"Include {debian}\n" if debian.is_file() else "") + f"TypesConfig {prefix}/mime.types"
    return f"""
ServerRoot {prefix}
DefaultRuntimeDir {prefix}/run
PidFile {prefix}/apache.pid
ErrorLog {prefix}/error.log
LogLevel warn
{modules}
{user}
Listen 127.0.0.1:{port}
ServerName 127.0.0.1
{mime_conf}
DocumentRoot {prefix}/www
DirectoryIndex index.html
StartServers 1
ServerLimit 2
ThreadsPerChild 25
MaxRequestWorkers 50
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory {prefix}/www>
    Options FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>
<Directory {site}>
    Include {beheer}/apache.htaccess
</Directory>
"""


def without_types(table: str, types: dict[str, str]) -> str:
    """A mime.types table (`type ext ext ...` per line) with the given extensions left out."""
    drop = {ext.lstrip(".") for ext in types}
    lines = []
    for line in table.splitlines():
        words = line.split()
        if words and not line.startswith("#"):
            line = " ".join([words[0], *(w for w in words[1:] if w not in drop)])
        lines.append(line)
    return "\n".join(lines) + "\n"


def _wait_until_up(server: RealServer, timeout_s: float = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise ServerFailed(f"{server.name} stopped at once:\n{server.error_log()}")
        try:
            with urlopen(server.url, timeout=2):
                return
        except HTTPError as e:  # it answers: up (the test says whether the answer is right)
            e.close()
            return
        except (URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    server.stop()
    raise ServerFailed(f"{server.name} did not answer on {server.url} within {timeout_s} s:\n{server.error_log()}")


def start(name: str, site: Path, base: str = "/jeugdgroepen/") -> RealServer:
    """Start `nginx` or `apache` in the foreground on a free port, checked first (nginx -t,
    apache2 -t), and wait until it answers."""
    prefix, site = _prefix(site, base)
    (prefix / "tmp").mkdir()
    (prefix / "run").mkdir()
    port = free_port()
    if name == "nginx":
        conf = prefix / "nginx.conf"
        shutil.copy("/etc/nginx/mime.types", prefix / "mime.types")  # the server's own table
        conf.write_text(nginx_config(prefix, site, port, base))
        exe = program("nginx")
        check = [exe, "-p", str(prefix), "-c", str(conf), "-t", "-q"]
        run = [exe, "-p", str(prefix), "-c", str(conf)]
    elif name == "apache":
        conf = prefix / "apache2.conf"
        (prefix / "mime.types").write_text(without_types(Path("/etc/mime.types").read_text(), TYPES))
        conf.write_text(apache_config(prefix, site, port, base))
        exe = program("apache2")
        check = [exe, "-f", str(conf), "-t"]
        run = [exe, "-f", str(conf), "-DFOREGROUND"]
    else:
        raise ValueError(name)
    checked = subprocess.run(check, capture_output=True, text=True)
    if checked.returncode != 0:
        shutil.rmtree(prefix, ignore_errors=True)
        raise ServerFailed(f"{name} refuses its configuration:\n{checked.stdout}{checked.stderr}")
    with (prefix / "stderr.log").open("wb") as err:  # what a server says before its log is open
        process = subprocess.Popen(run, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    server = RealServer(name, f"http://127.0.0.1:{port}{base}", prefix, process, prefix / "error.log", conf)
    _wait_until_up(server)
    return server

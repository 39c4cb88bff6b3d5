"""How the benchmark measures a step (bench.py): each runs as a child
process whose peak memory is its own (ru_maxrss from wait4), while the
embedded warehouse's memory (the sum of its processes' proportional set
sizes) is sampled beside it."""

from __future__ import annotations

import dataclasses
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

from headroom import settings, warehouse
from headroom.errors import UsageError


@dataclasses.dataclass
class Step:
    name: str
    seconds: float
    client_peak_mb: float | None = None
    server_peak_mb: float | None = None
    note: str = ""


class ServerMemory:
    """Samples the embedded server's memory (sum of PSS over its processes)
    in a background thread; None when the warehouse is not ours to see."""

    def __init__(self, wh: settings.Warehouse, every: float = 0.25):
        self.pid = self._postmaster_pid() if wh.embedded else None
        self.every = every
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @staticmethod
    def _postmaster_pid() -> int | None:
        pid_file = warehouse.paths().pgdata / "postmaster.pid"
        try:
            return int(pid_file.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def _pids(self) -> list[int]:
        pids = [self.pid]
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            # the parent pid is the 2nd field after the ")" that ends the name
            fields = stat.rsplit(")", 1)[-1].split()
            if len(fields) > 1 and int(fields[1]) == self.pid:
                pids.append(int(entry))
        return pids

    def sample(self) -> None:
        total = 0
        for pid in self._pids():
            try:
                for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
            except OSError:
                continue
        self.peak_kb = max(self.peak_kb, total)

    def __enter__(self) -> "ServerMemory":
        if self.pid is not None:
            self.peak_kb = 0
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, daemon=True)
            self._thread.start()
        return self

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.every)

    def __exit__(self, *exc) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join()

    @property
    def peak_mb(self) -> float | None:
        return None if self.pid is None else self.peak_kb / 1024


def run_step(argv: list[str], env: dict[str, str], label: str) -> tuple[float, float, str]:
    """Runs one step; returns its seconds, its peak RSS in MB and its output.
    The output streams to stderr as it comes, so long steps show progress."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, cwd=settings.project_root(), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line)
        sys.stderr.write(f"  [{label}] {line}")
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    output = "".join(lines)
    if proc.returncode != 0:
        tail = "".join(lines[-15:])
        raise UsageError(f"bench step {label} failed (exit {proc.returncode}):\n{tail}")
    return seconds, usage.ru_maxrss / 1024, output


def machine() -> dict:
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "memory_gb": round(mem_kb / 1024 / 1024, 1),
            "system": f"{platform.system()} {platform.release()}", "python": platform.python_version()}

"""A Spark standalone cluster on this machine (issue 33, decision 51):
what a firm that outgrows one PostgreSQL runs, in production's shape.

    master       org.apache.spark.deploy.master.Master       its own JVM
    worker 1, 2  org.apache.spark.deploy.worker.Worker       a JVM each, bounded cores and memory
    SQL endpoint HiveThriftServer2 (a Spark application on the cluster)

All three come from the pinned pyspark wheel (bin/spark-class,
bin/spark-submit, spark-hive-thriftserver_2.12-3.5.9.jar). dbt reaches the
endpoint as it reaches EMR or Dataproc: dbt-spark's `thrift` method
(profile target `cluster`). The catalog is the shared Hive metastore on the
warehouse's PostgreSQL (metastore.py); the data is Iceberg under the Spark
state folder, which every process of this one machine sees.

Every process runs detached, its pid and log under <spark state>/cluster;
`headroom cluster down` stops them. Each missing piece (Java, the JDBC
driver, a port taken, too little memory) is one line.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from headroom import metastore, settings, spark
from headroom.errors import UsageError
from headroom.settings import parse_port

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Shape:
    """Ports and memory of the cluster (HEADROOM_CLUSTER_* overrides)."""

    master_port: int = 7077
    master_ui_port: int = 18080
    worker_ui_ports: tuple[int, int] = (18081, 18082)
    thrift_port: int = 10000
    daemon_memory: str = "512m"  # master's and each worker's own JVM
    worker_memory: str = "2g"  # what each worker offers its executor
    executor_memory: str = "1536m"
    thrift_driver_memory: str = "2g"

    @property
    def master_url(self) -> str:
        return f"spark://{HOST}:{self.master_port}"

    def memory_needed_mb(self) -> int:
        return 3 * _mb(self.daemon_memory) + 2 * _mb(self.worker_memory) + _mb(self.thrift_driver_memory) + 512


# the ports a client uses, and the variables that move them
PORT_VARIABLES = {"master_port": "HEADROOM_CLUSTER_MASTER_PORT", "thrift_port": "HEADROOM_SPARK_THRIFT_PORT"}


def shape() -> Shape:
    """The default shape, with the ports the environment moves."""
    moved = {field: parse_port(os.environ[name], name)
             for field, name in PORT_VARIABLES.items() if os.environ.get(name)}
    return dataclasses.replace(Shape(), **moved)


def _mb(size: str) -> int:
    return int(size[:-1]) * (1024 if size.endswith("g") else 1)


def state(spark_dir: Path | None = None) -> Path:
    return (spark_dir or spark.spark_dir()) / "cluster"


PROCESSES = ("master", "worker-1", "worker-2", "thrift")


def _pid(spark_dir: Path, name: str) -> int | None:
    path = state(spark_dir) / f"{name}.pid"
    try:
        pid = int(path.read_text())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


def running(spark_dir: Path | None = None) -> list[str]:
    """The cluster's processes alive now."""
    folder = spark_dir or spark.spark_dir()
    return [name for name in PROCESSES if _pid(folder, name)]


def _port_taken(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex((HOST, port)) == 0


def _memory_available_mb() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) // 1024
    return 1 << 20


def problems(s: Shape) -> list[str]:
    """Why the cluster cannot start here, one line each."""
    found = []
    java = spark.java_problem()
    if java:
        found.append(java)
    ports = [("master", s.master_port), ("master UI", s.master_ui_port), ("worker 1 UI", s.worker_ui_ports[0]),
             ("worker 2 UI", s.worker_ui_ports[1]), ("SQL endpoint, thrift", s.thrift_port)]
    found += [f"port {port} ({what}) is taken on {HOST}: stop what holds it, or set another "
              "(docs/scale-out.md)" for what, port in ports if _port_taken(port)]
    need, have = s.memory_needed_mb(), _memory_available_mb()
    if have < need:
        found.append(f"the cluster needs {need:,} MiB of memory and {have:,} MiB are available")
    return found


def _spark_home() -> Path:
    try:
        import pyspark
    except ImportError:
        raise UsageError("the Spark packages are not installed; run `make setup-spark`.") from None
    return Path(pyspark.__file__).parent


def _start(spark_dir: Path, name: str, command: list[str], env: dict[str, str]) -> int:
    folder = state(spark_dir)
    log = open(folder / f"{name}.log", "ab")
    child = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                             cwd=folder, start_new_session=True)
    (folder / f"{name}.pid").write_text(str(child.pid))
    return child.pid


def _wait(what: str, ready, spark_dir: Path, name: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        if not _pid(spark_dir, name):
            raise UsageError(f"the {what} stopped while starting: see {state(spark_dir) / (name + '.log')}")
        time.sleep(1)
    raise UsageError(f"the {what} did not start in {timeout:.0f}s: see {state(spark_dir) / (name + '.log')}")


def _alive_workers(s: Shape) -> int:
    try:
        with urllib.request.urlopen(f"http://{HOST}:{s.master_ui_port}/json/", timeout=2) as answer:
            found = json.load(answer)
    except (OSError, ValueError):
        return 0
    return sum(1 for w in found.get("workers", []) if w.get("state") == "ALIVE")


def up(say=print) -> Shape:
    """Starts the master, two workers and the SQL endpoint; returns the shape."""
    spark_dir = spark.spark_dir()
    s = shape()
    if running(spark_dir):
        raise UsageError(f"the cluster is already up ({', '.join(running(spark_dir))}): `make cluster-down` first")
    found = problems(s)
    if found:
        raise UsageError("; ".join(found))
    values = spark.ready_conf()  # the catalog, SPARK_CONF_DIR
    home = _spark_home()
    folder = state(spark_dir)
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SPARK_HOME": str(home), "SPARK_DAEMON_MEMORY": s.daemon_memory,
           "SPARK_LOG_DIR": str(folder), "SPARK_WORKER_DIR": str(folder / "work")}
    spark_class = str(home / "bin" / "spark-class")

    _start(spark_dir, "master", [spark_class, "org.apache.spark.deploy.master.Master", "--host", HOST,
                                 "--port", str(s.master_port), "--webui-port", str(s.master_ui_port)], env)
    _wait("master", lambda: _port_taken(s.master_port) and _port_taken(s.master_ui_port), spark_dir, "master", 60)
    say(f"headroom: cluster: master up at {s.master_url} (UI http://{HOST}:{s.master_ui_port})")
    for i, ui_port in enumerate(s.worker_ui_ports, start=1):
        _start(spark_dir, f"worker-{i}", [
            spark_class, "org.apache.spark.deploy.worker.Worker", "--host", HOST, "--cores", "1",
            "--memory", s.worker_memory, "--webui-port", str(ui_port), "--work-dir", str(folder / "work"),
            s.master_url], env)
    _wait("workers", lambda: _alive_workers(s) == 2, spark_dir, "worker-2", 90)
    say(f"headroom: cluster: 2 workers up (1 core, {s.worker_memory} each)")

    endpoint = {**values, "spark.master": s.master_url, "spark.app.name": "headroom-sql-endpoint",
                "spark.executor.memory": s.executor_memory, "spark.executor.cores": "1", "spark.cores.max": "2"}
    endpoint.pop("spark.driver.memory")
    command = [str(home / "bin" / "spark-submit"), "--class",
               "org.apache.spark.sql.hive.thriftserver.HiveThriftServer2", "--driver-memory", s.thrift_driver_memory]
    for key, value in endpoint.items():
        command += ["--conf", f"{key}={value}"]
    command += ["--hiveconf", f"hive.server2.thrift.port={s.thrift_port}",
                "--hiveconf", f"hive.server2.thrift.bind.host={HOST}", "spark-internal"]
    _start(spark_dir, "thrift", command, env)
    _wait("SQL endpoint", lambda: _port_taken(s.thrift_port), spark_dir, "thrift", 240)
    say(f"headroom: cluster: SQL endpoint up at {HOST}:{s.thrift_port} (dbt target `cluster`, method thrift); "
        f"catalog in PostgreSQL database {metastore.database_name(spark_dir)}")
    return s


def down(say=print) -> list[str]:
    """Stops the endpoint, the workers and the master (TERM, then KILL after
    30 s); returns what was stopped."""
    spark_dir = spark.spark_dir()
    stopped = []
    for name in reversed(PROCESSES):
        pid = _pid(spark_dir, name)
        if pid is None:
            continue
        os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while _pid(spark_dir, name) and time.monotonic() < deadline:
            time.sleep(0.5)
        if _pid(spark_dir, name):
            os.killpg(pid, signal.SIGKILL)
        (state(spark_dir) / f"{name}.pid").unlink(missing_ok=True)
        stopped.append(name)
    say(f"headroom: cluster: {'stopped ' + ', '.join(stopped) if stopped else 'was not running'}")
    return stopped


def status() -> int:
    spark_dir = spark.spark_dir()
    alive = running(spark_dir)
    s = shape()
    if not alive:
        print("headroom: cluster: down (`make cluster-up` starts it)")
        return 1
    print(f"headroom: cluster: {', '.join(alive)} up; {_alive_workers(s)} worker(s) registered at {s.master_url}; "
          f"SQL endpoint {HOST}:{s.thrift_port} {'open' if _port_taken(s.thrift_port) else 'not open'}")
    return 0 if len(alive) == len(PROCESSES) else 1


def add_parser(sub, *, require_up) -> None:
    p = sub.add_parser("cluster", help="a Spark standalone cluster on this machine: master, two workers and "
                                       "a SQL endpoint (docs/scale-out.md)")
    p.add_argument("action", choices=["up", "down", "status"])

    def handle(args) -> int:
        if args.action == "down":
            down()
            return 0
        if args.action == "status":
            return status()
        require_up(settings.resolve())  # the catalog lives on the warehouse
        up()
        return 0

    p.set_defaults(func=handle)

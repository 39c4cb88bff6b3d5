"""Spark's catalog, shared (issue 33, decision 51): a Hive metastore kept
in a database of the warehouse's own PostgreSQL, so that several Spark
processes (the Thrift server of the cluster, the loader, a dbt session,
the comparison) read and write one catalog at once. Derby, Spark's
default, admits one process.

Spark's built-in Hive client (2.3.9, with DataNucleus) creates the
metastore's tables on first use; Debian's libpostgresql-jdbc-java is the
driver. The metastore logs in as a role of its own whose password, like
every login of the embedded server (decision 27), is kept in a file
readable by its owner only: the `hive-site.xml` in Spark's conf folder,
never on a command line.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from xml.sax.saxutils import escape

import psycopg
from psycopg import sql

from headroom import settings
from headroom.errors import UsageError

# Debian's package (make jdbc installs it); HEADROOM_JDBC_JAR points elsewhere
DEFAULT_JDBC_JAR = "/usr/share/java/postgresql.jar"
ROLE = "headroom_metastore"


def jdbc_jar() -> Path:
    jar = Path(os.environ.get("HEADROOM_JDBC_JAR", DEFAULT_JDBC_JAR))
    if not jar.exists():
        raise UsageError(f"no PostgreSQL JDBC driver at {jar}: Spark's catalog needs it "
                         "(Debian: apt-get install libpostgresql-jdbc-java, or `make setup-spark`)")
    return jar


def database_name(spark_dir: Path) -> str:
    """The metastore's database: one per Spark state folder, so that `make
    test-spark` never touches `make run-spark`'s catalog."""
    explicit = os.environ.get("HEADROOM_SPARK_METASTORE")
    if explicit:
        return settings.check_identifier(explicit, "HEADROOM_SPARK_METASTORE")
    suffix = "" if spark_dir.name == "spark" else "_" + "".join(
        c if c.isalnum() else "_" for c in spark_dir.name.lower())
    return f"headroom_metastore{suffix}"[:63]


def conf_dir(spark_dir: Path) -> Path:
    """Spark's conf folder (SPARK_CONF_DIR of every Spark process): the
    metastore's hive-site.xml."""
    return spark_dir / "conf"


def prepare(spark_dir: Path) -> Path:
    """The metastore's database and role on the warehouse (made when
    missing) and the hive-site.xml that reaches them; returns the conf
    folder. Needs the warehouse up and its owner's login."""
    jdbc_jar()
    wh = settings.resolve()
    database = database_name(spark_dir)
    secret_file = conf_dir(spark_dir) / "hive-site.xml"
    password = _kept_password(secret_file)
    try:
        with psycopg.connect(wh.conninfo("postgres"), autocommit=True) as conn:
            if conn.execute("select 1 from pg_roles where rolname = %s", (ROLE,)).fetchone() is None:
                conn.execute(sql.SQL("create role {} login").format(sql.Identifier(ROLE)))
            conn.execute(sql.SQL("alter role {} password {}").format(sql.Identifier(ROLE), sql.Literal(password)))
            if conn.execute("select 1 from pg_database where datname = %s", (database,)).fetchone() is None:
                conn.execute(sql.SQL("create database {} owner {}").format(
                    sql.Identifier(database), sql.Identifier(ROLE)))
    except psycopg.OperationalError as exc:
        raise UsageError(f"cannot prepare Spark's catalog on the warehouse: "
                         f"{str(exc).strip().splitlines()[-1]}") from None
    except psycopg.errors.InsufficientPrivilege:
        raise UsageError(f"the warehouse login {wh.user} may not create the role {ROLE} or the database "
                         f"{database} of Spark's catalog: ask its owner, or use the embedded warehouse") from None
    _write_site(secret_file, wh, database, password)
    return secret_file.parent


def forget(spark_dir: Path) -> str | None:
    """Drops the metastore's database (spark reset); returns its name, or
    None when the warehouse was not reachable to drop it."""
    database = database_name(spark_dir)
    wh = settings.resolve()
    try:
        with psycopg.connect(wh.conninfo("postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(database)))
    except psycopg.OperationalError:
        return None
    return database


def _kept_password(secret_file: Path) -> str:
    """The metastore role's password: the one hive-site.xml holds, or new."""
    if secret_file.exists():
        text = secret_file.read_text()
        marker = "<name>javax.jdo.option.ConnectionPassword</name><value>"
        if marker in text:
            return text.split(marker, 1)[1].split("</value>", 1)[0]
    return secrets.token_urlsafe(24)


def _write_site(path: Path, wh: settings.Warehouse, database: str, password: str) -> None:
    values = {
        "javax.jdo.option.ConnectionURL": f"jdbc:postgresql://{wh.host}:{wh.port}/{database}",
        "javax.jdo.option.ConnectionDriverName": "org.postgresql.Driver",
        "javax.jdo.option.ConnectionUserName": ROLE,
        "javax.jdo.option.ConnectionPassword": password,
        # the metastore's tables are made on first use, by whichever
        # process comes first (make cluster-up: the Thrift server)
        "datanucleus.schema.autoCreateAll": "true",
        "hive.metastore.schema.verification": "false",
    }
    body = "".join(f"  <property><name>{escape(k)}</name><value>{escape(v)}</value></property>\n"
                   for k, v in values.items())
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write("<?xml version=\"1.0\"?>\n<!-- headroom: Spark's catalog (generated; never commit) -->\n"
                     f"<configuration>\n{body}</configuration>\n")
    os.replace(temporary, path)

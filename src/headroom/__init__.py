"""Tooling around the Headroom Analytics dbt project."""

__version__ = "0.1.0"

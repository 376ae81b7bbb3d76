"""wirelake: news wire feeds to Hive-partitioned Parquet, with restored text, entities and events.

Core logic lives here as plain, typed Python with no Airflow import; ``dags/`` wires it into
Airflow and ``pipeline.cli`` runs the same steps from the command line.
"""

from importlib.metadata import version

__version__ = version("wirelake")  # one place: pyproject.toml
PIPELINE_VERSION = __version__

"""kg: biomedical literature → an RDF knowledge graph, every fact traced to its sentence.

>>> import kg
>>> "drug_targets" in kg.list_queries()
True
"""

__version__ = "0.1.0"

from kg.assemble import assemble, confidence  # noqa: E402
from kg.build import BuildResult, build  # noqa: E402
from kg.export import write_graph  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.extract.lexicon import load_lexicon  # noqa: E402
from kg.query import load_graph, run_query  # noqa: E402
from kg.rdf import to_dataset  # noqa: E402
from kg.readers import read_file, read_paths  # noqa: E402
from kg.resources import list_queries, load_ontology, load_query  # noqa: E402

__all__ = [
    "BuildResult", "__version__", "assemble", "build", "confidence", "extract", "list_queries",
    "load_graph", "load_lexicon", "load_ontology", "load_query", "read_file", "read_paths",
    "run_query", "to_dataset", "write_graph",
]

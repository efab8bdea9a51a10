"""dipgraph: a diplomatic actor knowledge graph built from conflict and diplomacy news.

Data flows one way, one subpackage per stage::

    ingest -> nlp -> actors -> events -> rdf -> (sparql | analysis -> viz)

Example
-------
>>> import graph
>>> graph.__version__ >= "0.1"
True
"""

__version__ = "0.1.0"

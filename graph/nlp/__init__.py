"""NLP stage: load the best installed spaCy pipeline per language and add dipgraph's components.

The package holds two layers (docs/ARCHITECTURE.md, "One way down"): the Doc-extension contract
:mod:`graph.nlp.extensions`, below the actor and event components that read and set it, and the
pipeline assembly :mod:`graph.nlp.models`, above them. Importing the contract must not import the
assembly, so the names below are loaded on first use.

Example
-------
>>> nlp = load_pipeline("en")  # doctest: +SKIP
>>> [name for name in nlp.pipe_names if name.startswith("dipgraph")]  # doctest: +SKIP
['dipgraph_actor_ruler', 'dipgraph_actors', 'dipgraph_events']
"""

__all__ = ["choose_model", "load_pipeline", "parse_model_overrides"]


def __getattr__(name: str):
    """``graph.nlp.load_pipeline`` and the others, from :mod:`graph.nlp.models` when first used."""
    if name in __all__:
        from . import models

        return getattr(models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""The registry of named handlers: order, several names, no second handler of a name."""

from __future__ import annotations

import pytest

from graph.registry import Registry


def test_handlers_keep_the_order_they_were_registered_in():
    steps = Registry("step")
    for name in ("parse", "tag", "link"):
        steps.register(name)(lambda x, name=name: f"{name}:{x}")
    assert list(steps) == ["parse", "tag", "link"] and steps["tag"]("a") == "tag:a"


def test_one_handler_may_serve_several_names_and_is_returned_unchanged():
    needs = Registry("need")

    def pair(x):
        return x * 2

    assert needs.register("pair", "pair_any")(pair) is pair
    assert needs["pair"] is needs["pair_any"] is pair


def test_a_second_handler_of_a_name_is_an_error_naming_it():
    kinds = Registry("phrase category")
    kinds.register("TITLE")(len)
    with pytest.raises(ValueError, match="phrase category 'TITLE' is registered twice"):
        kinds.register("MEDIA", "TITLE")(str)
    assert kinds["TITLE"] is len and "MEDIA" not in kinds  # nothing of a refused registration

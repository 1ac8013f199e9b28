"""A stand-in for ``ui.prompts.Prompts`` that answers from a table and records every question,
so a test answers the window's dialogs without a modal box (no helper tests here)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from retro_editor.ui.prompts import CloseAnswer, Prompts

#: what an unanswered question gets: the cautious answer (cancel, keep, nothing chosen)
DEFAULTS: dict[str, Any] = {"ask_save_changes": CloseAnswer.CANCEL}


class RecordingPrompts(Prompts):
    """Every public method of ``Prompts`` records ``(name, args)`` in ``asked`` and returns
    ``answers[name]`` (called with the arguments if it is callable; a list gives one answer
    per call, in order), else the cautious default."""

    def __init__(self, **answers: Any) -> None:
        super().__init__(None)
        self.answers: dict[str, Any] = dict(answers)
        self.asked: list[tuple[str, tuple]] = []

    def names(self) -> list[str]:
        return [name for name, _args in self.asked]

    def args_of(self, name: str) -> tuple:
        """The arguments of the last ``name`` question."""
        return next(args for asked, args in reversed(self.asked) if asked == name)

    def _answer(self, name: str, args: tuple) -> Any:
        self.asked.append((name, args))
        answer = self.answers.get(name, DEFAULTS.get(name))
        if isinstance(answer, list):
            answer = answer.pop(0)
        return answer(*args) if callable(answer) and not isinstance(answer, type) else answer


def _recording(name: str) -> Callable:
    def method(self: RecordingPrompts, *args: Any, **kwargs: Any) -> Any:
        return self._answer(name, args + tuple(kwargs.values()))

    method.__name__ = name
    return method


for _name, _member in inspect.getmembers(Prompts, inspect.isfunction):
    if not _name.startswith("_"):
        setattr(RecordingPrompts, _name, _recording(_name))

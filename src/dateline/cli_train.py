"""Define the ``dateline train`` commands: retrain a learned component from the data in the repository."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from dateline.settings import DEFAULT_MODEL


@click.group("train")
def train_command() -> None:
    """Retrain a learned component (needs the ``train`` extra: scikit-learn)."""


@train_command.command("events")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Model folder to write (default: the package's annotate/models/events).")
@click.option("--corpus", "corpus", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="Corpus files or folders (default: data/events/sentences).")
@click.option("--exclude-dev", default="", help="Comma-separated dev page stems to leave out (cross-validation).")
@click.option("--no-dev", is_flag=True, help="Train on the corpus alone, not on the annotated dev pages.")
@click.option("--limit", type=int, default=None, help="Use only the first N corpus sentences (a quick test).")
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline that parses the training text.")
@click.option("--folds", type=click.IntRange(min=2), default=None,
              help="Write K cross-validation models to --out/fold0..K-1 instead (dev page j is held out of fold j%K).")
def train_events_command(out: Path | None, corpus: tuple[Path, ...], exclude_dev: str, no_dev: bool,
                         limit: int | None, model: str, folds: int | None) -> None:
    """Train the event decision (type and factuality of candidate words) from the labelled corpus.

    Deterministic: the same data and data/events/train.json give the same weights. Prints the
    held-out figures (trigger type P/R/F1, factuality accuracy) as JSON.
    """
    from dateline.annotate.eventcat import default_model_dir
    from dateline.annotate.nlp import load_pipeline
    from dateline.train.events import CORPUS, train, train_folds

    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise click.UsageError("training needs scikit-learn: pip install -e '.[train]'") from None
    nlp = load_pipeline(model)
    if folds:
        if out is None:
            raise click.UsageError("--folds needs --out, a folder for the fold models")
        json.dump({"folds": train_folds(out, nlp, folds, corpus or (CORPUS,))}, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return
    report = train(out or default_model_dir(), nlp, corpus or (CORPUS,),
                   {s for s in exclude_dev.split(",") if s}, not no_dev, limit=limit)
    json.dump(report, sys.stdout, indent=1)
    sys.stdout.write("\n")

"""Build the run's site furniture on Ray, one site at a time, and keep each site's index in the object store.

The data flow (``clean.templates`` decides; nothing here but where it runs)::

    input files -> flat_map: the line keys of each text page (``templates.describe_page``), keyed by site
      -> groupby site -> map_groups: ``templates.site_templates`` for that site's pages alone
      -> driver: ``ray.put`` each site's index as it arrives (one site in memory at a time)

The driver keeps one object reference per site that has furniture; an annotating actor
fetches a site's index on its first page of that site and keeps the last ``SITES_KEPT``.
"""

from __future__ import annotations

import logging
import pickle
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any

import pyarrow as pa

from dateline.clean.templates import Templates, describe_page, site_of, site_templates
from dateline.model import Source
from dateline.pipeline import read_pages
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)

SITES_KEPT = 16
"""Sites' indexes an annotating actor keeps between batches (pages of one site tend to come together)."""


def _describe(row: dict[str, Any], opts: Options) -> Iterator[dict[str, Any]]:
    """Read one input file; yield the site and pickled line keys of each of its text pages."""
    from dateline.clean.templates import _reader_warnings_off

    with _reader_warnings_off():
        for page in read_pages([row["path"]], opts):
            found = describe_page(page)
            if found is not None:
                yield {"site": found.site, "page": pickle.dumps(found)}


def _site(group: pa.Table) -> pa.Table:
    """Find one site's furniture; one row (site, pickled index) when any page of the site has siblings."""
    described = [pickle.loads(p) for p in group.column("page").to_pylist()]
    found = site_templates(described)
    rows = [(described[0].site, pickle.dumps(found))] if found.shared else []
    return pa.table({"site": [r[0] for r in rows], "index": pa.array([r[1] for r in rows], type=pa.binary())})


def furniture_on_ray(files: Sequence[str], opts: Options, workers: int) -> dict[str, Any] | None:
    """Return an object reference per site with furniture (None when ``opts.site_templates`` is off).

    Inputs that can be read only once are left out, as ``clean.templates_for_run`` leaves them out.
    """
    import ray
    import ray.data

    from dateline.read.files import rereadable

    if not opts.site_templates:
        return None
    again = [path for path in files if rereadable(path)]
    if not again:
        return None
    items = [{"path": path} for path in again]
    ds: Any = ray.data.from_items(items, override_num_blocks=min(len(items), max(1, workers * 4)))
    # the line keys stay in the object store; a run without text pages has no rows (and no "site" column)
    ds = ds.flat_map(_describe, fn_kwargs={"opts": opts}).materialize()
    refs: dict[str, Any] = {}
    if ds.count() == 0:
        return refs
    ds = ds.groupby("site", num_partitions=max(1, workers)).map_groups(_site, batch_format="pyarrow")
    for batch in ds.iter_batches(batch_format="pyarrow", batch_size=1):
        for site, blob in zip(batch.column("site").to_pylist(), batch.column("index").to_pylist(), strict=True):
            refs[site] = ray.put(pickle.loads(blob))
    LOGGER.info("site furniture: %d sites with furniture", len(refs))
    return refs


class SiteFurniture:
    """An actor's view of the run's furniture: fetches a site's index on first use, keeps the last few."""

    def __init__(self, refs: dict[str, Any] | None) -> None:
        self.refs = refs or {}
        self.kept: OrderedDict[str, Templates] = OrderedDict()

    def of(self, source: Source) -> Templates | None:
        """Return the index of the page's site (None when the site has no furniture)."""
        site = site_of(source)
        if site not in self.refs:
            return None
        if site in self.kept:
            self.kept.move_to_end(site)
        else:
            import ray

            self.kept[site] = ray.get(self.refs[site])
            if len(self.kept) > SITES_KEPT:
                self.kept.popitem(last=False)
        return self.kept[site]

"""Scale-out: the pipeline on a Dask cluster, writing shards that `accords load` stores.

1. `partitions.plan` splits the inputs into partitions — groups of files, line ranges of
   JSONL files, record ranges of WARC archives — without reading any article;
2. `dask_engine.extract` runs one task per partition on a Dask cluster (a LocalCluster
   when no scheduler address is given): each worker reads its partition, runs the same
   pure stages as `accords ingest` (`accords.service.analyse`, the spaCy model loaded
   once per worker process) and writes a shard (`shards`), one JSON line per article with
   the article and its extraction; a failed partition is retried, then reported in the
   manifest, and the others complete;
3. `load.load_shards` upserts the shards into a store, idempotently, through the one
   ingest routine (`accords.service.ingest_items`).

Nothing heavy is imported here: Dask is imported only when an engine runs.
"""
